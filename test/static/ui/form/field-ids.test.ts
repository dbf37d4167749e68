// A field's control is described by its hint and, while there is one, its error; invalid and required say so.
import { describedBy, fieldControlProps, fieldIds } from '../../../../static/ui/form/field-ids';

describe('fieldControlProps', () => {
  it('points at the hint, and at the error only while one is shown', () => {
    expect(fieldControlProps('f', { hint: true, error: false, required: false })).toEqual({
      id: 'f', 'aria-invalid': false, 'aria-describedby': 'f-hint', required: false,
    });
    expect(fieldControlProps('f', { hint: true, error: true, required: false })['aria-describedby']).toBe('f-hint f-error');
    expect(fieldControlProps('f', { hint: false, error: true, required: true })).toEqual({
      id: 'f', 'aria-invalid': true, 'aria-describedby': 'f-error', required: true,
    });
  });

  it('describes nothing when there is neither hint nor error', () => {
    expect(fieldControlProps('f', { hint: false, error: false, required: false })['aria-describedby']).toBeUndefined();
  });
});

describe('describedBy', () => {
  it('joins the ids that are there', () => {
    expect(describedBy('a', undefined, false, '', 'b')).toBe('a b');
    expect(describedBy(undefined, false)).toBeUndefined();
  });

  it('derives the hint and error ids from the control id', () => {
    expect(fieldIds('x')).toEqual({ hint: 'x-hint', error: 'x-error' });
  });
});
