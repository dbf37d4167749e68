// Loads one contract call into React state: loading, the data, or the error value.
import { useCallback, useEffect, useState } from 'react';
import type { AppError, ContractKey, DeepReadonly, InputOf, OutputOf } from '../../src/contract';
import { call } from './call';

export type CallState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly data: T }
  | { readonly status: 'failed'; readonly error: AppError };

export function useCall<K extends ContractKey>(key: K, input: InputOf<K>): { readonly state: CallState<OutputOf<K>>; readonly reload: () => void } {
  const [state, setState] = useState<CallState<OutputOf<K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void call(key, JSON.parse(inputKey) as DeepReadonly<InputOf<K>>).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: 'done', data: answer.data } : { status: 'failed', error: answer.error });
    });
    return () => { live = false; };
  }, [key, inputKey, attempt]);
  const reload = useCallback(() => { setAttempt((n) => n + 1); }, []);
  return { state, reload };
}
