// The messages between the page and the import worker: the page sends one file and its format; the worker
// answers with progress while it streams, then the outcome (aggregates and the report, never the raw rows).
import type { ImportOutcome, MetricFormat } from '../../src/domain/metrics';

export interface ParseRequest {
  readonly format: MetricFormat;
  readonly file: Blob;
}

export type ParseAnswer =
  | { readonly kind: 'progress'; readonly rows: number; readonly bytes: number }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome<MetricFormat> }
  | { readonly kind: 'failed'; readonly message: string };
