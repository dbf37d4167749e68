// The diagnosis screens' number formats: a conversion change is an absolute change of a share, so it reads in
// percentage points (0.02 -> +2.0), never as a percentage of the conversion.
import { formatChange, formatPoints } from '../../../static/diagnosis/format';

describe('formatPoints', () => {
  it.each([
    [0.02, '+2.0'], [-0.005, '-0.5'], [0, '0.0'], [0.1234, '+12.3'],
  ])('%p -> %p in English', (change, text) => {
    expect(formatPoints('en-US', change)).toBe(text);
  });

  it('is not the relative change of the same number', () => {
    expect(formatPoints('en-US', 0.02)).not.toBe(formatChange('en-US', 0.02));
    expect(formatPoints('zh-CN', -0.03)).toBe('-3.0');
  });
});
