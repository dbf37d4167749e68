// The one translator behind the app's pages and the workbench: looks a dotted key up in a catalogue handed in as
// data, fills `{name}` placeholders, falls back to English, and maps a Forge locale to a catalogue language.
// Pure on purpose (no imports, no DOM, no Node): the browser bundles and the workbench run this same file.

export type Language = 'en-US' | 'zh-CN';

/** Nested messages, as in the catalogue files: `{ "errors": { "CONFLICT": "..." } }`. */
export interface Catalogue {
  readonly [name: string]: string | Catalogue;
}

/** Every message of both languages. */
export type Catalogues = Readonly<Record<Language, Catalogue>>;

/** The dotted key of every message of a catalogue's type (`errors.CONFLICT`, ...), so a wrong key does not compile. */
export type MessageKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/** Maps a Forge locale (`zh_CN`, `zh-CN`, `en_US`, ...) to a catalogue language, English by default. */
export function pickLanguage(locale: string | undefined): Language {
  return locale !== undefined && /^zh([-_]|$)/i.test(locale) ? 'zh-CN' : 'en-US';
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator for one language: the message in that language, else the English one, else the key itself;
 * `{name}` placeholders are filled from `params` and stay visible when a value is missing.
 */
export function createTranslator<K extends string>(catalogues: Catalogues, language: Language): Translate<K> {
  return (key, params) => {
    const template = lookup(catalogues[language], key) ?? lookup(catalogues['en-US'], key) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : String(value);
    });
  };
}
