import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readEntityDefinitions } from '../../../workbench/store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lc-manifest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const manifest = `
app:
  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000
  storage:
    entities:
      - name: gate-decision
        attributes:
          version: { type: string }
          decidedAt: { type: integer }
        indexes:
          - version
          - name: by-version
            partition: [version]
            range: [decidedAt]
`;

describe('readEntityDefinitions', () => {
  it('reads app.storage.entities from manifest.yml', async () => {
    const path = join(dir, 'manifest.yml');
    await writeFile(path, manifest);
    expect(await readEntityDefinitions(path)).toEqual([
      {
        name: 'gate-decision',
        attributes: { version: { type: 'string' }, decidedAt: { type: 'integer' } },
        indexes: ['version', { name: 'by-version', partition: ['version'], range: ['decidedAt'] }],
      },
    ]);
  });

  it('yields no entities for a manifest without storage, and fails clearly on a bad one', async () => {
    const plain = join(dir, 'plain.yml');
    await writeFile(plain, 'app:\n  id: x\n');
    expect(await readEntityDefinitions(plain)).toEqual([]);
    const bad = join(dir, 'bad.yml');
    await writeFile(bad, 'app:\n  storage:\n    entities:\n      - name: e\n        attributes: { a: { type: date } }\n');
    await expect(readEntityDefinitions(bad)).rejects.toThrow(/attributes/);
  });

  it('refuses an index over an undeclared attribute when the store opens', async () => {
    await expect(
      openStore({ dir, entities: [{ name: 'broken', attributes: { a: { type: 'string' } }, indexes: [{ name: 'by-b', range: ['b'] }] }] }),
    ).rejects.toThrow(/undeclared attribute 'b'/);
  });
});
