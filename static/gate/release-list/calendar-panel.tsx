// The campaign calendar (GTM alignment): releases and the campaigns that need them in date order, conflicts
// flagged, and an .ics download of the same.
import { useShell } from '../../ui/app-shell';
import { downloadText } from '../../ui/download';
import { ErrorMessage } from '../../ui/error-message';
import { Banner } from '../../ui/status/banner';
import { Lozenge } from '../../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../../ui/table/data-table';
import { useCall } from '../../ui/use-call';
import { calendarEntries, calendarIcs, type CalendarEntry } from '../shared/calendar-entries';
import { formatDate, plural } from '../shared/wording';

export function CalendarPanel({ projectKey }: { readonly projectKey: string }) {
  const { t, language } = useShell();
  const { state, reload } = useCall('gate/calendar', { projectKey });
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('gate.common.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={reload} />;
  const calendar = state.data;
  const entries = calendarEntries(calendar);
  const whatOf = (e: CalendarEntry) => (e.kind === 'release' ? e.release.name : e.campaign.name);
  const kindOf = (e: CalendarEntry) => (e.kind === 'release' ? t('gate.calendar.release') : t(`gate.calendar.types.${e.campaign.type}`));
  const detailOf = (e: CalendarEntry): string => {
    if (e.kind === 'release') {
      if (e.release.released) return t('gate.calendar.released');
      return e.release.forecastDate === null ? '' : t('gate.calendar.forecast', { date: formatDate(language, e.release.forecastDate) });
    }
    const range = t('gate.calendar.campaignRange', { start: formatDate(language, e.campaign.start), end: formatDate(language, e.campaign.end) });
    return e.needs.length === 0 ? range : `${range} · ${t('gate.calendar.needs', { releases: e.needs.join(', ') })}`;
  };
  const columns: DataTableColumn<CalendarEntry>[] = [
    { id: 'date', header: t('gate.calendar.colDate'), sortValue: (e) => e.date ?? '9999', csvValue: (e) => e.date ?? '', cell: (e) => formatDate(language, e.date) },
    { id: 'what', header: t('gate.calendar.colWhat'), sortValue: whatOf, csvValue: whatOf, filterText: whatOf, cell: whatOf },
    { id: 'kind', header: t('gate.calendar.colKind'), sortValue: kindOf, csvValue: kindOf, filterText: kindOf, cell: (e) => <Lozenge appearance={e.kind === 'release' ? 'info' : 'new'}>{kindOf(e)}</Lozenge> },
    { id: 'detail', header: t('gate.calendar.colDetail'), csvValue: detailOf, filterText: detailOf, cell: detailOf },
    {
      id: 'conflict', header: '', csvValue: (e) => (e.kind === 'campaign' ? e.conflicts.map((c) => c.release).join(', ') : ''),
      cell: (e) => (e.kind === 'campaign' && e.conflicts.length > 0 ? (
        <span className="gate-row" data-testid="gate-calendar-conflict">
          {e.conflicts.map((c) => (
            <Lozenge key={c.release} appearance="danger">
              {c.daysEarly === null ? t('gate.calendar.conflictUnscheduled', { release: c.release }) : `${t('gate.calendar.conflict', { release: c.release })} · ${plural(t, language, 'gate.days.early', c.daysEarly)}`}
            </Lozenge>
          ))}
        </span>
      ) : null),
    },
  ];
  const download = () => {
    const text = calendarIcs(calendar, projectKey, new Date().toISOString(), {
      release: (name) => t('gate.calendar.icsRelease', { name }),
      conflict: (campaign) => t('gate.calendar.icsConflict', { campaign }),
    });
    downloadText(text, `${projectKey}-release-calendar.ics`, 'text/calendar;charset=utf-8');
  };
  return (
    <div className="gate-stack" data-testid="gate-calendar">
      <p className="lc-muted">{t('gate.calendar.intro')}</p>
      {calendar.conflicts.length === 0
        ? <Banner appearance="success" title={t('gate.calendar.noConflicts')} />
        : <Banner appearance="danger" title={t('gate.calendar.conflictsTitle', { count: calendar.conflicts.length })} data-testid="gate-calendar-conflicts" />}
      <DataTable
        rows={entries} columns={columns} rowKey={(e) => e.key} csvFileName={`${projectKey}-release-calendar.csv`}
        labels={{ filter: t('gate.calendar.filter'), filterPlaceholder: t('gate.calendar.filter'), count: (shown, total) => t('gate.calendar.count', { shown, total }), noMatch: t('gate.calendar.noMatch') }}
        toolbar={<button type="button" className="lc-button" data-testid="gate-calendar-ics" onClick={download}>⤓ {t('gate.calendar.download')}</button>}
        testIds={{ table: 'gate-calendar-table' }}
      />
    </div>
  );
}
