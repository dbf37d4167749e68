// The page's end of the import worker: one file in, progress and the outcome out; in line on the page where the
// browser gives no worker (or the worker script fails to load), with the same domain code either way.
import type { ImportOutcome, MetricFormat } from '../../src/domain/metrics';
import { parseBlob } from './parse-metric-file';
import type { ParseAnswer, ParseRequest } from './worker-messages';

export interface ParseJob {
  readonly outcome: Promise<ImportOutcome<MetricFormat>>;
  readonly cancel: () => void;
}

export function parseInWorker(format: MetricFormat, file: Blob, onProgress: (rows: number, bytes: number) => void): ParseJob {
  let worker: Worker | undefined;
  try {
    worker = typeof Worker === 'undefined' ? undefined : new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (worker === undefined) return { outcome: parseBlob(format, file, onProgress), cancel: () => undefined };
  const running = worker;
  let cancelled = false;
  const outcome = new Promise<ImportOutcome<MetricFormat>>((resolve, reject) => {
    running.onmessage = (event: MessageEvent<ParseAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') { onProgress(answer.rows, answer.bytes); return; }
      running.terminate();
      if (answer.kind === 'done') resolve(answer.outcome); else reject(new Error(answer.message));
    };
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      if (cancelled) return;
      // The worker could not run (a blocked script, say): the same code on the page instead.
      parseBlob(format, file, onProgress).then(resolve, reject);
    };
    const request: ParseRequest = { format, file };
    running.postMessage(request);
  });
  return { outcome, cancel: () => { cancelled = true; running.terminate(); } };
}
