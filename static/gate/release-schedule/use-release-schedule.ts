// Loads a release's schedule into the screen's state: `schedule/forRelease` on open (and on retry), again every
// POLL_MS while it is computed in the background, and `schedule/refreshRelease` on demand.
import { useCallback, useEffect, useReducer, useState } from 'react';
import { call } from '../../ui/call';
import { initialScreen, pollDelay, screenReducer, type ScreenState } from './screen-state';

export interface ReleaseScheduleLoad {
  readonly state: ScreenState;
  /** Loads again from scratch (after an error). */
  readonly reload: () => void;
  /** Recomputes the schedule from Jira now. */
  readonly refresh: () => void;
}

export function useReleaseSchedule(versionId: string): ReleaseScheduleLoad {
  const [state, dispatch] = useReducer(screenReducer, initialScreen);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    dispatch({ type: 'load' });
    void call('schedule/forRelease', { versionId }).then((answer) => {
      if (live) dispatch(answer.ok ? { type: 'answered', answer: answer.data } : { type: 'failed', error: answer.error });
    });
    return () => { live = false; };
  }, [versionId, attempt]);

  // Each answer while computing arms the next ask; leaving the screen (or a ready answer) disarms it.
  const delay = pollDelay(state);
  useEffect(() => {
    if (delay === undefined) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void call('schedule/forRelease', { versionId }).then((answer) => {
        if (live) dispatch(answer.ok ? { type: 'answered', answer: answer.data } : { type: 'failed', error: answer.error });
      });
    }, delay);
    return () => { live = false; clearTimeout(timer); };
  }, [delay, state, versionId]);

  const reload = useCallback(() => { setAttempt((n) => n + 1); }, []);
  const refresh = useCallback(() => {
    dispatch({ type: 'refresh' });
    void call('schedule/refreshRelease', { versionId }).then((answer) => {
      dispatch(answer.ok ? { type: 'answered', answer: answer.data } : { type: 'failed', error: answer.error });
    });
  }, [versionId]);
  return { state, reload, refresh };
}
