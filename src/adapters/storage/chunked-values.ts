// Plain KVS values read, written and deleted in batches of 25, and text split into pieces that each fit one
// value (240 KiB) as a JSON string: what every chunked record (metric datasets, staged import parts) stands on.
import kvs from '@forge/kvs';

const BATCH = 25;
/** Stored bytes per piece, under the 240 KiB value limit with room for the key and escaping. */
export const PIECE_BYTES = 200_000;

const batches = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
};

export const chunkKeys = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, n) => `${prefix}:${n.toString()}`);

/** Splits text into pieces each stored (as a JSON string) in at most PIECE_BYTES, never inside a surrogate pair. */
export function splitText(text: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let length = Math.min(text.length - at, PIECE_BYTES / 2);
    while (Buffer.byteLength(JSON.stringify(text.slice(at, at + length)), 'utf8') > PIECE_BYTES) length = Math.floor(length / 2);
    const last = text.charCodeAt(at + length - 1);
    if (last >= 0xd800 && last <= 0xdbff && at + length < text.length) length -= 1;
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  return pieces.length === 0 ? [''] : pieces;
}

/** Reads plain keys; a missing key answers undefined. */
export async function getMany(keys: readonly string[]): Promise<unknown[]> {
  const answers = await Promise.all(batches(keys).map((batch) => kvs.batchGet<unknown>(batch.map((key) => ({ key })))));
  const values = new Map<string, unknown>();
  for (const answer of answers) {
    const failure = answer.failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure !== undefined) throw new Error(`storage: reading ${failure.key} failed: ${failure.error.code}`);
    for (const item of answer.successfulKeys) values.set(item.key, item.value);
  }
  return keys.map((key) => values.get(key));
}

export async function setMany(items: readonly { key: string; value: unknown }[], ttlMinutes?: number): Promise<void> {
  await Promise.all(batches(items).map(async (batch) => {
    const answer = await kvs.batchSet(batch.map(({ key, value }) => (ttlMinutes === undefined ? { key, value } : { key, value, options: { ttl: { value: ttlMinutes, unit: 'MINUTES' as const } } })));
    if (answer.failedKeys.length > 0) throw new Error(`storage: writing ${answer.failedKeys[0]?.key ?? '?'} failed`);
  }));
}

export async function deleteMany(keys: readonly string[]): Promise<void> {
  await Promise.all(batches(keys).map((batch) => kvs.batchDelete(batch.map((key) => ({ key })))));
}
