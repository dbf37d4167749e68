// Tab inside a modal: wraps from the last control to the first and back, and goes nowhere without controls.
import { focusAfterTab } from '../../../../static/ui/dialog/focus-wrap';

const dialog = 'dialog';
const controls = ['close', 'name', 'save'];

describe('focusAfterTab', () => {
  it('wraps forwards from the last control and backwards from the first', () => {
    expect(focusAfterTab(controls, 'save', dialog, false)).toEqual({ kind: 'focus', target: 'close' });
    expect(focusAfterTab(controls, 'close', dialog, true)).toEqual({ kind: 'focus', target: 'save' });
  });

  it('goes backwards to the last control from the dialog itself', () => {
    expect(focusAfterTab(controls, dialog, dialog, true)).toEqual({ kind: 'focus', target: 'save' });
  });

  it('leaves moves between controls to the browser', () => {
    expect(focusAfterTab(controls, 'name', dialog, false)).toEqual({ kind: 'native' });
    expect(focusAfterTab(controls, 'name', dialog, true)).toEqual({ kind: 'native' });
    expect(focusAfterTab(controls, dialog, dialog, false)).toEqual({ kind: 'native' });
  });

  it('keeps focus where it is when nothing can take it', () => {
    expect(focusAfterTab([], dialog, dialog, false)).toEqual({ kind: 'stay' });
    expect(focusAfterTab([], null, dialog, true)).toEqual({ kind: 'stay' });
  });
});
