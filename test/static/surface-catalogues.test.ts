// Each built Custom UI bundle carries the strings of the catalogue parts locales/bundles.json gives it (the shared
// part, its own, parts shared between surfaces such as `schedule`) and none of another part's (another surface's, the
// manifest's, the workbench's); and each surface's source, and the shared folders it uses, name only keys it carries.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appParts, LANGUAGES, readCatalogue, root } from '../support/catalogue-files';

const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { resources: { key: string; path: string }[] };
const bundles = JSON.parse(readFileSync(join(root, 'locales/bundles.json'), 'utf8')) as Record<string, string[]>;
const surfaces = manifest.resources.map((r) => /^static\/([\w-]+)\/build$/.exec(r.path)?.[1]).filter((s): s is string => s !== undefined);

const filesUnder = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).map((f) => join(root, dir, f));

const messagesOf = (folders: readonly string[]): Set<string> =>
  new Set(folders.flatMap((folder) => LANGUAGES.flatMap((language) => [...readCatalogue(folder, language).values()])));

/** The message as a string literal in minified code, in any of the three quote styles. */
const literals = (message: string): string[] =>
  [`\`${message.replace(/[`\\]|\$\{/g, '\\$&')}\``, JSON.stringify(message), `'${message.replace(/['\\]/g, '\\$&')}'`];
const carries = (bundle: string, message: string) => literals(message).some((literal) => bundle.includes(literal));
/** A message no code would spell by chance: single ASCII words like `done` are also enum values, and a lone `—` is punctuation. */
const distinctive = (message: string) => message.length > 1 && /\s|[^ -~]/.test(message);

describe.each(surfaces)('the %s bundle', (surface) => {
  const parts = bundles[surface] ?? [];
  const own = parts.map((part) => `locales/${part}`);
  /** The surface's folder and the shared folder of each other part it gets (static/schedule for `schedule`). */
  const sources = parts.filter((part) => part !== 'shared' && existsSync(join(root, 'static', part))).map((part) => `static/${part}`);
  const others = [...appParts().map((part) => `locales/${part}`).filter((folder) => !own.includes(folder)), 'workbench/locales'];
  const bundle = () => filesUnder(`static/${surface}/build`, /\.js$/).map((file) => readFileSync(file, 'utf8')).join('\n');

  it('has a catalogue part of its own, and the shared part, in locales/bundles.json', () => {
    expect(appParts()).toContain(surface);
    expect(parts).toEqual(expect.arrayContaining(['shared', surface]));
    expect(parts.filter((part) => !appParts().includes(part))).toEqual([]);
  });

  it('carries its own and the shared strings, in both languages', () => {
    const code = bundle();
    expect([...messagesOf(own)].filter((message) => !carries(code, message))).toEqual([]);
  });

  it('carries no string of another part', () => {
    const code = bundle();
    const ownMessages = messagesOf(own);
    expect([...messagesOf(others)].filter((message) => distinctive(message) && !ownMessages.has(message) && carries(code, message))).toEqual([]);
  });

  it('names in its source (and in the shared page kit) only keys its bundle carries', () => {
    const allKeys = new Set(appParts().flatMap((part) => [...readCatalogue(`locales/${part}`, 'en-US').keys()]));
    const ownKeys = new Set(own.flatMap((folder) => [...readCatalogue(folder, 'en-US').keys()]));
    const named = [...sources.flatMap((folder) => filesUnder(folder, /^(?!build\/).*\.tsx?$/)), ...filesUnder('static/ui', /\.tsx?$/)]
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z]\w*(?:\.\w+)+)['"`]/g)].map((m) => m[1] ?? ''));
    expect([...new Set(named)].filter((key) => allKeys.has(key) && !ownKeys.has(key))).toEqual([]);
  });
});
