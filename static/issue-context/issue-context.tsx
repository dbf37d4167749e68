// The issue view's frame: finds the issue from the Forge context, loads schedule/forIssue, asks again while the
// release's schedule is being recomputed (so a link change in Jira shows here without a reload), and shows the
// loading line, the error with retry, or the placement.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, OutputOf } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { placementPollDelay } from './placement-facts';
import { PlacementView } from './placement-view';
import './issue-context.css';

type Answer = OutputOf<'schedule/forIssue'>;
type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'done'; readonly data: Answer };

function stringField(record: unknown, field: string): string | undefined {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function IssueContext() {
  const { context, t } = useShell();
  const issueKey = stringField(context.extension?.['issue'], 'key');
  const projectKey = stringField(context.extension?.['project'], 'key');
  if (issueKey === undefined) return <p role="alert" className="lc-error">{t('issueContext.noIssue')}</p>;
  return <LoadedContext issueKey={issueKey} projectKey={projectKey} />;
}

function LoadedContext({ issueKey, projectKey }: { readonly issueKey: string; readonly projectKey: string | undefined }) {
  const { t } = useShell();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const polls = useRef(0);

  useEffect(() => {
    let live = true;
    polls.current = 0;
    setState({ status: 'loading' });
    void call('schedule/forIssue', { issueKey }).then((answer) => {
      if (live) setState(answer.ok ? { status: 'done', data: answer.data } : { status: 'failed', error: answer.error });
    });
    return () => { live = false; };
  }, [issueKey, attempt]);

  // While the release is being recomputed, ask again; an answer that fails keeps the placement shown.
  const delay = state.status === 'done' ? placementPollDelay(state.data.placement, polls.current) : undefined;
  useEffect(() => {
    if (delay === undefined) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      polls.current += 1;
      void call('schedule/forIssue', { issueKey }).then((answer) => {
        if (live && answer.ok) setState({ status: 'done', data: answer.data });
      });
    }, delay);
    return () => { live = false; clearTimeout(timer); };
  }, [delay, state, issueKey]);

  const reload = useCallback(() => { setAttempt((n) => n + 1); }, []);
  switch (state.status) {
    case 'loading':
      return (
        <p className="ic-loading" role="status" aria-live="polite">
          <span className="ic-spinner" aria-hidden="true" /> {t('issueContext.loading')}
        </p>
      );
    case 'failed':
      return <ErrorMessage error={state.error} onRetry={reload} />;
    case 'done':
      return <PlacementView answer={state.data} projectKey={projectKey} onRefresh={reload} />;
  }
}
