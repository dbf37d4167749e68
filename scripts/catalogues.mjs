// The catalogue parts (locales/<part>/<language>.json: `shared`, one per surface, `manifest`) and how they merge:
// a Custom UI bundle gets the shared part plus its surface's own; each Forge translation file that manifest.yml
// names gets every part (Forge reads the `manifest.*` keys there and serves the files to the UI).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const LANGUAGES = ['en-US', 'zh-CN'];

function readPart(localesDir, part, language) {
  const path = join(localesDir, part, `${language}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`catalogue ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Merges parts key by key; a message that two parts define is an error, never a silent override. */
function merge(parts, path = '') {
  const merged = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      const key = path === '' ? name : `${path}.${name}`;
      const existing = merged[name];
      if (existing === undefined) merged[name] = value;
      else if (typeof existing === 'object' && typeof value === 'object') merged[name] = merge([existing, value], key);
      else throw new Error(`catalogue key ${key} is defined by two parts`);
    }
  }
  return merged;
}

/** Both languages of one surface's bundle: the shared part and the surface's own. */
export function surfaceCatalogues(localesDir, surface) {
  return Object.fromEntries(LANGUAGES.map((language) =>
    [language, merge([readPart(localesDir, 'shared', language), readPart(localesDir, surface, language)])]));
}

/** Writes every part, merged, to each `translations.resources` entry of the manifest (paths from the app root). */
export function writeTranslations(appRoot, localesDir, resources) {
  const parts = readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const { key, path } of resources) {
    const target = resolve(appRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(merge(parts.map((part) => readPart(localesDir, part, key))), null, 2)}\n`);
  }
}
