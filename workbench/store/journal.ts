// The append-only journal: one self-checking record per commit ([u32 length][u32 crc32][JSON commit]),
// fsynced before the commit is acknowledged. On open, a torn or corrupt tail (a crash mid-append) is
// dropped and truncated away; everything before it is replayed.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Commit } from './records';

const HEADER_BYTES = 8;
/** Far above the 4 MB request limit; a larger length can only come from a torn header. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface JournalRecovery {
  readonly commits: readonly Commit[];
  /** Bytes cut off the end because they did not form a whole, valid record. */
  readonly droppedBytes: number;
}

export function encodeRecord(commit: Commit): Buffer {
  const payload = Buffer.from(JSON.stringify(commit), 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(payload.length, 0);
  header.writeUInt32BE(crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

/** Splits journal bytes into whole valid records; stops at the first one that fails its check. */
export function decodeRecords(bytes: Buffer): { readonly commits: Commit[]; readonly validBytes: number } {
  const commits: Commit[] = [];
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const checksum = bytes.readUInt32BE(offset + 4);
    const end = offset + HEADER_BYTES + length;
    if (length > MAX_RECORD_BYTES || end > bytes.length) break;
    const payload = bytes.subarray(offset + HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    commits.push(JSON.parse(payload.toString('utf8')) as Commit);
    offset = end;
  }
  return { commits, validBytes: offset };
}

export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    private bytes: number,
  ) {}

  /** Opens (creating if needed) the journal, recovering and truncating a torn tail. */
  static async open(path: string): Promise<{ journal: Journal; recovery: JournalRecovery }> {
    const existing = await readFile(path).catch((error: unknown) => {
      if (isMissingFile(error)) return Buffer.alloc(0);
      throw error;
    });
    const { commits, validBytes } = decodeRecords(existing);
    const handle = await open(path, 'a+');
    const droppedBytes = existing.length - validBytes;
    if (droppedBytes > 0) {
      await handle.truncate(validBytes);
      await handle.sync();
    }
    return { journal: new Journal(handle, validBytes), recovery: { commits, droppedBytes } };
  }

  get size(): number {
    return this.bytes;
  }

  /** Resolves once the record is on disk. */
  async append(commit: Commit): Promise<void> {
    const record = encodeRecord(commit);
    try {
      await this.handle.write(record);
      await this.handle.datasync();
    } catch (error) {
      // Cut a partial record off now, or every later commit would sit behind a torn one.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
    this.bytes += record.length;
  }

  /** Empties the journal once its commits are safely in a snapshot. */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export function isMissingFile(error: unknown): boolean {
  // Duck-typed: errors from node:fs may come from another realm (e.g. under jest), so no instanceof.
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
