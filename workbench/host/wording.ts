// The words of the workbench's own pages (workbench/locales, typed keys) and of the app's modules (their titles,
// from the Forge translation files manifest.yml names, as the product reads them), in the demo user's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createTranslator, pickLanguage, type Catalogue, type Catalogues, type MessageKeys, type Translate } from '../../src/i18n/translator';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import type { ManifestText } from './manifest-modules';

export type WorkbenchKey = MessageKeys<typeof enUS>;

export interface Wording {
  /** The workbench's own words. */
  readonly t: Translate<WorkbenchKey>;
  /** The app's translations (`manifest.*` keys), for module titles. */
  readonly app: Translate<string>;
}

const catalogueSchema: z.ZodType<Catalogue> = z.lazy(() => z.record(z.string(), z.union([z.string(), catalogueSchema])));
const workbenchCatalogues: Catalogues = { 'en-US': enUS, 'zh-CN': zhCN };

/** Reads the Forge translation files (locale -> path from the app root); they are build output of `npm run build`. */
export function readAppTranslations(appRoot: string, files: ReadonlyMap<string, string>): Catalogues {
  const read = (language: keyof Catalogues): Catalogue => {
    const path = files.get(language);
    if (path === undefined) throw new Error(`manifest.yml names no ${language} translation file`);
    let text: string;
    try { text = readFileSync(resolve(appRoot, path), 'utf8'); } catch { throw new Error(`translation file ${path} is missing (run npm run build)`); }
    return catalogueSchema.parse(JSON.parse(text));
  };
  return { 'en-US': read('en-US'), 'zh-CN': read('zh-CN') };
}

/** The words for a user with this Forge locale. */
export function wordingFor(locale: string, appTranslations: Catalogues): Wording {
  const language = pickLanguage(locale);
  return { t: createTranslator<WorkbenchKey>(workbenchCatalogues, language), app: createTranslator<string>(appTranslations, language) };
}

/** A manifest text (literal, or an `i18n` key of the app's translations) in the wording's language. */
export const manifestText = (wording: Wording) => (text: ManifestText): string => (typeof text === 'string' ? text : wording.app(text.i18n));
