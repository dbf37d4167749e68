// A Web Worker as the page's typed end of the protocol; undefined where the browser has no workers. Vite
// bundles a worker only from the literal `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`,
// so the caller writes that expression in `create`.
import type { WorkerAnswer, WorkerPort } from './worker-protocol';

export function connectWorker<Input, Output>(create: () => Worker): WorkerPort<Input, Output> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const worker = create();
  return {
    post: (request) => { worker.postMessage(request); },
    onAnswer: (listener) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer<Output>>) => { listener(event.data); };
    },
    onFailure: (listener) => {
      worker.onerror = () => { listener(); };
    },
    terminate: () => { worker.terminate(); },
  };
}
