// Loads one contract call and keeps the last answer on screen while it refreshes (on demand or every few
// seconds), so a live checklist shows other people's steps without blanking.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractKey, DeepReadonly, InputOf, OutputOf } from '../../src/contract';
import { call } from '../ui/call';
import type { CallState } from '../ui/use-call';

export function useRefreshingCall<K extends ContractKey>(key: K, input: DeepReadonly<InputOf<K>>, everyMs: number | undefined) {
  const [state, setState] = useState<CallState<OutputOf<K>>>({ status: 'loading' });
  const inputKey = JSON.stringify(input);
  const live = useRef(true);
  const refresh = useCallback(async () => {
    const answer = await call(key, JSON.parse(inputKey) as DeepReadonly<InputOf<K>>);
    if (!live.current) return;
    setState((before) => (answer.ok ? { status: 'done', data: answer.data } : before.status === 'done' ? before : { status: 'failed', error: answer.error }));
  }, [key, inputKey]);
  useEffect(() => {
    live.current = true;
    void refresh();
    const timer = everyMs === undefined ? undefined : setInterval(() => { void refresh(); }, everyMs);
    return () => { live.current = false; if (timer !== undefined) clearInterval(timer); };
  }, [refresh, everyMs]);
  return { state, refresh };
}
