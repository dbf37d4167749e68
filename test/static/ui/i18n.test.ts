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
    expect(createTranslator('en-US')('errors.NOT_FOUND', { message: 'PERP-9' })).toBe('Not found: PERP-9');
    expect(createTranslator('zh-CN')('errors.NOT_FOUND', { message: 'PERP-9' })).toBe('未找到：PERP-9');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createTranslator('en-US')('errors.NOT_FOUND')).toBe('Not found: {message}');
  });
});
