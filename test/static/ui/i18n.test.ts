// The translator picks the language from the Forge locale and fills placeholders.
import { createTranslator, pickLanguage } from '../../../static/ui/i18n';

describe('pickLanguage', () => {
  it.each([
    ['zh_CN', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['en_US', 'en-US'], ['fr_FR', 'en-US'], [undefined, 'en-US'],
  ] as const)('%s -> %s', (locale, language) => {
    expect(pickLanguage(locale)).toBe(language);
  });
});

describe('createTranslator', () => {
  it('fills placeholders in each language', () => {
    expect(createTranslator('en-US')('errors.bridge', { message: 'timeout' })).toBe('The app could not talk to Jira or Confluence: timeout');
    expect(createTranslator('zh-CN')('errors.bridge', { message: 'timeout' })).toBe('应用无法与 Jira 或 Confluence 通信：timeout');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createTranslator('en-US')('errors.bridge')).toBe('The app could not talk to Jira or Confluence: {message}');
  });
});
