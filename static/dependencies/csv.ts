// CSV export of the CPM table: RFC 4180 (CRLF rows, fields with a comma, quote or line break quoted, quotes
// doubled) with a UTF-8 byte-order mark so Excel reads Chinese. Text that a spreadsheet would run as a
// formula (=, +, -, @ first) is prefixed with an apostrophe: summaries come from Jira users.
import type { TaskRow } from './task-rows';

export type CsvCell = string | number;

/** One field, quoted when it must be. */
export function csvField(value: CsvCell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** User-entered text, defused for spreadsheets. */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface CpmCsvLabels {
  readonly headers: readonly [
    key: string, summary: string, status: string, assignee: string, duration: string, source: string,
    earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string,
    totalFloat: string, freeFloat: string, critical: string,
  ];
  readonly yes: string;
  readonly no: string;
  readonly source: (basis: TaskRow['durationBasis']) => string;
}

/** The CPM table as CSV, header row in the user's language, dates ISO, numbers plain. */
export function buildCpmCsv(rows: readonly TaskRow[], labels: CpmCsvLabels): string {
  return toCsv([
    labels.headers,
    ...rows.map((row) => [
      row.id, csvText(row.summary), csvText(row.status), csvText(row.assignee ?? ''), row.duration, labels.source(row.durationBasis),
      row.start, row.finish, row.lateStart, row.lateFinish, row.totalFloat, row.freeFloat, row.critical ? labels.yes : labels.no,
    ]),
  ]);
}
