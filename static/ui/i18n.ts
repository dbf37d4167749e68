// The page's translator over this bundle's catalogue: the build resolves `virtual:launch-control/catalogue` to the
// parts locales/bundles.json gives the surface (scripts/build-static.mjs). Message keys are typed from every
// catalogue part (types only: no other surface's strings enter a bundle); the language comes from the locale.
import catalogues from 'virtual:launch-control/catalogue';
import { createTranslator as translatorOver, pickLanguage, type Language, type MessageKeys, type Translate as TranslateKeys } from '../../src/i18n/translator';
import type campaignConfig from '../../locales/campaign-config/en-US.json';
import type campaign from '../../locales/campaign/en-US.json';
import type dependencies from '../../locales/dependencies/en-US.json';
import type diagnosis from '../../locales/diagnosis/en-US.json';
import type gate from '../../locales/gate/en-US.json';
import type issueContext from '../../locales/issue-context/en-US.json';
import type metricsImport from '../../locales/metrics-import/en-US.json';
import type releaseSchedule from '../../locales/release-schedule/en-US.json';
import type schedule from '../../locales/schedule/en-US.json';
import type shared from '../../locales/shared/en-US.json';
import type sop from '../../locales/sop/en-US.json';

export type MessageKey =
  | MessageKeys<typeof shared> | MessageKeys<typeof gate> | MessageKeys<typeof dependencies> | MessageKeys<typeof sop>
  | MessageKeys<typeof campaign> | MessageKeys<typeof campaignConfig> | MessageKeys<typeof schedule> | MessageKeys<typeof issueContext>
  | MessageKeys<typeof releaseSchedule> | MessageKeys<typeof metricsImport> | MessageKeys<typeof diagnosis>;
export type Translate = TranslateKeys<MessageKey>;
export type { Language };
export { pickLanguage };

/** A translator for one language over this bundle's catalogue. */
export function createTranslator(language: Language): Translate {
  return translatorOver<MessageKey>(catalogues, language);
}

/** Formats numbers and dates in the user's language. */
export function formatNumber(language: Language, value: number, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
