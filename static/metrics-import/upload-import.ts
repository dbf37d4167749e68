// Sends one parsed file to the server as an import: begin (the counts and how many parts), each part within the
// KVS value limit, then commit, which makes it land whole. Stops at the first refusal: nothing half-imported shows.
import type { AppError } from '../../src/contract';
import type { ImportRecordWire } from '../../src/contract/metrics';
import type { AggregateOf, ImportCounts, MetricFormat } from '../../src/domain/metrics';
import { call } from '../ui/call';
import { importPartsOf, wireCounts } from './import-parts';

/** Where an import lands: the campaign it belongs to, in its Jira project. */
export interface ImportTarget {
  readonly projectKey: string;
  readonly campaignId: string;
}

export interface ParsedFile<F extends MetricFormat = MetricFormat> {
  readonly format: F;
  readonly fileName: string;
  readonly contentHash: string;
  readonly counts: ImportCounts;
  readonly aggregate: AggregateOf[F];
}

export type UploadOutcome =
  | { readonly ok: true; readonly record: ImportRecordWire; readonly sameFileAs: ImportRecordWire | null }
  | { readonly ok: false; readonly error: AppError };

export async function uploadImport(target: ImportTarget, file: ParsedFile, onProgress: (sent: number, total: number) => void): Promise<UploadOutcome> {
  const parts = importPartsOf(file.format, file.aggregate);
  const begun = await call('metrics/beginImport', {
    projectKey: target.projectKey, campaignId: target.campaignId, format: file.format, fileName: file.fileName.slice(0, 255),
    contentHash: file.contentHash, counts: wireCounts(file.counts), parts: parts.length,
  });
  if (!begun.ok) return begun;
  const { importId, sameFileAs } = begun.data;
  onProgress(0, parts.length);
  for (const [index, part] of parts.entries()) {
    const put = await call('metrics/putImportPart', { importId, index, part });
    if (!put.ok) return put;
    onProgress(index + 1, parts.length);
  }
  const committed = await call('metrics/commitImport', { importId });
  if (!committed.ok) return committed;
  return { ok: true, record: committed.data.import, sameFileAs };
}
