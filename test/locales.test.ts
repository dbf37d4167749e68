// Both catalogues carry exactly the same keys, and each message the same placeholders.
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, value] of Object.entries(node)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const en = flatten(enUS);
  const zh = flatten(zhCN);

  it('have the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(20);
  });

  it('have the same placeholders in every message', () => {
    for (const [key, message] of en) expect({ key, placeholders: placeholders(zh.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(message) });
  });

  it('have no empty message, and Chinese messages are translated', () => {
    for (const [key, message] of zh) {
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
    }
    const untranslated = [...zh].filter(([key, message]) => message === en.get(key) && /[a-z]{4}/.test(message.replace(/\{\w+\}/g, '')));
    expect(untranslated.map(([key]) => key)).toEqual(['common.appVersion']);
  });
});
