// The one way a metric file is read: papaparse streams records (comma or semicolon, quoted fields, UTF-8 with or
// without BOM) into an import run, chunk by chunk, with progress. The worker, the CLI and the benchmark use it.
import Papa from 'papaparse';
import type { MetricFormat } from './formats';
import { startImport, type ImportOutcome, type RowChecker } from './import-run';

/**
 * The delimiter of a metric file, from its header line alone: the more frequent of comma and semicolon there (a
 * comma on a tie). Papaparse's own guess reads data rows too, and a comma file whose cells hold semicolons (or a
 * semicolon file whose cells hold commas) can then be read with the wrong one and its header refused.
 */
export function headerDelimiter(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let commas = 0;
  let semicolons = 0;
  for (const ch of header) {
    if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Papaparse's own settings for every metric file: no header handling (the run matches it), nothing skipped. */
export const CSV_SETTINGS = { header: false, skipEmptyLines: false, delimiter: headerDelimiter, dynamicTyping: false } as const;

/** What papaparse reads: the text itself, a browser File/Blob, or a Node readable stream. */
export type CsvSource = string | Papa.LocalFile;

export interface ParseOptions {
  /** Called after each chunk with the data rows seen and the bytes (or characters) read so far. */
  readonly onProgress?: (rows: number, cursor: number) => void;
  readonly chunkSize?: number;
}

/** Streams `source` through a `format` import checked by `check`; resolves with the outcome. */
export function parseMetricFile<F extends MetricFormat>(format: F, check: RowChecker<F>, source: CsvSource, options: ParseOptions = {}): Promise<ImportOutcome<F>> {
  const run = startImport(format, check);
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(source as string, {
      ...CSV_SETTINGS,
      ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
      chunk(results: Papa.ParseResult<string[]>) {
        for (const cells of results.data) run.record(cells);
        options.onProgress?.(run.seen(), results.meta.cursor);
      },
      complete() {
        resolve(run.finish());
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
