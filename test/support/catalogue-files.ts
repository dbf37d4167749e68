// The catalogue files as the tests read them: the app's parts (locales/<part>/) and the workbench's own, each in
// both languages, flattened to dotted key -> message.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../src/i18n/translator';

export const root = resolve(__dirname, '../..');
export const LANGUAGES: readonly Language[] = ['en-US', 'zh-CN'];

/** The app's catalogue parts: `shared`, `manifest` and one per surface. */
export const appParts = (): string[] =>
  readdirSync(join(root, 'locales'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

export function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, value] of Object.entries(node)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** One catalogue folder (relative to the app root) in one language, flattened. */
export const readCatalogue = (folder: string, language: Language): Map<string, string> =>
  flatten(JSON.parse(readFileSync(join(root, folder, `${language}.json`), 'utf8')));
