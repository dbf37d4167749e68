// The use cases of the push webtrigger and its token: an administrator makes or rotates the token; a warehouse
// job pushes a day's `daily-metrics` rows (JSON or CSV), checked by the same row schemas as a CSV import, every
// row accepted or refused with its line and reason; the days sent replace those days whole (a re-sent day is never
// counted twice, a symbol dropped from it is gone), switched in like an import, with an import record.
import { randomUUID } from 'node:crypto';
import { appError, err, ok, type Result } from '../../contract';
import type { ImportRecordWire } from '../../contract/metrics';
import { rowChecker } from '../../contract/metric-rows';
import { pushTokenStatus, rotatePushToken, verifyPushToken } from '../../adapters/auth/push-token';
import { publishDataset, readDataset, seriesContentSchema } from '../../adapters/storage/metric-datasets';
import { FORMAT_COLUMNS, parseMetricFile, startImport, type RejectedRow } from '../../domain/metrics';
import type { AppCallContext, UserCallContext } from '../call-context';
import { EMPTY_SERIES } from '../metrics';
import { diagnosisAccess } from './access';

export async function readPushToken(ctx: UserCallContext, projectKey: string) {
  const access = await diagnosisAccess(ctx, projectKey, 'view');
  if (!access.ok) return access;
  const status = await pushTokenStatus();
  return status.ok ? ok({ ...status.data, url: null }) : status;
}

export async function makePushToken(ctx: UserCallContext, projectKey: string) {
  const access = await diagnosisAccess(ctx, projectKey, 'administer');
  if (!access.ok) return access;
  const made = await rotatePushToken(ctx.clock.now());
  return made.ok ? ok({ ...made.data, url: null }) : made;
}

export type PushBody = { readonly kind: 'csv'; readonly text: string } | { readonly kind: 'json'; readonly rows: readonly unknown[] };

export interface PushOutcome {
  readonly rows: number; readonly accepted: number; readonly rejected: readonly RejectedRow[];
  readonly days: readonly string[]; readonly replaced: number; readonly added: number;
}

/** Checks `presented` against the token (constant time); UNAUTHORIZED is FORBIDDEN here, the trigger answers 401. */
export async function authorisePush(presented: string | undefined): Promise<Result<boolean>> {
  if (presented === undefined || presented === '') return ok(false);
  return verifyPushToken(presented);
}

const COLUMNS: readonly string[] = FORMAT_COLUMNS['daily-metrics'];

/** JSON rows are objects keyed by the CSV column names; line n+1 is the n-th row (as if line 1 were a header). */
async function checkRows(body: PushBody) {
  if (body.kind === 'csv') return parseMetricFile('daily-metrics', rowChecker('daily-metrics'), body.text);
  const run = startImport('daily-metrics', rowChecker('daily-metrics'));
  run.record(COLUMNS);
  for (const row of body.rows) {
    const object = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
    run.record(COLUMNS.map((c) => {
      const v = object[c];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    }));
  }
  return run.finish();
}

export async function pushDailyMetrics(ctx: AppCallContext, body: PushBody): Promise<Result<PushOutcome>> {
  const outcome = await checkRows(body);
  if (!outcome.ok) {
    return err(appError('BAD_REQUEST', outcome.problem === 'empty-file' ? 'the body has no rows' : `the header lacks ${outcome.header?.missing.join(', ') ?? 'columns'}`));
  }
  const points = outcome.aggregate;
  const counts = { rows: outcome.counts.rows, accepted: outcome.counts.accepted, rejected: outcome.counts.rejected };
  const days = [...new Set(points.map((p) => p.date))].sort();
  if (points.length === 0) return ok({ ...counts, days, replaced: 0, added: 0 });
  const kept = await readDataset({ kind: 'series' }, seriesContentSchema, EMPTY_SERIES);
  if (!kept.ok) return kept;
  const sent = new Set(days);
  const staying = kept.data.content.daily.filter((p) => !sent.has(p.date));
  const replaced = kept.data.content.daily.length - staying.length;
  const daily = [...staying, ...points].sort((a, b) => (a.date === b.date ? (a.symbol < b.symbol ? -1 : 1) : a.date < b.date ? -1 : 1));
  const record: ImportRecordWire = {
    id: randomUUID(), campaignId: '', format: 'daily-metrics', fileName: `metrics-push ${days[0] ?? ''}..${days[days.length - 1] ?? ''}`, contentHash: outcome.contentHash,
    rows: counts.rows, accepted: counts.accepted, rejected: counts.rejected.length,
    sample: counts.rejected.slice(0, 20).map((r) => ({ line: r.line, reason: r.reason })), replaced, added: points.length,
    importedBy: 'metrics-push', importedAt: ctx.clock.now(),
  };
  const published = await publishDataset({ kind: 'series' }, { ...kept.data.content, daily }, kept.data.head, record);
  return published.ok ? ok({ ...counts, days, replaced, added: points.length }) : published;
}
