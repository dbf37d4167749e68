import { appendFile, copyFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kvs, WhereConditions } from '@forge/kvs';
import { JOURNAL_FILE, openStore } from '../../../workbench/store';
import { startKvs, testEntities, type KvsHarness } from './kvs-harness';

let harness: KvsHarness;
afterEach(async () => {
  await harness.dispose();
});

const journalPath = (): string => join(harness.dir, JOURNAL_FILE);

describe('durability', () => {
  it('keeps data and honours a previously issued cursor across a restart', async () => {
    harness = await startKvs();
    for (let i = 0; i < 5; i += 1) await kvs.set(`run:${i}`, { i });
    const decisions = kvs.entity<{ version: string; decidedAt: number; outcome: string }>('gate-decision');
    for (let i = 0; i < 4; i += 1) await decisions.set(`d${i}`, { version: 'v1', decidedAt: i, outcome: 'GO' });
    const firstPage = await kvs.query().where('key', WhereConditions.beginsWith('run:')).limit(2).getMany();
    const entityPage = await decisions.query().index('by-version', { partition: ['v1'] }).limit(3).getMany();

    await harness.restart();

    expect(harness.store.recovery.replayedCommits).toBe(9);
    const secondPage = await kvs.query().where('key', WhereConditions.beginsWith('run:')).limit(10).cursor(firstPage.nextCursor ?? '').getMany();
    expect(secondPage.results.map((r) => r.key)).toEqual(['run:2', 'run:3', 'run:4']);
    const rest = await decisions.query().index('by-version', { partition: ['v1'] }).cursor(entityPage.nextCursor ?? '').getMany();
    expect(rest.results.map((r) => r.key)).toEqual(['d3']);
  });

  it('drops a torn last journal record on open and truncates it away', async () => {
    harness = await startKvs();
    await kvs.set('a', 1);
    await kvs.set('b', 2);
    const beforeLast = (await stat(journalPath())).size;
    await kvs.set('c', 3);
    const full = (await stat(journalPath())).size;
    await harness.store.close();
    // A crash half-way through writing the last record.
    await truncate(journalPath(), beforeLast + Math.floor((full - beforeLast) / 2));

    const reopened = await openStore({ dir: harness.dir, entities: testEntities });
    expect(reopened.recovery.droppedBytes).toBeGreaterThan(0);
    expect((await stat(journalPath())).size).toBe(beforeLast);
    expect((await reopened.handle('/api/v1/get', { key: 'b' })).body).toMatchObject({ value: 2 });
    expect((await reopened.handle('/api/v1/get', { key: 'c' })).status).toBe(404);
    await reopened.handle('/api/v1/set', { key: 'd', value: 4 });
    await reopened.close();
    await harness.restart();
    expect(await kvs.get('d')).toBe(4);
    expect(await kvs.get('a')).toBe(1);
  });

  it('ignores a tail whose checksum does not match', async () => {
    harness = await startKvs();
    await kvs.set('a', 1);
    await harness.store.close();
    const garbage = Buffer.alloc(40, 7);
    garbage.writeUInt32BE(32, 0);
    await appendFile(journalPath(), garbage);
    await harness.restart();
    expect(harness.store.recovery.droppedBytes).toBe(40);
    expect(await kvs.get('a')).toBe(1);
  });

  it('compacts into a snapshot and reopens from snapshot + journal', async () => {
    harness = await startKvs({ compactAfterBytes: 2_000 });
    for (let i = 0; i < 40; i += 1) await kvs.set(`k:${String(i).padStart(2, '0')}`, { payload: 'x'.repeat(50), i });
    await kvs.delete('k:00');
    expect((await stat(journalPath())).size).toBeLessThan(2_000);
    await harness.restart();
    expect(await kvs.get('k:00')).toBeUndefined();
    expect(await kvs.get('k:39')).toEqual({ payload: 'x'.repeat(50), i: 39 });
  });

  it('does not double-apply journal records already in the snapshot (crash between rename and journal reset)', async () => {
    harness = await startKvs();
    await kvs.set('counter', 1);
    await kvs.set('list', [1]);
    await copyFile(journalPath(), `${journalPath()}.copy`);
    await harness.store.compact();
    await harness.store.close();
    await writeFile(journalPath(), await readFile(`${journalPath()}.copy`));
    await harness.restart();
    expect(harness.store.recovery.replayedCommits).toBe(0);
    expect(await kvs.get('list')).toEqual([1]);
  });
});
