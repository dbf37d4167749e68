// Matching a file's header row to a format: names compared trimmed and case-insensitively (a BOM removed),
// any order; every column of the format must be there once; other columns are kept (named) and ignored.
import { FORMAT_COLUMNS, METRIC_FORMATS, type MetricFormat } from './formats';

export type HeaderMatch =
  | { readonly ok: true; readonly format: MetricFormat; readonly indexes: readonly number[]; readonly extra: readonly string[]; readonly width: number }
  | { readonly ok: false; readonly format: MetricFormat; readonly missing: readonly string[]; readonly duplicated: readonly string[] };

const normalise = (name: string): string => name.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Where each column of `format` sits in `header` (in the format's column order), or what is missing. */
export function matchHeader(format: MetricFormat, header: readonly string[]): HeaderMatch {
  const names = header.map(normalise);
  const columns: readonly string[] = FORMAT_COLUMNS[format];
  const missing = columns.filter((column) => !names.includes(column));
  const duplicated = columns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (missing.length > 0 || duplicated.length > 0) return { ok: false, format, missing, duplicated };
  const extra = header.filter((_, i) => !columns.includes(names[i] ?? '')).map((name) => name.trim());
  return { ok: true, format, indexes: columns.map((column) => names.indexOf(column)), extra, width: header.length };
}

/** The formats whose every column the header has, best fit (fewest extra columns) first. */
export function detectFormats(header: readonly string[]): MetricFormat[] {
  return METRIC_FORMATS.map((format) => matchHeader(format, header))
    .filter((match): match is Extract<HeaderMatch, { ok: true }> => match.ok)
    .sort((a, b) => a.extra.length - b.extra.length)
    .map((match) => match.format);
}
