// Sends one parsed file to the server as an import: begin (the counts and how many parts), each part within the
// KVS value limit, then commit, which makes it land whole. A campaign's files begin with `metrics/beginImport`, the
// diagnosis's site-wide files with `diagnosis/beginImport`; the parts and the commit are the same.
// Stops at the first refusal: nothing half-imported shows.
import { appError, type AppError, type Result } from '../../src/contract';
import { DIAGNOSIS_IMPORT_FORMATS } from '../../src/contract/diagnosis';
import type { ImportRecordWire } from '../../src/contract/metrics';
import type { AggregateOf, ImportCounts, MetricFormat } from '../../src/domain/metrics';
import { call } from '../ui/call';
import { importPartsOf, wireCounts } from './import-parts';

/** Where an import lands: the campaign it belongs to, in its Jira project. */
export interface CampaignImportTarget {
  readonly projectKey: string;
  readonly campaignId: string;
}

/** A site-wide file of the business diagnosis (no campaign): daily metrics, funnel, accounts or competitors. */
export interface DiagnosisImportTarget {
  readonly projectKey: string;
  readonly diagnosis: true;
}

export type ImportTarget = CampaignImportTarget | DiagnosisImportTarget;

const DIAGNOSIS_FORMATS: readonly string[] = DIAGNOSIS_IMPORT_FORMATS;
type DiagnosisFormat = (typeof DIAGNOSIS_IMPORT_FORMATS)[number];
const isDiagnosisFormat = (format: MetricFormat): format is DiagnosisFormat => DIAGNOSIS_FORMATS.includes(format);

async function beginImport(target: ImportTarget, file: ParsedFile, parts: number): Promise<Result<{ readonly importId: string; readonly sameFileAs: ImportRecordWire | null }>> {
  const common = { fileName: file.fileName.slice(0, 255), contentHash: file.contentHash, counts: wireCounts(file.counts), parts };
  if ('campaignId' in target) return call('metrics/beginImport', { projectKey: target.projectKey, campaignId: target.campaignId, format: file.format, ...common });
  if (!isDiagnosisFormat(file.format)) return { ok: false, error: appError('BAD_REQUEST', `format: the diagnosis imports take ${DIAGNOSIS_IMPORT_FORMATS.join(', ')}, not ${file.format}`) };
  return call('diagnosis/beginImport', { projectKey: target.projectKey, format: file.format, ...common });
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
  const begun = await beginImport(target, file, parts.length);
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
