// One release's gate as the page holds it: loaded by `gate/forRelease`, replaced by the view every change
// answers with (so a mark or a sign-off shows at once, evaluated on the server), reloaded on demand.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../ui/call';
import type { CallState } from '../../ui/use-call';
import type { GateView } from '../shared/wording';

export interface GateViewState {
  readonly state: CallState<GateView>;
  readonly setView: (view: GateView) => void;
  readonly reload: () => void;
}

export function useGateView(versionId: string): GateViewState {
  const [state, setState] = useState<CallState<GateView>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((before) => (before.status === 'done' ? before : { status: 'loading' }));
    void call('gate/forRelease', { versionId }).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: 'done', data: answer.data } : { status: 'failed', error: answer.error });
    });
    return () => { live = false; };
  }, [versionId, attempt]);
  const setView = useCallback((view: GateView) => { setState({ status: 'done', data: view }); }, []);
  const reload = useCallback(() => { setAttempt((n) => n + 1); }, []);
  return { state, setView, reload };
}
