// Ages in the user's language: the unit is the largest whole one, the wording and plural come from Intl.
import { ageOf, formatAge } from '../../../static/ui/relative-age';

const at = Date.parse('2026-12-02T12:00:00Z');
const ago = (ms: number) => new Date(at - ms).toISOString();

describe('ageOf', () => {
  it.each([
    [0, { value: 0, unit: 'second' }],
    [59_999, { value: 59, unit: 'second' }],
    [60_000, { value: 1, unit: 'minute' }],
    [3 * 60_000 + 59_000, { value: 3, unit: 'minute' }],
    [3_600_000, { value: 1, unit: 'hour' }],
    [23 * 3_600_000, { value: 23, unit: 'hour' }],
    [50 * 3_600_000, { value: 2, unit: 'day' }],
  ])('%d ms ago is %j', (ms, age) => {
    expect(ageOf(ago(ms), at)).toEqual(age);
  });

  it('reads an instant in the future (a clock behind the server\'s) as now', () => {
    expect(ageOf(new Date(at + 5000).toISOString(), at)).toEqual({ value: 0, unit: 'second' });
  });
});

describe('formatAge', () => {
  it('is the caller\'s words under ten seconds, then plural-correct in English', () => {
    expect(formatAge('en-US', ago(3000), at, 'just now')).toBe('just now');
    expect(formatAge('en-US', ago(12_000), at, 'just now')).toBe('12 seconds ago');
    expect(formatAge('en-US', ago(60_000), at, 'just now')).toBe('1 minute ago');
    expect(formatAge('en-US', ago(3 * 60_000), at, 'just now')).toBe('3 minutes ago');
    expect(formatAge('en-US', ago(2 * 3_600_000), at, 'just now')).toBe('2 hours ago');
  });

  it('speaks Chinese', () => {
    expect(formatAge('zh-CN', ago(3 * 60_000), at, '刚刚')).toBe('3分钟前');
    expect(formatAge('zh-CN', ago(1000), at, '刚刚')).toBe('刚刚');
  });
});
