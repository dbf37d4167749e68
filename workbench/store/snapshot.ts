// Compaction target: the whole live state at one commit sequence, written to a temp file, fsynced,
// atomically renamed over the previous snapshot, and the directory fsynced so the rename survives.
import { open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMissingFile } from './journal';
import type { SnapshotSpaces } from './state';

const FORMAT = 'launch-control-kvs-snapshot/1';

export interface Snapshot {
  readonly format: typeof FORMAT;
  readonly seq: number;
  readonly spaces: SnapshotSpaces;
}

export async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<Snapshot>;
  if (parsed.format !== FORMAT || typeof parsed.seq !== 'number' || typeof parsed.spaces !== 'object') {
    throw new Error(`${path} is not a ${FORMAT} file`);
  }
  return parsed as Snapshot;
}

export async function writeSnapshot(path: string, seq: number, spaces: SnapshotSpaces): Promise<void> {
  const snapshot: Snapshot = { format: FORMAT, seq, spaces };
  const temp = `${path}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(JSON.stringify(snapshot), 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
  await syncDirectory(dirname(path));
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
