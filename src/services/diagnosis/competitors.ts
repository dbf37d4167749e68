// Competitor watch: snapshots from the form (one exchange and day, replacing any snapshot of that day and
// exchange) or from a `competitors` CSV import; the change log computed from them; and the changes worded as
// candidate causes in the caller's language.
import { randomUUID } from 'node:crypto';
import { ok, type Result } from '../../contract';
import type { ImportRecordWire } from '../../contract/metrics';
import { competitorsContentSchema, COMPETITORS_SCOPE, EMPTY_COMPETITORS } from '../../adapters/storage/diagnosis-datasets';
import { publishDataset, readDataset } from '../../adapters/storage/metric-datasets';
import { competitorChangeLog, replaceSnapshots, type CompetitorChange } from '../../domain/diagnosis/competitors';
import { word, type ReportWording } from '../../domain/diagnosis/report-page';
import type { CompetitorPoint } from '../../domain/metrics';
import type { UserCallContext } from '../call-context';
import { diagnosisAccess } from './access';

async function readSnapshots() {
  return readDataset(COMPETITORS_SCOPE, competitorsContentSchema, EMPTY_COMPETITORS);
}

/** The whole change log (every exchange, every day with a snapshot before it). */
export async function loadCompetitorChanges(): Promise<Result<CompetitorChange[]>> {
  const kept = await readSnapshots();
  return kept.ok ? ok(competitorChangeLog(kept.data.content.points)) : kept;
}

const feeText = (fee: number | undefined) => (fee === undefined ? '' : `${(Math.round(fee * 1e6) / 1e4).toString()}%`);

/** "exchange X cut the taker fee on BTCUSDT (VIP0) to 0.04% on 2026-10-09", in the wording's language. */
export const changeLabel = (wording: ReportWording, c: CompetitorChange): string =>
  word(wording, `candidate.${c.kind}`, { exchange: c.exchange, symbol: c.symbol, tier: c.tier ?? '', after: feeText(c.after), date: c.date, promotion: c.promotion ?? '' });

export async function loadCompetitors(ctx: UserCallContext, projectKey: string, from: string | undefined, to: string | undefined) {
  const access = await diagnosisAccess(ctx, projectKey, 'view');
  if (!access.ok) return access;
  const kept = await readSnapshots();
  if (!kept.ok) return kept;
  const within = (d: string) => (from === undefined || d >= from) && (to === undefined || d <= to);
  const snapshots = new Map<string, { date: string; exchange: string; rows: number; promotions: Set<string> }>();
  for (const p of kept.data.content.points) {
    if (!within(p.date)) continue;
    const key = `${p.date}\u0000${p.exchange}`;
    const s = snapshots.get(key) ?? { date: p.date, exchange: p.exchange, rows: 0, promotions: new Set<string>() };
    s.rows += 1;
    if (p.promotion !== '') s.promotions.add(p.promotion);
    snapshots.set(key, s);
  }
  return ok({
    snapshots: [...snapshots.values()].map((s) => ({ date: s.date, exchange: s.exchange, rows: s.rows, promotions: [...s.promotions].sort() })),
    changes: competitorChangeLog(kept.data.content.points).filter((c) => within(c.date)),
    imports: kept.data.head?.imports ?? [],
    canEdit: access.data.canEdit,
  });
}

export interface SnapshotForm {
  readonly date: string; readonly exchange: string;
  readonly rows: readonly { readonly symbol: string; readonly tier: string; readonly makerFee: number; readonly takerFee: number; readonly promotion: string }[];
}

export async function saveCompetitorSnapshot(ctx: UserCallContext, projectKey: string, form: SnapshotForm) {
  const access = await diagnosisAccess(ctx, projectKey, 'edit');
  if (!access.ok) return access;
  const kept = await readSnapshots();
  if (!kept.ok) return kept;
  const incoming: CompetitorPoint[] = form.rows.map((r) => ({ date: form.date, exchange: form.exchange, symbol: r.symbol, tier: r.tier, makerFee: r.makerFee, takerFee: r.takerFee, promotion: r.promotion.trim() }));
  const merged = replaceSnapshots(kept.data.content.points, incoming);
  const record: ImportRecordWire = {
    id: randomUUID(), campaignId: '', format: 'competitors', fileName: `form ${form.exchange} ${form.date}`, contentHash: '',
    rows: incoming.length, accepted: incoming.length, rejected: 0, sample: [], replaced: merged.replaced, added: merged.added,
    importedBy: ctx.principal.accountId, importedAt: ctx.clock.now(),
  };
  const published = await publishDataset(COMPETITORS_SCOPE, { schemaVersion: 1, points: merged.points }, kept.data.head, record);
  if (!published.ok) return published;
  const changes = competitorChangeLog(merged.points).filter((c) => c.date === form.date && c.exchange === form.exchange);
  return ok({ date: form.date, exchange: form.exchange, rows: incoming.length, changes });
}
