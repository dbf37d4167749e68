// Demo data of the workbench for the daily business diagnosis (never shown as real): 90 days of daily metrics
// ending on DEMO_TODAY for four symbols, with weekday seasonality, a gentle trend, a planted BTC volume drop on
// 2026-11-18 and a day of DOGEUSDT missing (2026-11-10). Seeded into the store the way a warehouse job would send
// it: through the metrics-push webtrigger with a token rotated by the PMO (only when no series is there yet).
import { formatIsoDate, parseIsoDate } from '../../src/domain/schedule';
import type { AccountPoint } from '../../src/domain/metrics';
import type { Workbench } from '../workbench';
import { DEMO_TODAY } from './calendar';

const SYMBOLS = [['BTCUSDT', 0.58], ['ETHUSDT', 0.27], ['SOLUSDT', 0.1], ['DOGEUSDT', 0.05]] as const;
const WEEKDAY = [1.0, 1.03, 1.0, 1.04, 1.08, 0.72, 0.68] as const;
export const DEMO_DIAGNOSIS = { drop: '2026-11-18', dropSymbol: 'BTCUSDT', gap: '2026-11-10', gapSymbol: 'DOGEUSDT', days: 90 } as const;

/** The demo rows, keyed by the daily-metrics column names (as the push webtrigger takes them). */
export function demoDiagnosisRows(): Record<string, string | number>[] {
  let state = 1212;
  const random = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
  const noise = (sigma: number) => 1 + sigma * (random() + random() + random() - 1.5) * 2;
  const last = parseIsoDate(DEMO_TODAY) ?? 0;
  const rows: Record<string, string | number>[] = [];
  for (let d = DEMO_DIAGNOSIS.days - 1; d >= 0; d--) {
    const day = last - d;
    const date = formatIsoDate(day);
    const season = WEEKDAY[(((day + 3) % 7) + 7) % 7] ?? 1;
    const trend = 1 + 0.0015 * (DEMO_DIAGNOSIS.days - d);
    for (const [symbol, share] of SYMBOLS) {
      if (date === DEMO_DIAGNOSIS.gap && symbol === DEMO_DIAGNOSIS.gapSymbol) continue;
      const volume = 2.4e9 * share * season * trend * noise(0.03) * (date === DEMO_DIAGNOSIS.drop && symbol === DEMO_DIAGNOSIS.dropSymbol ? 0.72 : 1);
      const fee = volume * 0.00042 * noise(0.01);
      rows.push({
        date, symbol, volume_usd: Math.round(volume), open_interest_usd: Math.round(9e8 * share * trend * noise(0.02)), fee_revenue_usd: Math.round(fee),
        rebates_usd: Math.round(fee * 0.18 * noise(0.01)), funding_paid_usd: Math.round(4e4 * share * (random() - 0.3)),
        new_users: Math.round(1800 * share * season * trend * noise(0.04)), active_traders: Math.round(42_000 * share * season * trend * noise(0.02)),
      });
    }
  }
  return rows;
}

const SEGMENTS = ['retail', 'vip', 'market-maker', 'institutional'] as const;
const REGIONS = ['APAC', 'EMEA', 'LATAM'] as const;
const CHANNELS = ['organic', 'referral', 'campaign'] as const;
export const DEMO_ACCOUNTS = { count: 400, dormantFrom: 360, atRiskEvery: 9 } as const;

/** The demo accounts, as the `accounts` import aggregates them (deterministic: no clock, no Math.random). */
export function demoAccounts(): AccountPoint[] {
  const last = parseIsoDate(DEMO_TODAY) ?? 0;
  return Array.from({ length: DEMO_ACCOUNTS.count }, (_, i) => {
    const segment = SEGMENTS[i % 7 === 0 ? 1 : i % 13 === 0 ? 2 : i % 17 === 0 ? 3 : 0];
    const volume = Math.round(2e9 / (i + 1) ** 1.1);
    const atRisk = i % DEMO_ACCOUNTS.atRiskEvery === 4;
    const dormant = i >= DEMO_ACCOUNTS.dormantFrom;
    return {
      account: `acct-${String(i + 1).padStart(4, '0')}`, segment, region: REGIONS[i % 3] ?? 'APAC', channel: CHANNELS[(i * 7) % 3] ?? 'organic',
      registeredAt: `${formatIsoDate(last - 400 + (i % 300))}T08:00:00Z`,
      lastTradeAt: dormant ? `${formatIsoDate(last - 40 - (i % 20))}T12:00:00Z` : `${formatIsoDate(last - (i % 5))}T12:00:00Z`,
      volume30dUsd: dormant ? 0 : atRisk ? Math.round(volume * 0.3) : volume, volumePrev30dUsd: volume,
      avgLeverage: 2 + (i % 18), marginMode: i % 4 === 0 ? 'isolated' : 'cross', longShare: ((i * 37) % 100) / 100,
    };
  });
}

/** The competitor snapshots: weekly for two exchanges; ExchangeX cuts the BTCUSDT taker fee and starts a promotion two days before the drop. */
export function demoCompetitorSnapshots(): { date: string; exchange: string; rows: { symbol: string; tier: string; makerFee: number; takerFee: number; promotion: string }[] }[] {
  const drop = parseIsoDate(DEMO_DIAGNOSIS.drop) ?? 0;
  const cut = formatIsoDate(drop - 2);
  const dates = [formatIsoDate(drop - 16), formatIsoDate(drop - 9), cut, formatIsoDate(drop + 5)];
  return dates.flatMap((date) => [
    { date, exchange: 'ExchangeX', rows: ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'].map((symbol) => ({
      symbol, tier: 'VIP0', makerFee: 0.0002, takerFee: symbol === 'BTCUSDT' && date >= cut ? 0.0004 : 0.0005,
      promotion: symbol === 'BTCUSDT' && date === cut ? 'Zero-fee BTC week' : '',
    })) },
    { date, exchange: 'ExchangeY', rows: ['BTCUSDT', 'ETHUSDT', ...(date > cut ? ['DOGEUSDT'] : [])].map((symbol) => ({ symbol, tier: 'VIP0', makerFee: 0.0002, takerFee: 0.00055, promotion: '' })) },
  ]);
}

/** Sends the demo rows through the workbench's own metrics-push webtrigger when the site has no daily series yet. */
export async function seedDiagnosis(workbench: Workbench): Promise<void> {
  const pmo = workbench.site.users.find((u) => u.role === 'pmo')?.accountId ?? '';
  // Any module of the one resolver function will do: the diagnosis macro's own module is declared with its screens.
  const context = { accountId: pmo, locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} };
  const health = await workbench.functions.invoke('diagnosis/health', { projectKey: 'PERP', days: 7 }, context) as { ok: boolean; data?: { date: string | null } };
  if (!health.ok || health.data?.date !== null) return;
  const rotated = await workbench.functions.invoke('diagnosis/rotatePushToken', { projectKey: 'PERP' }, context) as { ok: boolean; data?: { token: string } };
  if (!rotated.ok || rotated.data === undefined) return;
  const invoke = (key: string, payload: unknown) => workbench.functions.invoke(key, payload, context) as Promise<{ ok: boolean; data?: Record<string, unknown> }>;
  const accounts = demoAccounts();
  const counts = { rows: accounts.length, accepted: accounts.length, rejected: 0, sample: [] };
  const begun = await invoke('diagnosis/beginImport', { projectKey: 'PERP', format: 'accounts', fileName: 'accounts-demo.csv', contentHash: '00000000000de300', counts, parts: 1 });
  const importId = begun.data?.importId;
  if (typeof importId === 'string') {
    await invoke('metrics/putImportPart', { importId, index: 0, part: { format: 'accounts', accounts } });
    await invoke('metrics/commitImport', { importId });
  }
  for (const snapshot of demoCompetitorSnapshots()) await invoke('diagnosis/saveCompetitorSnapshot', { projectKey: 'PERP', ...snapshot });
  await fetch(`${workbench.url}/webtrigger/metrics-push`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${rotated.data.token}` }, body: JSON.stringify({ rows: demoDiagnosisRows() }),
  });
}
