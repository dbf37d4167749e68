// A job's output as React state (see runOffThread), computed again whenever the input changes; meanwhile the
// previous output stays, marked pending. Keep the job stable and memoise the input: both are effect deps.
import { useEffect, useState } from 'react';
import { runOffThread, type OffThreadJob } from './off-thread';

export interface OffThreadState<Output> {
  readonly output: Output | undefined;
  /** The output shown is not (yet) that of the current input. */
  readonly pending: boolean;
}

export function useOffThread<Input, Output>(job: OffThreadJob<Input, Output>, input: Input): OffThreadState<Output> {
  const [state, setState] = useState<{ readonly input: Input; readonly output: Output } | undefined>(undefined);
  useEffect(() => runOffThread(job, input, (output) => { setState({ input, output }); }), [job, input]);
  return { output: state?.output, pending: state?.input !== input };
}
