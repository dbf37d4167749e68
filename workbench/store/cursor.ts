// Opaque query cursors. A cursor records the position of the last item returned (its key, and for an
// index its range value), never in-memory state, so it stays valid across restarts and writes.
import { z } from 'zod';
import { badRequest, ErrorCode, type KvsFailure } from './errors';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const cursorSchema = z.union([
  z.object({ v: z.literal(1), t: z.literal('kvs'), k: z.string() }),
  z.object({ v: z.literal(1), t: z.literal('entity'), e: z.string(), i: z.string(), r: scalar, k: z.string() }),
]);

export type Cursor = z.infer<typeof cursorSchema>;
export type KvsCursor = Extract<Cursor, { t: 'kvs' }>;
export type EntityCursor = Extract<Cursor, { t: 'entity' }>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor | KvsFailure {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = cursorSchema.safeParse(raw);
  return parsed.success ? parsed.data : badRequest(ErrorCode.invalidCursor, 'The provided cursor is not valid.');
}
