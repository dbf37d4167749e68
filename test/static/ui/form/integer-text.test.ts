// A whole-number editor commits only a whole number within its bounds.
import { parseInteger } from '../../../../static/ui/form/integer-text';

describe('parseInteger', () => {
  it.each([
    ['5', 5], [' 12 ', 12], ['0', 0], ['9999', 9999], ['-3', -3],
  ] as const)('reads %j as %d', (text, value) => {
    expect(parseInteger(text, -10, 9999)).toBe(value);
  });

  it.each(['', '  ', '1.5', 'abc', '10000', '-11', '1e9'])('refuses %j', (text) => {
    expect(parseInteger(text, -10, 9999)).toBeUndefined();
  });
});
