import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { Limits } from '../../../workbench/store';
import { startKvs, type KvsHarness } from './kvs-harness';

let harness: KvsHarness;
beforeEach(async () => {
  harness = await startKvs();
});
afterEach(async () => {
  await harness.dispose();
});

async function rejection(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('expected a ForgeKvsAPIError');
}

describe('real KVS limits', () => {
  it.each([
    ['a key over 500 characters', 'k'.repeat(501), 'KEY_TOO_LONG'],
    ['a key with a slash', 'gate/1', 'INVALID_KEY'],
    ['a whitespace-only key', '   ', 'INVALID_KEY'],
    ['an empty key', '', 'KEY_TOO_SHORT'],
  ])('rejects %s with the service error', async (_name, key, code) => {
    const error = await rejection(kvs.set(key, 1));
    expect(error).toMatchObject({ code, responseDetails: { status: 400 } });
  });

  it('accepts a 500-character key and the documented key characters', async () => {
    await kvs.set('k'.repeat(500), 1);
    await kvs.set('gate:v1.0_release-2 #3', 2);
    expect(await kvs.get('gate:v1.0_release-2 #3')).toBe(2);
  });

  it('rejects a value over 240 KiB and accepts one just under', async () => {
    const error = await rejection(kvs.set('big', 'x'.repeat(Limits.valueMaxBytes)));
    expect(error).toMatchObject({ code: 'MAX_SIZE', responseDetails: { status: 400 } });
    await kvs.set('fits', 'x'.repeat(Limits.valueMaxBytes - 2));
    expect(await kvs.get('big')).toBeUndefined();
  });

  it('rejects a value nested deeper than the object depth limit', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < Limits.objectMaxDepth + 1; i += 1) deep = { deep };
    expect(await rejection(kvs.set('deep', deep))).toMatchObject({ code: 'MAX_DEPTH' });
  });

  it('rejects a query limit above the maximum', async () => {
    expect(await rejection(kvs.query().limit(Limits.queryMaxLimit + 1).getMany())).toMatchObject({ code: 'INVALID_LIMIT', responseDetails: { status: 400 } });
  });

  it('answers a malformed body with BAD_REQUEST naming the field', async () => {
    const response = await harness.store.handle('/api/v1/set', { key: 12, value: 'x' });
    expect(response).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringContaining('key') as string } });
    expect((await harness.store.handle('/api/v1/nope', {})).status).toBe(404);
  });
});
