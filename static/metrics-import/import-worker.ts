// The import worker: parses, validates and aggregates one file off the page's thread, so a million-row file
// neither freezes the page nor ever leaves the browser as rows.
import { parseBlob } from './parse-metric-file';
import type { ParseAnswer, ParseRequest } from './worker-messages';

interface ImportWorkerScope {
  onmessage: ((event: { readonly data: ParseRequest }) => void) | null;
  postMessage: (answer: ParseAnswer) => void;
}

const scope = globalThis as unknown as ImportWorkerScope;
let lastProgress = 0;

scope.onmessage = (event) => {
  const { format, file } = event.data;
  parseBlob(format, file, (rows, bytes) => {
    const now = performance.now();
    if (now - lastProgress < 50) return;
    lastProgress = now;
    scope.postMessage({ kind: 'progress', rows, bytes });
  }).then(
    (outcome) => { scope.postMessage({ kind: 'done', outcome }); },
    (error: unknown) => { scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }); },
  );
};
