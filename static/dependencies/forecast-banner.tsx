// The launch-date forecast: holds (with float) or slips (by how much) against the release or epic due date,
// or the finish date when there is no deadline; and the driving chain, abbreviated with an expander.
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
}

const CHAIN_HEAD = 3;
const CHAIN_TAIL = 2;

export function ForecastBanner({ schedule, deadline, issues, onSelect }: ForecastBannerProps) {
  const { t, language } = useShell();
  const forecast = schedule.forecast;
  let tone: 'success' | 'danger' | 'neutral';
  let title: string;
  let detail: string;
  const against = deadline === null
    ? t('dependencies.forecast.againstDeadline', { date: forecast.kind === 'no-deadline' ? '' : forecast.deadline.date })
    : deadline.source === 'release'
      ? t('dependencies.forecast.againstRelease', { name: deadline.name, date: deadline.date })
      : t('dependencies.forecast.againstEpicDue', { date: deadline.date });
  switch (forecast.kind) {
    case 'holds':
      tone = 'success';
      title = t('dependencies.forecast.holds', { days: workingDays(t, language, forecast.float) });
      detail = t('dependencies.forecast.finishAgainst', { finish: forecast.finish.date, against });
      break;
    case 'slips':
      tone = 'danger';
      title = t('dependencies.forecast.slips', { days: workingDays(t, language, forecast.slip) });
      detail = t('dependencies.forecast.finishAgainst', { finish: forecast.finish.date, against });
      break;
    case 'no-deadline':
      tone = 'neutral';
      title = t('dependencies.forecast.noDeadline', { finish: forecast.finish.date });
      detail = t('dependencies.forecast.noDeadlineHint');
      break;
  }
  return (
    <Banner appearance={tone === 'neutral' ? 'default' : tone} title={title} detail={detail} data-testid="forecast" data-forecast={forecast.kind} aria-live="polite">
      <CriticalChain ids={forecast.criticalPath} issues={issues} onSelect={onSelect} />
    </Banner>
  );
}

function CriticalChain({ ids, issues, onSelect }: { readonly ids: readonly string[]; readonly issues: ReadonlyMap<string, IssueTask>; readonly onSelect: (id: string) => void }) {
  const { t, language } = useShell();
  const [expanded, setExpanded] = useState(false);
  if (ids.length === 0) return null;
  const abbreviate = !expanded && ids.length > CHAIN_HEAD + CHAIN_TAIL + 1;
  const hidden = ids.length - CHAIN_HEAD - CHAIN_TAIL;
  const shown: (string | null)[] = abbreviate ? [...ids.slice(0, CHAIN_HEAD), null, ...ids.slice(-CHAIN_TAIL)] : [...ids];
  return (
    <div className="dp-chain" data-testid="critical-chain">
      <span className="dp-chain-label">{t('dependencies.forecast.chain', { count: ids.length })}</span>
      <ol className="dp-chain-list">
        {shown.map((id, i) => (
          <li key={id ?? `more-${i}`} className="dp-chain-item">
            {id === null ? (
              <button type="button" className="dp-link-button" aria-expanded={false} onClick={() => { setExpanded(true); }}>
                {t('dependencies.forecast.moreInChain', { n: new Intl.NumberFormat(language).format(hidden) })}
              </button>
            ) : (
              <button type="button" className="dp-chip dp-chip-critical" title={issues.get(id)?.name ?? id} onClick={() => { onSelect(id); }}>{id}</button>
            )}
          </li>
        ))}
        {expanded && ids.length > CHAIN_HEAD + CHAIN_TAIL + 1 ? (
          <li className="dp-chain-item">
            <button type="button" className="dp-link-button" aria-expanded={true} onClick={() => { setExpanded(false); }}>{t('dependencies.forecast.lessInChain')}</button>
          </li>
        ) : null}
      </ol>
    </div>
  );
}
