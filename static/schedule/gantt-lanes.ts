// The Gantt's lines in order: tasks by early start; on a release, one lane per epic (a heading line with the
// lane's span, then its tasks), lanes in the order their work starts, the tasks without an epic last.
import type { TaskRow } from './task-rows';

export type GanttLine =
  | { readonly kind: 'task'; readonly row: TaskRow }
  | {
    readonly kind: 'lane';
    /** null: the release's issues that belong to no epic. */
    readonly epicKey: string | null;
    readonly summary: string;
    readonly count: number;
    /** Earliest start and latest finish (CPM indices) of the lane's tasks. */
    readonly es: number;
    readonly ef: number;
    readonly critical: boolean;
  };

const byStart = (a: TaskRow, b: TaskRow) => a.es - b.es || a.ef - b.ef || a.order - b.order;

/** Without `lanes`, the tasks by start; with it (epic key -> summary), grouped under one lane per epic. */
export function ganttLanes(rows: readonly TaskRow[], lanes: ReadonlyMap<string, string> | undefined): GanttLine[] {
  const sorted = [...rows].sort(byStart);
  if (lanes === undefined) return sorted.map((row) => ({ kind: 'task', row }));
  const groups = new Map<string | null, TaskRow[]>();
  for (const row of sorted) {
    const key = row.epicKey ?? null;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  }
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : 0));
  return order.flatMap((key): GanttLine[] => {
    const members = groups.get(key) ?? [];
    const lane: GanttLine = {
      kind: 'lane',
      epicKey: key,
      summary: key === null ? '' : lanes.get(key) ?? '',
      count: members.length,
      es: Math.min(...members.map((row) => row.es)),
      ef: Math.max(...members.map((row) => row.ef)),
      critical: members.some((row) => row.critical),
    };
    return [lane, ...members.map((row): GanttLine => ({ kind: 'task', row }))];
  });
}
