// The report page's wording in each language: the `reportPage` part of the diagnosis catalogue
// (locales/diagnosis), read once and flattened to dotted keys for the domain's page renderer.
import { z } from 'zod';
import en from '../../../locales/diagnosis/en-US.json';
import zh from '../../../locales/diagnosis/zh-CN.json';
import type { ReportWording } from '../../domain/diagnosis/report-page';

export type ReportLanguage = 'en-US' | 'zh-CN';

type Tree = { readonly [key: string]: string | Tree };
const treeSchema: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([z.string(), treeSchema])));

function flatten(tree: Tree, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into[`${prefix}${key}`] = value;
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

const cache = new Map<ReportLanguage, ReportWording>();

/** The report wording of `language` (English fills any message the other lacks). */
export function reportWording(language: ReportLanguage): ReportWording {
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  const part = (catalogue: unknown) => flatten(treeSchema.parse((catalogue as { reportPage?: unknown }).reportPage ?? {}));
  const wording = { ...part(en), ...(language === 'zh-CN' ? part(zh) : {}) };
  cache.set(language, wording);
  return wording;
}

/** The caller's language from their Forge locale (`zh_CN`, `zh-CN` -> Chinese; anything else English). */
export const languageOf = (locale: string): ReportLanguage => (/^zh([-_]|$)/i.test(locale) ? 'zh-CN' : 'en-US');
