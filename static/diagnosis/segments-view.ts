// The segments tab's view model: the CSV of one list (whales, dormant, at-risk) made in the browser from the
// accounts answered, with the kit's CSV rules (BOM for Excel, text defused), its file name, and the lists' filters.
import type { OutputOf } from '../../src/contract';
import type { SegmentList } from '../../src/domain/diagnosis/vocabulary';
import { csvText, toCsv } from '../ui/table/csv';

export type SegmentAccount = OutputOf<'diagnosis/segmentList'>['accounts'][number];

export const LIST_CSV_HEADER = [
  'account_id', 'segment', 'region', 'channel', 'registered_at', 'last_trade_at', 'days_since_trade',
  'volume_30d_usd', 'volume_prev_30d_usd', 'volume_change', 'avg_leverage', 'margin_mode', 'long_share',
] as const;

/** The list as a CSV file for a recall campaign: one line per account, in the order given. */
export function segmentListCsv(accounts: readonly SegmentAccount[]): string {
  return toCsv([
    [...LIST_CSV_HEADER],
    ...accounts.map((a) => [
      csvText(a.account), csvText(a.segment), csvText(a.region), csvText(a.channel), a.registeredAt, a.lastTradeAt ?? '', a.daysSinceTrade ?? '',
      a.volume30dUsd, a.volumePrev30dUsd, a.volumeChange ?? '', a.avgLeverage, a.marginMode, a.longShare,
    ]),
  ]);
}

export function segmentListFileName(list: SegmentList, asOf: string, segment?: string): string {
  return `${list}-${segment === undefined ? 'all' : segment.replace(/[^\w-]+/g, '_')}-${asOf}.csv`;
}

export type SegmentSettingField = 'whaleTopN' | 'dormantDays' | 'atRiskDropPercent';
const BOUNDS: Readonly<Record<SegmentSettingField, readonly [number, number]>> = { whaleTopN: [1, 10_000], dormantDays: [1, 365], atRiskDropPercent: [1, 100] };

/** The list settings as typed: whole numbers within the contract's bounds, each bad one named. */
export function readSegmentSettings(form: Readonly<Record<SegmentSettingField, string>>):
  | { readonly ok: true; readonly settings: Readonly<Record<SegmentSettingField, number>> }
  | { readonly ok: false; readonly errors: Partial<Record<SegmentSettingField, 'not-whole' | 'out-of-range'>> } {
  const errors: Partial<Record<SegmentSettingField, 'not-whole' | 'out-of-range'>> = {};
  const settings: Record<SegmentSettingField, number> = { whaleTopN: 0, dormantDays: 0, atRiskDropPercent: 0 };
  for (const field of Object.keys(BOUNDS) as SegmentSettingField[]) {
    const value = Number(form[field].trim());
    const [min, max] = BOUNDS[field];
    if (form[field].trim() === '' || !Number.isInteger(value)) errors[field] = 'not-whole';
    else if (value < min || value > max) errors[field] = 'out-of-range';
    else settings[field] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
