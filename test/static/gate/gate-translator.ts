// A translator over the gate bundle's real catalogue parts (shared + gate), as the built page has them.
import sharedEn from '../../../locales/shared/en-US.json';
import sharedZh from '../../../locales/shared/zh-CN.json';
import gateEn from '../../../locales/gate/en-US.json';
import gateZh from '../../../locales/gate/zh-CN.json';
import { createTranslator, type Language } from '../../../src/i18n/translator';
import type { MessageKey, Translate } from '../../../static/ui/i18n';

export function gateTranslator(language: Language): Translate {
  return createTranslator<MessageKey>({ 'en-US': { ...sharedEn, ...gateEn }, 'zh-CN': { ...sharedZh, ...gateZh } }, language);
}
