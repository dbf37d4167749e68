// Runs a pure function in a Web Worker when its input is big enough to freeze the page, and in line below
// that size or when no worker can be had (or it fails). The same function runs on both sides, so the answer
// is the same either way. Pure of the DOM: the worker comes from the job's factory.
import type { WorkerPort } from './worker-protocol';

export interface OffThreadJob<Input, Output> {
  readonly compute: (input: Input) => Output;
  readonly sizeOf: (input: Input) => number;
  /** From this size on, the job runs in a worker. */
  readonly threshold: number;
  /** A worker serving `compute` (see serveInWorker); undefined, or a throw, where there is none. */
  readonly createWorker: () => WorkerPort<Input, Output> | undefined;
}

let requests = 0;

/**
 * Runs `job` on `input` and hands the output to `onOutput`: before returning when it runs in line, later when
 * in a worker. Returns a cancel, after which `onOutput` is not called and the worker is stopped.
 */
export function runOffThread<Input, Output>(job: OffThreadJob<Input, Output>, input: Input, onOutput: (output: Output) => void): () => void {
  const inline = () => { onOutput(job.compute(input)); };
  const port = job.sizeOf(input) < job.threshold ? undefined : workerOf(job);
  if (port === undefined) {
    inline();
    return () => undefined;
  }
  requests += 1;
  const id = requests;
  let settled = false;
  const settle = () => {
    settled = true;
    port.terminate();
  };
  port.onAnswer((answer) => {
    if (settled || answer.id !== id) return;
    settle();
    onOutput(answer.output);
  });
  port.onFailure(() => {
    if (settled) return;
    settle();
    inline();
  });
  port.post({ id, input });
  return () => { if (!settled) settle(); };
}

function workerOf<Input, Output>(job: OffThreadJob<Input, Output>): WorkerPort<Input, Output> | undefined {
  try {
    return job.createWorker();
  } catch {
    return undefined;
  }
}
