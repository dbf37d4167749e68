// The pure translator: the language from a Forge locale, lookup with English fallback, placeholders.
import { createTranslator, pickLanguage, type Catalogues } from '../../src/i18n/translator';

const catalogues: Catalogues = {
  'en-US': { errors: { bridge: 'The app could not talk to Jira or Confluence: {message}' }, only: { english: 'English only' } },
  'zh-CN': { errors: { bridge: '应用无法与 Jira 或 Confluence 通信：{message}' } },
};

describe('pickLanguage', () => {
  it.each([
    ['zh_CN', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['en_US', 'en-US'], ['fr_FR', 'en-US'], [undefined, 'en-US'],
  ] as const)('%s -> %s', (locale, language) => {
    expect(pickLanguage(locale)).toBe(language);
  });
});

describe('createTranslator', () => {
  it('fills placeholders in each language', () => {
    expect(createTranslator(catalogues, 'en-US')('errors.bridge', { message: 'timeout' })).toBe('The app could not talk to Jira or Confluence: timeout');
    expect(createTranslator(catalogues, 'zh-CN')('errors.bridge', { message: 'timeout' })).toBe('应用无法与 Jira 或 Confluence 通信：timeout');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createTranslator(catalogues, 'en-US')('errors.bridge')).toBe('The app could not talk to Jira or Confluence: {message}');
  });

  it('falls back to English, then to the key', () => {
    const t = createTranslator(catalogues, 'zh-CN');
    expect(t('only.english')).toBe('English only');
    expect(t('errors.missing')).toBe('errors.missing');
    expect(t('errors.bridge.deeper')).toBe('errors.bridge.deeper');
  });
});
