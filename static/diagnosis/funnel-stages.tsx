// A segment's funnel in one line: each stage with its conversion from the stage before and, where both days have
// it, the day-over-day and week-over-week change of that conversion in percentage points (an absolute change of a
// share, never a percentage of a percentage).
import type { OutputOf } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { formatPoints, formatShare } from './format';

export type FunnelStage = OutputOf<'diagnosis/health'>['bySegment'][number]['funnel'][number];

export function FunnelStages({ stages }: { readonly stages: readonly FunnelStage[] }) {
  const { t, language } = useShell();
  const points = (change: number | null) => (change === null ? t('diagnosis.health.noChange') : t('diagnosis.common.points', { value: formatPoints(language, change) }));
  return (
    <ol className="dg-funnel" data-testid="dg-funnel">
      {stages.map((stage) => (
        <li key={stage.stage} data-stage={stage.stage} data-conversion={stage.conversion ?? ''} data-dod={stage.conversionDod ?? ''}>
          <span>{t(`diagnosis.metric.${stage.stage}`)}</span>
          {stage.conversion === null ? null : <> <strong>{formatShare(language, stage.conversion)}</strong></>}
          {stage.conversion === null ? null : (
            <span className="lc-muted" data-testid="dg-funnel-change"> ({t('diagnosis.health.dod')} {points(stage.conversionDod)}, {t('diagnosis.health.wow')} {points(stage.conversionWow)})</span>
          )}
        </li>
      ))}
    </ol>
  );
}
