// The messages between the page and a worker that runs one pure function: a request carries an id and the
// input, the answer the same id and the output, so an answer to an earlier request can be told apart.

export interface WorkerRequest<Input> {
  readonly id: number;
  readonly input: Input;
}

export interface WorkerAnswer<Output> {
  readonly id: number;
  readonly output: Output;
}

/** The page's end of one worker, typed by what it is asked and what it answers. */
export interface WorkerPort<Input, Output> {
  readonly post: (request: WorkerRequest<Input>) => void;
  readonly onAnswer: (listener: (answer: WorkerAnswer<Output>) => void) => void;
  /** The worker failed (it threw, or its script did not load). */
  readonly onFailure: (listener: () => void) => void;
  readonly terminate: () => void;
}

/** The worker's own end: its global scope, as far as the protocol uses it. */
export interface WorkerScope<Input, Output> {
  onmessage: ((event: { readonly data: WorkerRequest<Input> }) => void) | null;
  postMessage: (answer: WorkerAnswer<Output>) => void;
}
