// Grouping the network by epic: a collapsed epic is drawn as one box standing for all its tasks, and the links
// into, out of and between collapsed epics become one arrow per pair of boxes (critical when any link behind it
// drives the critical path). This is what keeps a release of hundreds of tasks readable. Pure, tested alone.
import type { LinkType } from '../../src/domain/schedule';
import type { TaskRow } from './task-rows';

/** The group of the tasks without an epic. */
export const NO_EPIC = '';

export interface GroupBox {
  /** The node id: `epic:<key>` (or `epic:` for the tasks without an epic). */
  readonly id: string;
  readonly epicKey: string;
  readonly summary: string;
  readonly tasks: number;
  readonly critical: number;
  readonly done: number;
  readonly start: string;
  readonly finish: string;
}

export interface GroupedLink {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lag: number;
  readonly critical: boolean;
}

export interface GroupedNetwork {
  readonly nodeIds: readonly string[];
  readonly links: readonly GroupedLink[];
  readonly boxes: ReadonlyMap<string, GroupBox>;
}

interface LinkInput {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lag: number;
}

export const groupNodeId = (epicKey: string) => `epic:${epicKey}`;

/** Every group of the rows: epic key (NO_EPIC for none) -> its rows, in the order the rows come. */
export function groupsOf(rows: readonly TaskRow[]): ReadonlyMap<string, readonly TaskRow[]> {
  const groups = new Map<string, TaskRow[]>();
  for (const row of rows) {
    const key = row.epicKey ?? NO_EPIC;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  }
  return groups;
}

/**
 * The network with the `collapsed` epics folded into boxes; `flags[i]` says whether `links[i]` is critical.
 * Links inside one collapsed epic disappear; parallel links between two nodes become one.
 */
export function collapseGroups(
  rows: readonly TaskRow[],
  links: readonly LinkInput[],
  flags: readonly boolean[],
  summaries: ReadonlyMap<string, string>,
  collapsed: ReadonlySet<string>,
): GroupedNetwork {
  const nodeOf = new Map<string, string>();
  const boxes = new Map<string, GroupBox>();
  const nodeIds: string[] = [];
  for (const [epicKey, members] of groupsOf(rows)) {
    if (!collapsed.has(epicKey)) {
      for (const row of members) { nodeOf.set(row.id, row.id); nodeIds.push(row.id); }
      continue;
    }
    const id = groupNodeId(epicKey);
    for (const row of members) nodeOf.set(row.id, id);
    nodeIds.push(id);
    const first = members.reduce((a, b) => (b.es < a.es ? b : a));
    const last = members.reduce((a, b) => (b.ef > a.ef ? b : a));
    boxes.set(id, {
      id, epicKey, summary: summaries.get(epicKey) ?? '', tasks: members.length,
      critical: members.filter((row) => row.critical).length,
      done: members.filter((row) => row.done).length,
      start: first.start, finish: last.finish,
    });
  }
  const merged = new Map<string, GroupedLink>();
  links.forEach((link, i) => {
    const from = nodeOf.get(link.from);
    const to = nodeOf.get(link.to);
    if (from === undefined || to === undefined || from === to) return;
    const folded = boxes.has(from) || boxes.has(to);
    const key = folded ? `${from}\u0000${to}` : `${from}\u0000${to}\u0000${i}`;
    const critical = flags[i] === true;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, folded ? { from, to, type: 'FS', lag: 0, critical } : { from, to, type: link.type, lag: link.lag, critical });
    else if (critical && !existing.critical) merged.set(key, { ...existing, critical });
  });
  return { nodeIds, links: [...merged.values()], boxes };
}
