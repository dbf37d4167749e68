// The launch-date forecast: holds (with float) or slips (by how much) against the release or epic due date,
// or the finish date when there is no deadline; and the driving chain, abbreviated with an expander (on a
// release, each link of the chain names its epic, and the chain says how many epics it crosses).
import { useState } from 'react';
import type { EpicSchedule } from '../../src/contract';
import type { IssueTask, ScheduledPlan } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { Banner } from '../ui/status/banner';
import { workingDays } from './wording';

export interface ForecastBannerProps {
  readonly schedule: ScheduledPlan;
  readonly deadline: EpicSchedule['deadline'];
  readonly issues: ReadonlyMap<string, IssueTask>;
  readonly onSelect: (id: string) => void;
  /** On a release: each task's epic. */
  readonly epicOf?: ReadonlyMap<string, string> | undefined;
}

const CHAIN_HEAD = 3;
const CHAIN_TAIL = 2;

export function ForecastBanner({ schedule, deadline, issues, onSelect, epicOf }: ForecastBannerProps) {
  const { t, language } = useShell();
  const forecast = schedule.forecast;
  let tone: 'success' | 'danger' | 'neutral';
  let title: string;
  let detail: string;
  const against = deadline === null
    ? t('schedule.forecast.againstDeadline', { date: forecast.kind === 'no-deadline' ? '' : forecast.deadline.date })
    : deadline.source === 'release'
      ? t('schedule.forecast.againstRelease', { name: deadline.name, date: deadline.date })
      : t('schedule.forecast.againstEpicDue', { date: deadline.date });
  switch (forecast.kind) {
    case 'holds':
      tone = 'success';
      title = t('schedule.forecast.holds', { days: workingDays(t, language, forecast.float) });
      detail = t('schedule.forecast.finishAgainst', { finish: forecast.finish.date, against });
      break;
    case 'slips':
      tone = 'danger';
      title = t('schedule.forecast.slips', { days: workingDays(t, language, forecast.slip) });
      detail = t('schedule.forecast.finishAgainst', { finish: forecast.finish.date, against });
      break;
    case 'no-deadline':
      tone = 'neutral';
      title = t('schedule.forecast.noDeadline', { finish: forecast.finish.date });
      detail = t('schedule.forecast.noDeadlineHint');
      break;
  }
  return (
    <Banner appearance={tone === 'neutral' ? 'default' : tone} title={title} detail={detail} data-testid="forecast" data-forecast={forecast.kind} aria-live="polite">
      <CriticalChain ids={forecast.criticalPath} issues={issues} onSelect={onSelect} epicOf={epicOf} />
    </Banner>
  );
}

interface ChainProps {
  readonly ids: readonly string[];
  readonly issues: ReadonlyMap<string, IssueTask>;
  readonly onSelect: (id: string) => void;
  readonly epicOf: ReadonlyMap<string, string> | undefined;
}

function CriticalChain({ ids, issues, onSelect, epicOf }: ChainProps) {
  const { t, language } = useShell();
  const [expanded, setExpanded] = useState(false);
  if (ids.length === 0) return null;
  const abbreviate = !expanded && ids.length > CHAIN_HEAD + CHAIN_TAIL + 1;
  const hidden = ids.length - CHAIN_HEAD - CHAIN_TAIL;
  const shown: (string | null)[] = abbreviate ? [...ids.slice(0, CHAIN_HEAD), null, ...ids.slice(-CHAIN_TAIL)] : [...ids];
  return (
    <div className="dp-chain" data-testid="critical-chain">
      <span className="dp-chain-label">{t('schedule.forecast.chain', { count: ids.length })}</span>
      {epicOf === undefined ? null : (
        <span className="dp-chain-label" data-testid="chain-epics">
          {t('schedule.forecast.acrossEpics', { n: new Intl.NumberFormat(language).format(new Set(ids.map((id) => epicOf.get(id)).filter((epic) => epic !== undefined)).size) })}
        </span>
      )}
      <ol className="dp-chain-list">
        {shown.map((id, i) => (
          <li key={id ?? `more-${i}`} className="dp-chain-item">
            {id === null ? (
              <button type="button" className="dp-link-button" aria-expanded={false} onClick={() => { setExpanded(true); }}>
                {t('schedule.forecast.moreInChain', { n: new Intl.NumberFormat(language).format(hidden) })}
              </button>
            ) : (
              <button type="button" className="dp-chip dp-chip-critical" title={issues.get(id)?.name ?? id} data-key={id} onClick={() => { onSelect(id); }}>
                {id}
                {epicOf?.get(id) === undefined ? null : <span className="dp-chip-epic">{epicOf.get(id)}</span>}
              </button>
            )}
          </li>
        ))}
        {expanded && ids.length > CHAIN_HEAD + CHAIN_TAIL + 1 ? (
          <li className="dp-chain-item">
            <button type="button" className="dp-link-button" aria-expanded={true} onClick={() => { setExpanded(false); }}>{t('schedule.forecast.lessInChain')}</button>
          </li>
        ) : null}
      </ol>
    </div>
  );
}
