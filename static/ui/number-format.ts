// One cached Intl.NumberFormat per language and style: the screens format thousands of cells, and building a
// formatter is far dearer than using one.
import type { Language } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();

/** The formatter of `language` for `options`, made once per `key` (which names the options). */
export function numberFormat(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}|${key}`;
  let format = cache.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, options);
    cache.set(id, format);
  }
  return format;
}
