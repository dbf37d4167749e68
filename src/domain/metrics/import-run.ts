// One file's import, fed record by record as the CSV library streams them: the header first, then each data
// row is checked (by the format's row schema, handed in) and aggregated, or refused with its line and reason.
// Lines are counted from the records themselves (a quoted field may span lines), header = line 1.
import { createAggregator } from './aggregators';
import { createContentHash } from './content-hash';
import type { AggregateOf } from './aggregates';
import type { MetricFormat, RejectReason, RejectedRow } from './formats';
import { matchHeader, type HeaderMatch } from './header';
import type { RowOf } from './rows';

/** What a row schema answers for one row's cells (in the format's column order). */
export type RowCheck<F extends MetricFormat> =
  | { readonly ok: true; readonly row: RowOf[F] }
  | { readonly ok: false; readonly reason: RejectReason; readonly column?: string };

export type RowChecker<F extends MetricFormat> = (cells: readonly string[]) => RowCheck<F>;

/** Every data row counted: `rows` = `accepted` + `rejected.length`, always. */
export interface ImportCounts {
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: readonly RejectedRow[];
}

export type ImportOutcome<F extends MetricFormat> =
  | {
    readonly ok: true; readonly format: F; readonly counts: ImportCounts; readonly extraColumns: readonly string[]; readonly aggregate: AggregateOf[F];
    /** Digest of every record's cells: the same data again (whatever its delimiter or quoting) has the same digest. */
    readonly contentHash: string;
  }
  | { readonly ok: false; readonly format: F; readonly problem: 'empty-file' | 'header' ; readonly header?: Extract<HeaderMatch, { ok: false }> };

export interface ImportRun<F extends MetricFormat> {
  /** Takes the next record of the file (the first is the header). */
  record(cells: readonly string[]): void;
  /** Data rows seen so far. */
  readonly seen: () => number;
  finish(): ImportOutcome<F>;
}

const newlinesIn = (cells: readonly string[]): number => {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n += 1;
  return n;
};

/** Starts the import of one `format` file whose rows `check` validates. */
export function startImport<F extends MetricFormat>(format: F, check: RowChecker<F>): ImportRun<F> {
  const aggregator = createAggregator(format);
  const rejected: RejectedRow[] = [];
  let header: HeaderMatch | undefined;
  let line = 1;
  let pendingBlank: number | undefined;
  let rows = 0;
  let accepted = 0;
  const ordered: string[] = [];
  // When the file's columns start in the format's order (the usual case), the cells are handed over as they are.
  let columnsInPlace = false;
  const hash = createContentHash();
  return {
    record(cells) {
      // The same digest as of the cells joined by \u0001 and ended by \n, without building that string.
      for (let i = 0; i < cells.length; i++) {
        if (i > 0) hash.update('\u0001');
        hash.update(cells[i] ?? '');
      }
      hash.update('\n');
      const at = line;
      line += 1 + newlinesIn(cells);
      if (header === undefined) {
        header = matchHeader(format, cells);
        columnsInPlace = header.ok && header.indexes.every((index, i) => index === i);
        return;
      }
      if (!header.ok) return;
      if (pendingBlank !== undefined) {
        rows += 1;
        rejected.push({ line: pendingBlank, reason: 'blank-row' });
        pendingBlank = undefined;
      }
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') {
        // Held back: the file's final line end reads as one more empty record, which is no data row.
        pendingBlank = at;
        return;
      }
      rows += 1;
      if (cells.length !== header.width) {
        rejected.push({ line: at, reason: 'field-count' });
        return;
      }
      let inOrder = cells;
      if (!columnsInPlace) {
        ordered.length = 0;
        for (const index of header.indexes) ordered.push(cells[index] ?? '');
        inOrder = ordered;
      }
      const checked = check(inOrder);
      if (!checked.ok) {
        rejected.push(checked.column === undefined ? { line: at, reason: checked.reason } : { line: at, reason: checked.reason, column: checked.column });
      } else if (aggregator.add(checked.row)) {
        accepted += 1;
      } else {
        rejected.push({ line: at, reason: 'duplicate-key' });
      }
    },
    seen: () => rows,
    finish() {
      if (header === undefined) return { ok: false, format, problem: 'empty-file' };
      if (!header.ok) return { ok: false, format, problem: 'header', header };
      return { ok: true, format, counts: { rows, accepted, rejected }, extraColumns: header.extra, aggregate: aggregator.result(), contentHash: hash.digest() };
    },
  };
}
