// The what-if bar: how far the edits moved the finish from Jira's plan, why an edit was refused, and the
// undo (also Ctrl/Cmd+Z) and reset buttons. Edits stay in the browser; this says so.
import type { Dispatch } from 'react';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { problemText } from './problem-text';
import { Lozenge } from '../ui/status/lozenge';
import { finishDelta, isEdited, type WhatIfAction, type WhatIfState } from './what-if-state';
import { workingDays } from './wording';

export function WhatIfBar({ state, dispatch }: { readonly state: WhatIfState; readonly dispatch: Dispatch<WhatIfAction> }) {
  const { t, language } = useShell();
  const edited = isEdited(state);
  const delta = finishDelta(state);
  let message: string;
  let tone = 'neutral';
  switch (delta.kind) {
    case 'unchanged':
      message = t('schedule.whatIf.unchanged');
      break;
    case 'moved':
      message = t('schedule.whatIf.moved', { days: workingDays(t, language, delta.days, true) });
      tone = delta.days > 0 ? 'danger' : 'success';
      break;
    case 'unschedulable':
      message = t('schedule.whatIf.unschedulable');
      tone = 'danger';
      break;
    case 'resolved':
      message = t('schedule.whatIf.resolved');
      tone = 'success';
      break;
  }
  return (
    <div className={`dp-whatif ${edited ? 'dp-whatif-active' : ''}`} role="region" aria-label={t('schedule.whatIf.label')}>
      <Lozenge appearance="new">{t('schedule.whatIf.lozenge')}</Lozenge>
      {edited ? (
        <span className={`dp-delta dp-delta-${tone}`} data-testid="whatif-delta" data-days={delta.kind === 'moved' ? delta.days : 0} aria-live="polite">
          {message}
          <span className="dp-muted"> · {t('schedule.whatIf.edits', { n: formatNumber(language, state.past.length) })}</span>
        </span>
      ) : (
        <span className="dp-muted">{t('schedule.whatIf.hint')}</span>
      )}
      {state.rejected === undefined ? null : (
        <span className="dp-rejected" role="alert">
          {t('schedule.whatIf.rejected', { reason: state.rejected.map((problem) => problemText(t, problem)).join('; ') })}
        </span>
      )}
      <span className="dp-spacer" />
      <button
        type="button"
        className="lc-button"
        data-testid="undo"
        disabled={!edited}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('schedule.whatIf.undoTitle')}
        onClick={() => { dispatch({ kind: 'undo' }); }}
      >
        ↶ {t('schedule.whatIf.undo')}
      </button>
      <button type="button" className="lc-button" data-testid="reset" disabled={!edited} onClick={() => { dispatch({ kind: 'reset' }); }}>
        {t('schedule.whatIf.reset')}
      </button>
    </div>
  );
}
