// The competitor watch's view model: each change log entry as a catalogue message with its parameters ("X cut
// the taker fee on BTCUSDT from 0.05% to 0.04% on ..."), and the snapshot form read (fees typed in percent),
// every bad cell named by its row and field.
import type { CompetitorChange, InputOf } from '../../src/contract';
import type { CompetitorChangeKind } from '../../src/domain/diagnosis/vocabulary';

export interface ChangeWording {
  readonly kind: CompetitorChangeKind;
  readonly exchange: string;
  readonly symbol: string;
  readonly tier: string;
  /** Fees as fractions (0.0004), for the caller to format as percentages. */
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly promotion: string;
  readonly date: string;
}

export function changeWording(change: CompetitorChange): ChangeWording {
  return { kind: change.kind, exchange: change.exchange, symbol: change.symbol, tier: change.tier ?? '', before: change.before, after: change.after, promotion: change.promotion ?? '', date: change.date };
}

/** Newest first, then by exchange. */
export function orderedChanges(changes: readonly CompetitorChange[]): CompetitorChange[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || a.exchange.localeCompare(b.exchange) || a.symbol.localeCompare(b.symbol));
}

export interface SnapshotRowDraft { readonly symbol: string; readonly tier: string; readonly makerPct: string; readonly takerPct: string; readonly promotion: string }
export interface SnapshotDraft { readonly date: string; readonly exchange: string; readonly rows: readonly SnapshotRowDraft[] }
export type SnapshotError = 'required' | 'not-a-number' | 'out-of-range' | 'not-a-date';
export type SnapshotInput = Omit<InputOf<'diagnosis/saveCompetitorSnapshot'>, 'projectKey'>;

export const blankSnapshotRow = (): SnapshotRowDraft => ({ symbol: '', tier: 'VIP0', makerPct: '', takerPct: '', promotion: '' });

/** The form as the save's input, or the errors keyed `date`, `exchange`, `rows`, `rows.<n>.<field>`. */
export function readSnapshot(draft: SnapshotDraft):
  | { readonly ok: true; readonly input: SnapshotInput }
  | { readonly ok: false; readonly errors: Readonly<Record<string, SnapshotError>> } {
  const errors: Record<string, SnapshotError> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date))) errors.date = 'not-a-date';
  if (draft.exchange.trim() === '') errors.exchange = 'required';
  if (draft.rows.length === 0) errors.rows = 'required';
  const fee = (text: string, key: string, min: number): number => {
    const value = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value)) { errors[key] = 'not-a-number'; return 0; }
    if (value < min || value > 1) { errors[key] = 'out-of-range'; return 0; }
    return value / 100;
  };
  const rows = draft.rows.map((row, n) => {
    if (row.symbol.trim() === '') errors[`rows.${String(n)}.symbol`] = 'required';
    if (row.tier.trim() === '') errors[`rows.${String(n)}.tier`] = 'required';
    return {
      symbol: row.symbol.trim().toUpperCase(), tier: row.tier.trim(),
      makerFee: fee(row.makerPct, `rows.${String(n)}.makerPct`, -1), takerFee: fee(row.takerPct, `rows.${String(n)}.takerPct`, -1), promotion: row.promotion.trim(),
    };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { date: draft.date, exchange: draft.exchange.trim(), rows } };
}
