// A corpus the tests build themselves: genuine users with their own identities and ordinary two-sided trading,
// plus planted abuse (a self-matcher, a closed ring sharing a device and a withdrawal address, a sybil farm
// registered in a burst), all from a seeded generator so recall and false positives are repeatable.
import type { ParticipantFeatures, TradeRow } from '../../../src/domain/metrics';

export interface Corpus {
  readonly participants: ParticipantFeatures[];
  readonly trades: TradeRow[];
  readonly planted: ReadonlySet<string>;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

export function buildCorpus(seed: number, genuineCount = 400): Corpus {
  const random = seeded(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const participants: ParticipantFeatures[] = [];
  const trades: TradeRow[] = [];
  const planted = new Set<string>();
  const person = (account: string, over: Partial<ParticipantFeatures> = {}): ParticipantFeatures => {
    const group = over.group ?? (random() < 0.8 ? 'treatment' : 'control');
    // Control users convert less often: the campaign has a real effect to find.
    const converts = random() < (group === 'treatment' ? 0.7 : 0.3);
    return {
    account, group, registeredAt: `2027-01-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T${String(Math.floor(random() * 24)).padStart(2, '0')}:00:00.000Z`,
    firstTradeAt: converts ? `2027-02-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}T10:00:00.000Z` : null, volumeUsd: 1000 + random() * 50_000, feesUsd: 10, rewardsUsd: random() < 0.1 ? 50 : 0,
    netDepositUsd: 500 + random() * 5000, netDepositD30Usd: 400 + random() * 3000, deviceId: `dev-${hex(12)}`, ipHash: `ip-${hex(12)}`, withdrawalAddress: `0x${hex(40)}`, ...over,
    };
  };
  for (let i = 0; i < genuineCount; i++) participants.push(person(`G${i.toString()}`));
  let id = 0;
  const ts = (day: number, hour: number) => `2027-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`;
  const symbols = ['BTC', 'ETH', 'SOL'];
  // Genuine: random counterparties, one-way flows, several symbols over weeks.
  for (let n = 0; n < genuineCount * 12; n++) {
    const a = Math.floor(random() * genuineCount);
    let b = Math.floor(random() * genuineCount);
    if (b === a) b = (a + 1) % genuineCount;
    trades.push({ trade_id: `T${(id++).toString()}`, ts: ts(1 + Math.floor(random() * 27), Math.floor(random() * 24)), symbol: symbols[Math.floor(random() * 3)] ?? 'BTC', buyer_account: `G${a.toString()}`, seller_account: `G${b.toString()}`, notional_usd: 100 + random() * 10_000 });
  }
  // Self-matcher.
  participants.push(person('S1', { group: 'treatment' }));
  planted.add('S1');
  for (let d = 1; d <= 5; d++) trades.push({ trade_id: `T${(id++).toString()}`, ts: ts(d, 12), symbol: 'SOL', buyer_account: 'S1', seller_account: 'S1', notional_usd: 20_000 });
  // A ring of four on one device pair and one withdrawal address, trading back and forth.
  const ring = ['R1', 'R2', 'R3', 'R4'];
  const wallet = `0x${hex(40)}`;
  ring.forEach((r, i) => { participants.push(person(r, { group: 'treatment', deviceId: i % 2 === 0 ? 'dev-ring-a' : 'dev-ring-b', withdrawalAddress: wallet, netDepositD30Usd: 0 })); planted.add(r); });
  for (let d = 1; d <= 8; d++) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i] ?? '';
      const b = ring[(i + 1) % ring.length] ?? '';
      trades.push({ trade_id: `T${(id++).toString()}`, ts: ts(d, 10), symbol: 'SOL', buyer_account: a, seller_account: b, notional_usd: 50_000 });
      trades.push({ trade_id: `T${(id++).toString()}`, ts: ts(d, 11), symbol: 'SOL', buyer_account: b, seller_account: a, notional_usd: 50_000 });
    }
  }
  // A sybil farm: five accounts behind one IP registered within an hour, each trading once on one symbol.
  for (let i = 0; i < 5; i++) {
    const account = `F${i.toString()}`;
    participants.push(person(account, { group: 'treatment', ipHash: 'ip-farm', registeredAt: `2027-02-01T09:${String(i * 10).padStart(2, '0')}:00.000Z`, netDepositUsd: 100, netDepositD30Usd: 0 }));
    planted.add(account);
    trades.push({ trade_id: `T${(id++).toString()}`, ts: ts(2, 9), symbol: 'BTC', buyer_account: account, seller_account: `G${i.toString()}`, notional_usd: 300 });
  }
  return { participants, trades, planted };
}
