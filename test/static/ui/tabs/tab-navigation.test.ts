// Roving focus in a tab list: arrows wrap around, Home and End jump to the ends, other keys do nothing.
import { tabIds, tabIndexAfterKey } from '../../../../static/ui/tabs/tab-navigation';

describe('tabIndexAfterKey', () => {
  it.each([
    ['ArrowRight', 0, 1], ['ArrowRight', 2, 0], ['ArrowLeft', 0, 2], ['ArrowLeft', 1, 0], ['Home', 2, 0], ['End', 0, 2],
  ] as const)('%s from %i -> %i', (key, current, expected) => {
    expect(tabIndexAfterKey(key, current, 3)).toBe(expected);
  });

  it('ignores other keys, and a list without tabs', () => {
    expect(tabIndexAfterKey('Enter', 1, 3)).toBeUndefined();
    expect(tabIndexAfterKey('ArrowDown', 1, 3)).toBeUndefined();
    expect(tabIndexAfterKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('tabIds', () => {
  it('ties a tab to its panel', () => {
    expect(tabIds('dp', 'gantt')).toEqual({ tab: 'dp-tab-gantt', panel: 'dp-panel-gantt' });
  });
});
