// The page's translator reads its bundle's catalogue (under jest, the shared part: see test/support).
import { createTranslator } from '../../../static/ui/i18n';

describe('the page translator', () => {
  it('speaks both languages from the catalogue', () => {
    expect(createTranslator('en-US')('common.retry')).toBe('Try again');
    expect(createTranslator('zh-CN')('common.retry')).toBe('重试');
    expect(createTranslator('zh-CN')('errors.bridge', { message: 'timeout' })).toBe('应用无法与 Jira 或 Confluence 通信：timeout');
  });
});
