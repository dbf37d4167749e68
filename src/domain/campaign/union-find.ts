// Disjoint sets over string keys with path halving and union by size: near-linear clustering of accounts
// linked by shared identifiers or closed trading loops (never an all-pairs loop).

export interface UnionFind {
  union(a: string, b: string): void;
  find(a: string): string;
  /** Every set of two or more members, members sorted, sets by their first member. */
  groups(): string[][];
}

export function createUnionFind(): UnionFind {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const find = (a: string): string => {
    if (!parent.has(a)) {
      parent.set(a, a);
      size.set(a, 1);
      return a;
    }
    let x = a;
    for (let p = parent.get(x) ?? x; p !== x; p = parent.get(x) ?? x) {
      const grand = parent.get(p) ?? p;
      parent.set(x, grand);
      x = grand;
    }
    return x;
  };
  return {
    find,
    union(a, b) {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return;
      if ((size.get(ra) ?? 1) < (size.get(rb) ?? 1)) [ra, rb] = [rb, ra];
      parent.set(rb, ra);
      size.set(ra, (size.get(ra) ?? 1) + (size.get(rb) ?? 1));
    },
    groups() {
      const byRoot = new Map<string, string[]>();
      for (const key of parent.keys()) {
        const root = find(key);
        const list = byRoot.get(root) ?? [];
        list.push(key);
        byRoot.set(root, list);
      }
      return [...byRoot.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
    },
  };
}
