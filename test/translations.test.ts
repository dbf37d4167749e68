// The Forge translation files manifest.yml names are build output (ignored by git, so a test run never rewrites a
// tracked file) and carry every message of every catalogue part, the manifest's among them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Language } from '../src/i18n/translator';
import { appParts, readCatalogue, root } from './support/catalogue-files';

const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { translations: { resources: { key: Language; path: string }[] } };

describe.each(manifest.translations.resources)('translation file $key', ({ key, path }) => {
  it('is ignored by git', () => {
    expect(execFileSync('git', ['check-ignore', path], { cwd: root, encoding: 'utf8' }).trim()).toBe(path);
  });

  it('holds every part of the catalogue', () => {
    const file = readCatalogue(path.replace(/\/[^/]+\.json$/, ''), key);
    const expected = new Map(appParts().flatMap((part) => [...readCatalogue(`locales/${part}`, key)]));
    expect(file).toEqual(expected);
    expect([...file.keys()].filter((k) => k.startsWith('manifest.')).length).toBeGreaterThan(0);
  });
});
