// The id index against a Map: interning keeps the first of equal ids, and lookups agree with the Map for short
// ids (held inline), long ids sharing a 12-unit prefix, non-ASCII and NUL units, and non-strings.

import fc from 'fast-check';
import { createIdIndex, findId, internId } from '../../../src/domain/schedule/id-index';

const idArbitrary = fc.oneof(
  fc.string({ maxLength: 14 }),
  fc.string({ unit: 'binary', maxLength: 13 }),
  fc.string({ maxLength: 6 }).map((tail) => `LAUNCH-12345${tail}`),
  fc.constantFrom('a', 'a\u0000', '\u0000', 'PERP-1', 'PERP-10'),
);

describe('id index', () => {
  it('interns and finds ids like a Map does', () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { maxLength: 60 }), fc.array(idArbitrary, { maxLength: 60 }), (known, asked) => {
        const index = createIdIndex(known.length);
        const expected = new Map<string, number>();
        for (const id of known) {
          const fresh = expected.size;
          const got = internId(index, id);
          if (!expected.has(id)) expected.set(id, fresh);
          expect(got).toBe(expected.get(id));
        }
        const queries: unknown[] = [...asked, ...known, 42, undefined, null];
        queries.forEach((query) => {
          const want = typeof query === 'string' ? (expected.get(query) ?? -1) : -1;
          expect(findId(index, query as string)).toBe(want);
        });
      }),
    );
  });
});
