// The worker's side of the protocol: answers every request with the pure function's output under the
// request's id. A worker module calls it once at its top level.
import type { WorkerScope } from './worker-protocol';

export function serveInWorker<Input, Output>(
  compute: (input: Input) => Output,
  scope: WorkerScope<Input, Output> = globalThis as unknown as WorkerScope<Input, Output>,
): void {
  scope.onmessage = (event) => {
    scope.postMessage({ id: event.data.id, output: compute(event.data.input) });
  };
}
