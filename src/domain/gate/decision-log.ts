// The hash-chained decision log: each record carries the hash of the previous one (the first, a genesis hash of
// zeros) and its own hash over a canonical text of every field, so changing, removing or reordering any record
// breaks verification at that record. The SHA-256 is handed in (node:crypto on the server), keeping this pure.
import type { LogEntry, LogRecord } from './types';

/** Hex SHA-256 of a UTF-8 text. */
export type Sha256 = (text: string) => string;

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so equal records hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of a record: over every field but the hash itself. */
export function hashOf(record: Omit<LogRecord, 'hash'>, sha256: Sha256): string {
  const { seq, prevHash, kind, versionId, by, at, reason, exceptions, overall, statuses, signedFunctions } = record;
  return sha256(canonicalJson({ seq, prevHash, kind, versionId, by, at, reason, exceptions, overall, statuses, signedFunctions }));
}

/** The record that follows `head` (null: the log is empty). */
export function chainEntry(entry: LogEntry, head: Pick<LogRecord, 'seq' | 'hash'> | null, sha256: Sha256): LogRecord {
  const base = { ...entry, seq: head === null ? 1 : head.seq + 1, prevHash: head === null ? GENESIS_HASH : head.hash };
  return { ...base, hash: hashOf(base, sha256) };
}

export interface ChainVerification {
  readonly verified: boolean;
  readonly length: number;
  /** The sequence number of the first record that does not hold (1-based); null when all do. */
  readonly brokenAt: number | null;
  readonly head: string | null;
}

/** Verifies records in log order: consecutive sequence numbers from 1, each linked to the previous, each hash right. */
export function verifyChain(records: readonly LogRecord[], sha256: Sha256): ChainVerification {
  let prev = GENESIS_HASH;
  for (const [index, record] of records.entries()) {
    const position = index + 1;
    if (record.seq !== position || record.prevHash !== prev || hashOf(record, sha256) !== record.hash) {
      return { verified: false, length: records.length, brokenAt: position, head: records.at(-1)?.hash ?? null };
    }
    prev = record.hash;
  }
  return { verified: true, length: records.length, brokenAt: null, head: records.at(-1)?.hash ?? null };
}

/** The latest decision of the log (a released-without-GO record is not one). */
export function currentDecision(records: readonly LogRecord[]): LogRecord | null {
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const record = records[i];
    if (record !== undefined && record.kind !== 'RELEASED_WITHOUT_GO') return record;
  }
  return null;
}
