// Every catalogue (each part of the app's, and the workbench's own) carries the same keys in both languages, each
// message with the same placeholders, translated; and no key is defined by two of the app's parts.
import { appParts, readCatalogue } from './support/catalogue-files';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Messages that read the same in both languages. */
const SAME_IN_BOTH = ['common.appVersion'];

const folders = [...appParts().map((part) => `locales/${part}`), 'workbench/locales'];

describe.each(folders)('catalogue %s', (folder) => {
  const en = readCatalogue(folder, 'en-US');
  const zh = readCatalogue(folder, 'zh-CN');

  it('has the same keys in both languages', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(0);
  });

  it('has the same placeholders in every message', () => {
    for (const [key, message] of en) expect({ key, placeholders: placeholders(zh.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(message) });
  });

  it('has no empty message, and its Chinese messages are translated', () => {
    for (const [key, message] of zh) expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
    const untranslated = [...zh].filter(([key, message]) => message === en.get(key) && /[a-z]{4}/.test(message.replace(/\{\w+\}/g, '')));
    expect(untranslated.map(([key]) => key).filter((key) => !SAME_IN_BOTH.includes(key))).toEqual([]);
  });
});

describe('the app catalogue parts', () => {
  it('define each key once', () => {
    const owners = new Map<string, string[]>();
    for (const part of appParts()) for (const key of readCatalogue(`locales/${part}`, 'en-US').keys()) owners.set(key, [...(owners.get(key) ?? []), part]);
    expect([...owners].filter(([, parts]) => parts.length > 1)).toEqual([]);
  });
});
