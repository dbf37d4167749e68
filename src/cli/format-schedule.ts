// How the CLI prints a schedule: the --json document (a fixed shape that scripts rely on) and the readable
// table with the finish date, the forecast line and the critical path.

import type { Plan, ScheduledPlan } from '../domain/schedule';

/** The `--json` document: finish, tasks (CPM fields only), criticalPath, cycles (empty). */
export function formatScheduleJson(schedule: ScheduledPlan): string {
  const document = {
    finish: { day: schedule.finish.day, date: schedule.finish.date },
    tasks: schedule.tasks.map((t) => ({
      id: t.id,
      es: t.es,
      ef: t.ef,
      ls: t.ls,
      lf: t.lf,
      totalFloat: t.totalFloat,
      freeFloat: t.freeFloat,
      critical: t.critical,
      start: t.start,
      finish: t.finish,
    })),
    criticalPath: schedule.criticalPath,
    cycles: [],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** An aligned table (id, name, dates, ES/EF/LS/LF, TF, FF, `*` = critical), then finish, forecast, critical path. */
export function formatScheduleTable(plan: Plan, schedule: ScheduledPlan): string {
  const header = ['', 'id', 'name', 'start', 'finish', 'ES', 'EF', 'LS', 'LF', 'TF', 'FF'];
  const numeric = new Set(['ES', 'EF', 'LS', 'LF', 'TF', 'FF']);
  const rows = schedule.tasks.map((t, i) => [
    t.critical ? '*' : ' ',
    t.id,
    plan.tasks[i]?.name ?? '',
    t.start,
    t.finish,
    ...[t.es, t.ef, t.ls, t.lf, t.totalFloat, t.freeFloat].map(String),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (numeric.has(header[c] ?? '') ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const forecast = schedule.forecast;
  let outlook: string;
  switch (forecast.kind) {
    case 'no-deadline':
      outlook = 'no deadline set';
      break;
    case 'holds':
      outlook = `holds with ${plural(forecast.float, 'day')} of float (deadline ${forecast.deadline.date})`;
      break;
    case 'slips':
      outlook = `slips by ${plural(forecast.slip, 'working day')} (deadline ${forecast.deadline.date})`;
      break;
  }
  return [
    line(header),
    ...rows.map(line),
    '',
    `Finish:        ${schedule.finish.date} (working day ${schedule.finish.day})`,
    `Forecast:      ${outlook}`,
    `Critical path: ${schedule.criticalPath.length === 0 ? '(none)' : schedule.criticalPath.join(' -> ')}`,
    '',
  ].join('\n');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
