// The worker helper: in line below the size threshold, in a worker from it on (one request, its id on the
// answer), in line again when no worker can be had or it fails; a cancelled run hands nothing back. The
// worker's side, served by serveInWorker, answers through the same typed protocol.
import { runOffThread, type OffThreadJob } from '../../../../static/ui/worker/off-thread';
import { serveInWorker } from '../../../../static/ui/worker/serve-in-worker';
import type { WorkerAnswer, WorkerPort, WorkerRequest, WorkerScope } from '../../../../static/ui/worker/worker-protocol';

const double = (input: readonly number[]) => input.map((n) => n * 2);

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker implements WorkerPort<readonly number[], number[]> {
  readonly sent: WorkerRequest<readonly number[]>[] = [];
  terminated = false;
  private answer: ((answer: WorkerAnswer<number[]>) => void) | undefined;
  private failure: (() => void) | undefined;
  readonly post = (request: WorkerRequest<readonly number[]>) => { this.sent.push(request); };
  readonly onAnswer = (listener: (answer: WorkerAnswer<number[]>) => void) => { this.answer = listener; };
  readonly onFailure = (listener: () => void) => { this.failure = listener; };
  readonly terminate = () => { this.terminated = true; };
  reply(answer: WorkerAnswer<number[]>) { this.answer?.(answer); }
  fail() { this.failure?.(); }
}

function jobWith(createWorker: OffThreadJob<readonly number[], number[]>['createWorker']): OffThreadJob<readonly number[], number[]> {
  return { compute: double, sizeOf: (input) => input.length, threshold: 3, createWorker };
}

describe('runOffThread', () => {
  it('computes in line below the threshold, without a worker', () => {
    const createWorker = jest.fn(() => new FakeWorker());
    const outputs: number[][] = [];
    runOffThread(jobWith(createWorker), [1, 2], (output) => { outputs.push(output); });
    expect(outputs).toEqual([[2, 4]]);
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('sends one request to a worker from the threshold on, and takes the answer with its id', () => {
    const worker = new FakeWorker();
    const outputs: number[][] = [];
    runOffThread(jobWith(() => worker), [1, 2, 3], (output) => { outputs.push(output); });
    expect(outputs).toEqual([]);
    expect(worker.sent).toHaveLength(1);
    const request = worker.sent[0]!;
    expect(request.input).toEqual([1, 2, 3]);
    worker.reply({ id: request.id + 1, output: [0] });
    expect(outputs).toEqual([]);
    worker.reply({ id: request.id, output: [2, 4, 6] });
    expect(outputs).toEqual([[2, 4, 6]]);
    expect(worker.terminated).toBe(true);
  });

  it('gives every request its own id', () => {
    const first = new FakeWorker();
    const second = new FakeWorker();
    runOffThread(jobWith(() => first), [1, 2, 3], () => undefined);
    runOffThread(jobWith(() => second), [1, 2, 3], () => undefined);
    expect(first.sent[0]!.id).not.toBe(second.sent[0]!.id);
  });

  const noWorker = () => undefined;
  const blockedWorker = (): undefined => { throw new Error('blocked by the content security policy'); };
  it.each([
    ['there are no workers', noWorker],
    ['the worker cannot be created', blockedWorker],
  ])('computes in line when %s', (_, createWorker) => {
    const outputs: number[][] = [];
    runOffThread(jobWith(createWorker), [1, 2, 3], (output) => { outputs.push(output); });
    expect(outputs).toEqual([[2, 4, 6]]);
  });

  it('computes in line when the worker fails, and stops it', () => {
    const worker = new FakeWorker();
    const outputs: number[][] = [];
    runOffThread(jobWith(() => worker), [1, 2, 3], (output) => { outputs.push(output); });
    worker.fail();
    expect(outputs).toEqual([[2, 4, 6]]);
    expect(worker.terminated).toBe(true);
  });

  it('hands nothing back after a cancel, and stops the worker', () => {
    const worker = new FakeWorker();
    const outputs: number[][] = [];
    const cancel = runOffThread(jobWith(() => worker), [1, 2, 3], (output) => { outputs.push(output); });
    cancel();
    expect(worker.terminated).toBe(true);
    worker.reply({ id: worker.sent[0]!.id, output: [2, 4, 6] });
    worker.fail();
    expect(outputs).toEqual([]);
  });
});

describe('serveInWorker', () => {
  it('answers a request with the output under its id, end to end through a port', async () => {
    const scope: WorkerScope<readonly number[], number[]> = { onmessage: null, postMessage: () => undefined };
    const port: WorkerPort<readonly number[], number[]> = {
      post: (request) => { queueMicrotask(() => { scope.onmessage?.({ data: request }); }); },
      onAnswer: (listener) => { scope.postMessage = (answer) => { queueMicrotask(() => { listener(answer); }); }; },
      onFailure: () => undefined,
      terminate: () => undefined,
    };
    serveInWorker(double, scope);
    const output = await new Promise<number[]>((resolve) => { runOffThread(jobWith(() => port), [5, 6, 7], resolve); });
    expect(output).toEqual([10, 12, 14]);
  });
});
