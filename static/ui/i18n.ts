// The i18n catalogue (locales/*.json, the same files the manifest's `translations` use) and a typed translator.
// The language comes from the Forge context locale; anything but Chinese falls back to English.
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof enUS>;
export type Language = 'en-US' | 'zh-CN';
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const catalogues: Readonly<Record<Language, unknown>> = { 'en-US': enUS, 'zh-CN': zhCN };

/** Maps a Forge locale (`zh_CN`, `zh-CN`, `en_US`, ...) to a catalogue language, English by default. */
export function pickLanguage(locale: string | undefined): Language {
  return locale !== undefined && /^zh([-_]|$)/i.test(locale) ? 'zh-CN' : 'en-US';
}

function lookup(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translator for one language; `{name}` placeholders are filled from `params`. */
export function createTranslator(language: Language): Translate {
  return (key, params) => {
    const template = lookup(catalogues[language], key) ?? lookup(enUS, key) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : String(value);
    });
  };
}

/** Formats numbers and dates in the user's language. */
export function formatNumber(language: Language, value: number, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
