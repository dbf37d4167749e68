// Runs one change of the gate (mark, sign, decide, save) and keeps its failure: a CONFLICT (someone changed the
// same thing first) is told apart, so the page shows it with a reload instead of a generic error.
import { useCallback, useState } from 'react';
import type { AppError, Result } from '../../../src/contract';

export interface GateAction {
  readonly busy: boolean;
  readonly error: AppError | undefined;
  readonly run: <T>(send: () => Promise<Result<T>>, onDone: (data: T) => void) => Promise<boolean>;
  readonly clear: () => void;
}

export function useGateAction(): GateAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const run = useCallback(async <T,>(send: () => Promise<Result<T>>, onDone: (data: T) => void) => {
    setBusy(true);
    setError(undefined);
    const answer = await send();
    setBusy(false);
    if (!answer.ok) { setError(answer.error); return false; }
    onDone(answer.data);
    return true;
  }, []);
  const clear = useCallback(() => { setError(undefined); }, []);
  return { busy, error, run, clear };
}
