// Row virtualization: the rows in the viewport plus the overscan, clamped to the list.
import { visibleRange } from '../../../../static/ui/table/visible-range';

describe('visibleRange', () => {
  it('starts at the top with the overscan below', () => {
    expect(visibleRange({ scrollTop: 0, height: 370 }, 500, 37, 37, 8)).toEqual({ start: 0, end: 18 });
  });

  it('follows the scroll, the sticky header not counted as a row', () => {
    expect(visibleRange({ scrollTop: 37 + 100 * 37, height: 370 }, 500, 37, 37, 8)).toEqual({ start: 92, end: 118 });
  });

  it('stops at the end of a short list', () => {
    expect(visibleRange({ scrollTop: 0, height: 2000 }, 12, 37, 37, 8)).toEqual({ start: 0, end: 12 });
    expect(visibleRange({ scrollTop: 40 * 37, height: 370 }, 45, 37, 0, 8)).toEqual({ start: 32, end: 45 });
  });
});
