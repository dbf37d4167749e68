// The daily Gantt chart: one row per task (only the rows in view are rendered), a column per calendar day with
// weekends and holidays shaded from the plan's calendar, bars from early start to early finish (critical red,
// done grey), float as a thin tail to the late finish, milestones as diamonds, today and the deadline as lines.
// It opens (and changes scale) with today near the left edge, where the remaining work starts. On a release,
// rows are grouped in one lane per epic, each under a heading row.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EpicSchedule } from '../../src/contract';
import { parseIsoDate, type WorkCalendar } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { useVirtualRows } from '../ui/table/use-virtual-rows';
import { buildGanttScale, ganttRange, scrollLeftForDay, spanOfIndices, xOfDay, type GanttScale } from './gantt-scale';
import { ganttLanes, type GanttLine } from './gantt-lanes';
import type { TaskRow } from './task-rows';
import { workingDays } from './wording';

export interface GanttViewProps {
  readonly rows: readonly TaskRow[];
  readonly calendar: WorkCalendar;
  readonly today: string;
  readonly deadline: EpicSchedule['deadline'];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  /** A lane per epic (a release's Gantt): the epics' summaries by key. */
  readonly lanes?: ReadonlyMap<string, string> | undefined;
}

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 48;
const LABEL_WIDTH = 280;
const ZOOMS = { day: 28, week: 12, month: 4 } as const;
type Zoom = keyof typeof ZOOMS;

export function GanttView({ rows, calendar, today, deadline, selected, onSelect, lanes }: GanttViewProps) {
  const { t, language } = useShell();
  const [zoom, setZoom] = useState<Zoom>('day');
  const scroller = useRef<HTMLDivElement>(null);
  const ordered = useMemo(() => ganttLanes(rows, lanes), [rows, lanes]);
  const range = useMemo(() => ganttRange(calendar, rows, [today, deadline?.date]), [calendar, rows, today, deadline]);
  const scale = useMemo(() => buildGanttScale(calendar, range.from, range.to, ZOOMS[zoom]), [calendar, range, zoom]);
  const visible = useVirtualRows(scroller, ordered.length, ROW_HEIGHT, HEADER_HEIGHT);
  const bodyHeight = ordered.length * ROW_HEIGHT;
  const todayDay = parseIsoDate(today);
  const deadlineDay = deadline === null ? undefined : parseIsoDate(deadline.date);
  const scrollToToday = (behavior: ScrollBehavior) => {
    const element = scroller.current;
    if (element === null || todayDay === undefined) return;
    element.scrollTo({ left: scrollLeftForDay(scale, todayDay), behavior });
  };
  // On first render and on a new time scale only: what-if edits must not yank the view back to today.
  useLayoutEffect(() => { scrollToToday('auto'); }, [zoom]);

  const zoomLabel = (name: Zoom) => {
    switch (name) {
      case 'day':
        return t('schedule.gantt.zoomDay');
      case 'week':
        return t('schedule.gantt.zoomWeek');
      case 'month':
        return t('schedule.gantt.zoomMonth');
    }
  };

  return (
    <div className="dp-gantt" data-testid="gantt">
      <div className="dp-toolbar">
        <div className="dp-segmented" role="radiogroup" aria-label={t('schedule.gantt.zoom')}>
          {(Object.keys(ZOOMS) as Zoom[]).map((name) => (
            <button key={name} type="button" role="radio" aria-checked={zoom === name} className="dp-segment" onClick={() => { setZoom(name); }}>
              {zoomLabel(name)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="lc-button dp-small-button"
          data-testid="gantt-today"
          title={t('schedule.gantt.todayTitle')}
          disabled={todayDay === undefined}
          onClick={() => { scrollToToday(window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'); }}
        >
          {t('schedule.gantt.todayButton')}
        </button>
        <ul className="dp-legend">
          <li><span className="dp-swatch dp-bar-sample" aria-hidden="true" />{t('schedule.legend.task')}</li>
          <li><span className="dp-swatch dp-bar-sample dp-bar-critical" aria-hidden="true" />{t('schedule.legend.critical')}</li>
          <li><span className="dp-swatch dp-bar-sample dp-bar-done" aria-hidden="true" />{t('schedule.legend.done')}</li>
          <li><span className="dp-float-sample" aria-hidden="true" />{t('schedule.legend.float')}</li>
          <li><span className="dp-swatch dp-nonworking-sample" aria-hidden="true" />{t('schedule.legend.nonWorking')}</li>
        </ul>
      </div>
      <div ref={scroller} className="dp-gantt-scroll" tabIndex={0} aria-label={t('schedule.gantt.label', { n: formatNumber(language, rows.length) })}>
        <div className="dp-gantt-canvas" style={{ width: LABEL_WIDTH + scale.width, height: HEADER_HEIGHT + bodyHeight }}>
          <GanttHeader scale={scale} />
          <svg className="dp-gantt-grid" width={scale.width} height={bodyHeight} style={{ left: LABEL_WIDTH, top: HEADER_HEIGHT }} aria-hidden="true">
            {scale.days.map((day, i) => (day.working ? null : <rect key={day.dayNumber} x={i * scale.dayWidth} y={0} width={scale.dayWidth} height={bodyHeight} className="dp-nonworking" />))}
            {scale.dayWidth >= 12 ? scale.days.map((day, i) => (day.weekday === 0 ? <line key={`w${day.dayNumber}`} x1={i * scale.dayWidth} x2={i * scale.dayWidth} y1={0} y2={bodyHeight} className="dp-week-line" /> : null)) : null}
          </svg>
          {ordered.slice(visible.start, visible.end).map((line, i) => (
            <GanttLineView key={line.kind === 'task' ? line.row.id : `lane:${line.epicKey ?? ''}`} line={line} top={HEADER_HEIGHT + (visible.start + i) * ROW_HEIGHT} scale={scale} calendar={calendar} selected={selected} onSelect={onSelect} />
          ))}
          {todayDay === undefined ? null : (
            <div className="dp-gantt-marker dp-today" style={{ left: LABEL_WIDTH + xOfDay(scale, todayDay) + scale.dayWidth / 2, top: HEADER_HEIGHT - 14, height: bodyHeight + 14 }}>
              <span className="dp-marker-label">{t('schedule.gantt.today')}</span>
            </div>
          )}
          {deadlineDay === undefined || deadline === null ? null : (
            <div className="dp-gantt-marker dp-deadline" data-testid="gantt-deadline" style={{ left: LABEL_WIDTH + xOfDay(scale, deadlineDay) + scale.dayWidth, top: HEADER_HEIGHT - 14, height: bodyHeight + 14 }}>
              <span className="dp-marker-label">{deadline.source === 'release' ? deadline.name : t('schedule.gantt.epicDue')}</span>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function GanttHeader({ scale }: { readonly scale: GanttScale }) {
  const { t, language } = useShell();
  const months = useMemo(() => {
    const list: { x: number; label: string }[] = [];
    scale.days.forEach((day, i) => {
      if (i === 0 || day.dayOfMonth === 1) {
        const [year, month] = day.date.split('-').map(Number);
        list.push({ x: i * scale.dayWidth, label: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)) });
      }
    });
    return list;
  }, [scale, language]);
  return (
    <div className="dp-gantt-header" style={{ height: HEADER_HEIGHT }}>
      <div className="dp-gantt-corner" style={{ width: LABEL_WIDTH }}>{t('schedule.gantt.task')}</div>
      <svg width={scale.width} height={HEADER_HEIGHT} className="dp-gantt-scale" aria-hidden="true">
        {months.map((month) => (
          <g key={month.x}>
            <line x1={month.x} x2={month.x} y1={0} y2={HEADER_HEIGHT} className="dp-month-line" />
            <text x={month.x + 6} y={17} className="dp-month-label">{month.label}</text>
          </g>
        ))}
        {scale.days.map((day, i) => {
          const show = scale.dayWidth >= 20 || (scale.dayWidth >= 8 && day.weekday === 0);
          if (!show) return null;
          return (
            <text key={day.dayNumber} x={i * scale.dayWidth + (scale.dayWidth >= 20 ? scale.dayWidth / 2 : 2)} y={38} textAnchor={scale.dayWidth >= 20 ? 'middle' : 'start'} className={day.working ? 'dp-day-label' : 'dp-day-label dp-day-off'}>
              {day.dayOfMonth}
            </text>
          );
        })}
      </svg>
    </div>
  );
}

interface GanttLineProps {
  readonly line: GanttLine;
  readonly top: number;
  readonly scale: GanttScale;
  readonly calendar: WorkCalendar;
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
}

function GanttLineView({ line, top, scale, calendar, selected, onSelect }: GanttLineProps) {
  const { t, language } = useShell();
  if (line.kind === 'task') return <GanttRow row={line.row} top={top} scale={scale} calendar={calendar} selected={selected === line.row.id} onSelect={onSelect} />;
  const span = spanOfIndices(calendar, scale, line.es, line.ef);
  return (
    <div className="dp-gantt-row dp-gantt-lane" style={{ top, height: ROW_HEIGHT }} data-testid="gantt-lane" data-epic={line.epicKey ?? ''}>
      <div className="dp-gantt-label" style={{ width: LABEL_WIDTH }}>
        <strong className="dp-key">{line.epicKey ?? t('schedule.gantt.noEpic')}</strong>
        <span className="dp-ellipsis" title={line.summary}>{line.summary}</span>
        <span className="dp-muted dp-small">{formatNumber(language, line.count)}</span>
      </div>
      <div className="dp-gantt-track" style={{ left: LABEL_WIDTH, width: scale.width }}>
        <span className={`dp-lane-span ${line.critical ? 'dp-lane-span-critical' : ''}`} style={{ left: span.x, width: Math.max(3, span.width) }} />
      </div>
    </div>
  );
}

interface GanttRowProps {
  readonly row: TaskRow;
  readonly top: number;
  readonly scale: GanttScale;
  readonly calendar: WorkCalendar;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}

function GanttRow({ row, top, scale, calendar, selected, onSelect }: GanttRowProps) {
  const { t, language } = useShell();
  const bar = spanOfIndices(calendar, scale, row.es, row.ef);
  const late = spanOfIndices(calendar, scale, row.ls, row.lf);
  const barEnd = bar.x + bar.width;
  const lateEnd = late.x + late.width;
  const milestone = row.ef === row.es;
  const kind = row.done ? 'done' : row.critical ? 'critical' : 'normal';
  const title = t('schedule.gantt.barTitle', {
    key: row.id, start: row.start, finish: row.finish, lateFinish: row.lateFinish, float: formatNumber(language, row.totalFloat),
  });
  return (
    <div
      className={`dp-gantt-row ${selected ? 'dp-row-selected' : ''}`}
      style={{ top, height: ROW_HEIGHT }}
      data-testid="gantt-row"
      data-key={row.id}
      onClick={() => { onSelect(row.id); }}
    >
      <div className="dp-gantt-label" style={{ width: LABEL_WIDTH }}>
        <button type="button" className="dp-link-button dp-key" onClick={(event) => { event.stopPropagation(); onSelect(row.id); }}>{row.id}</button>
        <span className={`dp-ellipsis ${row.done ? 'dp-muted' : ''}`} title={row.summary}>{row.summary}</span>
        {row.durationBasis === 'assumed' && !row.done ? <span className="dp-dot-warning" title={t('schedule.assumptions.assumed', { days: workingDays(t, language, row.duration) })} /> : null}
      </div>
      <div className="dp-gantt-track" style={{ left: LABEL_WIDTH, width: scale.width }} title={title}>
        {!row.done && row.totalFloat > 0 && lateEnd > barEnd ? (
          <span className="dp-float-tail" style={{ left: milestone ? bar.x + scale.dayWidth / 2 : barEnd, width: lateEnd - (milestone ? bar.x + scale.dayWidth / 2 : barEnd) }} />
        ) : null}
        {milestone ? (
          <span className={`dp-milestone dp-milestone-${kind}`} style={{ left: bar.x + scale.dayWidth / 2 - 7 }} />
        ) : (
          <span className={`dp-bar dp-bar-${kind} ${row.external ? 'dp-bar-external' : ''}`} style={{ left: bar.x, width: Math.max(3, bar.width - 2) }}>
            {bar.width > 60 ? <span className="dp-bar-text">{t('schedule.network.durationShort', { n: formatNumber(language, row.duration) })}</span> : null}
          </span>
        )}
      </div>
    </div>
  );
}
