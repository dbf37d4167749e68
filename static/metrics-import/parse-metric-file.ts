// Streams one metric file through the domain's import (papaparse, the format's row schema, the aggregator) and
// reports progress. The worker runs this; the page runs it too where no worker can be had.
import { rowChecker } from '../../src/contract/metric-rows';
import { parseMetricFile, type ImportOutcome, type MetricFormat, type RowChecker } from '../../src/domain/metrics';

/** Bytes papaparse reads from a File at a time: progress moves every megabyte. */
export const CHUNK_BYTES = 1 << 20;

export function parseBlob(format: MetricFormat, file: Blob, onProgress: (rows: number, bytes: number) => void): Promise<ImportOutcome<MetricFormat>> {
  const check: RowChecker<MetricFormat> = rowChecker<MetricFormat>(format);
  return parseMetricFile(format, check, file as File, { chunkSize: CHUNK_BYTES, onProgress });
}
