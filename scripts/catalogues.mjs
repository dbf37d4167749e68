// The catalogue parts (locales/<part>/<language>.json: `shared`, one per surface, parts that several surfaces share
// such as `schedule`, and `manifest`) and how they merge: a Custom UI bundle gets the parts locales/bundles.json
// declares for it; each Forge translation file that manifest.yml names gets every part (Forge reads the
// `manifest.*` keys there and serves the files to the UI).
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

/** The catalogue parts each bundle gets (locales/bundles.json): surface -> part names. */
export function bundleParts(localesDir) {
  const path = join(localesDir, 'bundles.json');
  const bundles = JSON.parse(readFileSync(path, 'utf8'));
  for (const [surface, parts] of Object.entries(bundles)) {
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string') || !parts.includes('shared') || !parts.includes(surface)) {
      throw new Error(`${path}: ${surface} must list its catalogue parts, "shared" and "${surface}" among them`);
    }
  }
  return bundles;
}

/** Both languages of one surface's bundle: the parts locales/bundles.json declares for it. */
export function surfaceCatalogues(localesDir, surface) {
  const parts = bundleParts(localesDir)[surface];
  if (parts === undefined) throw new Error(`locales/bundles.json names no catalogue parts for the ${surface} bundle`);
  return Object.fromEntries(LANGUAGES.map((language) =>
    [language, merge(parts.map((part) => readPart(localesDir, part, language)))]));
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
