// The data table's model over plain rows: words filter the searched columns, any column sorts both ways with
// ties in the order given, a header click flips or starts a sort, and tuples and issue keys order naturally.
import { issueKeySortValue } from '../../../../static/ui/table/issue-key-order';
import { compareSortValues, filterRows, nextSort, sortRows, type TableColumn } from '../../../../static/ui/table/table-model';

interface Person {
  readonly name: string;
  readonly city: string;
  readonly age: number;
  readonly note: string;
}

const people: readonly Person[] = [
  { name: 'Zhang San', city: 'Shanghai', age: 30, note: 'lead' },
  { name: 'Li Wei', city: 'Beijing', age: 25, note: '' },
  { name: 'Ana Souza', city: 'Lisbon', age: 30, note: 'remote' },
  { name: 'Ben Ode', city: 'Lagos', age: 41, note: 'new hire' },
];

const columns: readonly TableColumn<Person>[] = [
  { id: 'name', header: 'Name', sortValue: (p) => p.name, filterText: (p) => p.name },
  { id: 'city', header: 'City', sortValue: (p) => p.city, filterText: (p) => p.city },
  { id: 'age', header: 'Age', numeric: true, sortValue: (p) => p.age },
  { id: 'note', header: 'Note' },
];
const names = (list: readonly Person[]) => list.map((p) => p.name);

describe('filterRows', () => {
  it('keeps rows whose searched columns hold every word, in any case', () => {
    expect(names(filterRows(people, columns, 'li'))).toEqual(['Li Wei', 'Ana Souza']);
    expect(names(filterRows(people, columns, 'ANA lisbon'))).toEqual(['Ana Souza']);
    expect(names(filterRows(people, columns, 'ana beijing'))).toEqual([]);
    expect(filterRows(people, columns, '   ')).toHaveLength(people.length);
  });

  it('does not search columns without filter text', () => {
    expect(filterRows(people, columns, 'remote')).toEqual([]);
    expect(filterRows(people, columns, '41')).toEqual([]);
  });

  it("applies the caller's own filter with the words", () => {
    const thirty = (p: Person) => p.age === 30;
    expect(names(filterRows(people, columns, '', thirty))).toEqual(['Zhang San', 'Ana Souza']);
    expect(names(filterRows(people, columns, 'shanghai', thirty))).toEqual(['Zhang San']);
  });
});

describe('sortRows', () => {
  it('sorts by any sortable column, both ways, ties in the order given', () => {
    expect(names(sortRows(people, columns, { columnId: 'name', direction: 'ascending' }))).toEqual(['Ana Souza', 'Ben Ode', 'Li Wei', 'Zhang San']);
    expect(names(sortRows(people, columns, { columnId: 'age', direction: 'ascending' }))).toEqual(['Li Wei', 'Zhang San', 'Ana Souza', 'Ben Ode']);
    expect(names(sortRows(people, columns, { columnId: 'age', direction: 'descending' }))).toEqual(['Ben Ode', 'Zhang San', 'Ana Souza', 'Li Wei']);
  });

  it('keeps the order given without a sort or for a column that cannot sort, and never changes its input', () => {
    const before = names(people);
    expect(names(sortRows(people, columns, undefined))).toEqual(before);
    expect(names(sortRows(people, columns, { columnId: 'note', direction: 'descending' }))).toEqual(before);
    sortRows(people, columns, { columnId: 'name', direction: 'descending' });
    expect(names(people)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips on a second click and starts ascending on a new column', () => {
    expect(nextSort(undefined, 'age')).toEqual({ columnId: 'age', direction: 'ascending' });
    expect(nextSort({ columnId: 'age', direction: 'ascending' }, 'age')).toEqual({ columnId: 'age', direction: 'descending' });
    expect(nextSort({ columnId: 'age', direction: 'descending' }, 'age')).toEqual({ columnId: 'age', direction: 'ascending' });
    expect(nextSort({ columnId: 'age', direction: 'descending' }, 'name')).toEqual({ columnId: 'name', direction: 'ascending' });
  });
});

describe('compareSortValues', () => {
  it('compares numbers as numbers, text as text, tuples element by element', () => {
    expect(compareSortValues(9, 10)).toBeLessThan(0);
    expect(compareSortValues('b', 'a')).toBeGreaterThan(0);
    expect(compareSortValues(['a', 2], ['a', 10])).toBeLessThan(0);
    expect(compareSortValues(['a'], ['a', 1])).toBeLessThan(0);
    expect(compareSortValues(['a', 1], ['a'])).toBeGreaterThan(0);
    expect(compareSortValues(['a', 1], ['a', 1])).toBe(0);
  });

  it('orders issue keys by project, then number', () => {
    const keys = ['PERP-10', 'PERP-9', 'ABC-2', 'PERP-1', 'NOKEY'];
    expect([...keys].sort((a, b) => compareSortValues(issueKeySortValue(a), issueKeySortValue(b)))).toEqual(['ABC-2', 'NOKEY', 'PERP-1', 'PERP-9', 'PERP-10']);
  });
});
