// Assumptions made visible: tasks with no estimate, story points or dates get the project's assumed duration;
// they are listed here (and flagged in every view) rather than silently counted as zero.
import { useState } from 'react';
import { formatNumber } from '../ui/i18n';
import { useShell } from '../ui/app-shell';
import { Lozenge } from '../ui/status/lozenge';
import type { TaskRow } from './task-rows';
import { workingDays } from './wording';

const SHOWN = 5;

export function AssumptionsBox({ rows, onSelect }: { readonly rows: readonly TaskRow[]; readonly onSelect: (id: string) => void }) {
  const { t, language } = useShell();
  const [expanded, setExpanded] = useState(false);
  const assumed = rows.filter((row) => row.durationBasis === 'assumed' && !row.done);
  if (assumed.length === 0) return null;
  const shown = expanded ? assumed : assumed.slice(0, SHOWN);
  return (
    <section className="dp-card dp-card-warning" data-testid="assumptions" aria-labelledby="dp-assumptions-title">
      <h3 id="dp-assumptions-title" className="dp-card-title">
        {t('schedule.assumptions.title', { n: formatNumber(language, assumed.length) })}
      </h3>
      <p className="dp-card-hint">{t('schedule.assumptions.hint')}</p>
      <ul className="dp-list">
        {shown.map((row) => (
          <li key={row.id} className="dp-list-item" data-key={row.id}>
            <button type="button" className="dp-link-button dp-key" onClick={() => { onSelect(row.id); }}>{row.id}</button>
            <span className="dp-ellipsis" title={row.summary}>{row.summary}</span>
            <Lozenge appearance="warning">{t('schedule.assumptions.assumed', { days: workingDays(t, language, row.originalDuration ?? row.duration) })}</Lozenge>
          </li>
        ))}
      </ul>
      {assumed.length > SHOWN ? (
        <button type="button" className="dp-link-button" aria-expanded={expanded} onClick={() => { setExpanded(!expanded); }}>
          {expanded ? t('schedule.common.showLess') : t('schedule.common.showAll', { n: formatNumber(language, assumed.length) })}
        </button>
      ) : null}
    </section>
  );
}
