// Bottlenecks of a scheduled plan: (a) the people carrying the most critical-path work, and how much of it
// lands on them at once; (b) the tasks whose one-day slip delays the most other tasks, i.e. how many tasks
// are reachable from each one through links with no slack at early dates (exact counts, no sampling).

import { orderTasks } from './cycles';
import { linkSlack } from './link-slack';
import type { Plan, PlanTask, ScheduledPlan, ScheduledTask } from './types';

export interface AssigneeLoad {
  readonly assignee: string;
  readonly criticalTasks: number;
  /** Working days of critical work (sum of durations). */
  readonly criticalDays: number;
  /** Most critical tasks of this person in progress on the same working day. */
  readonly peakParallel: number;
  /** First working-day index at which the peak is reached (absent when the tasks are all milestones). */
  readonly peakDay?: number;
}

export interface SlipImpact {
  readonly id: string;
  /** Tasks whose early dates move if this task slips by one working day. */
  readonly delayedTasks: number;
}

export interface Bottlenecks {
  /** People with critical work, most parallel critical work first, then most critical days. */
  readonly assignees: readonly AssigneeLoad[];
  /** Tasks that are not done, most delayed tasks first (ties in plan order). */
  readonly slipImpact: readonly SlipImpact[];
}

/**
 * Finds bottlenecks in a plan and its schedule (from `computeSchedule` on the same plan). A slip moves a
 * successor when the link between them has zero slack and the successor has not started. Counting
 * descendants is linear where the zero-slack links form a forest (the usual case: one driving link per
 * task); where they merge, each task pays a search of the merged part it reaches (worst case tasks x links).
 */
export function findBottlenecks(plan: Plan, schedule: ScheduledPlan): Bottlenecks {
  return { assignees: measureAssigneeLoads(plan, schedule), slipImpact: measureSlipImpact(plan, schedule) };
}

function measureAssigneeLoads(plan: Plan, schedule: ScheduledPlan): AssigneeLoad[] {
  const byAssignee = new Map<string, ScheduledTask[]>();
  schedule.tasks.forEach((scheduled, v) => {
    const assignee = (plan.tasks[v] as PlanTask).assignee;
    if (!scheduled.critical || assignee === undefined) return;
    const list = byAssignee.get(assignee);
    if (list === undefined) byAssignee.set(assignee, [scheduled]);
    else list.push(scheduled);
  });
  const loads: AssigneeLoad[] = [];
  for (const [assignee, tasks] of byAssignee) {
    // Sweep over starts (+1) and finishes (-1); at equal days finishes go first, as ef is exclusive.
    const events = tasks
      .filter((task) => task.ef > task.es)
      .flatMap((task) => [[task.es, 1], [task.ef, -1]] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let running = 0;
    let peakParallel = 0;
    let peakDay: number | undefined;
    for (const [day, delta] of events) {
      running += delta;
      if (running > peakParallel) {
        peakParallel = running;
        peakDay = day;
      }
    }
    const criticalDays = tasks.reduce((sum, task) => sum + task.ef - task.es, 0);
    const load = { assignee, criticalTasks: tasks.length, criticalDays, peakParallel };
    loads.push(peakDay === undefined ? load : { ...load, peakDay });
  }
  return loads.sort(
    (a, b) => b.peakParallel - a.peakParallel || b.criticalDays - a.criticalDays || (a.assignee < b.assignee ? -1 : a.assignee > b.assignee ? 1 : 0),
  );
}

function measureSlipImpact(plan: Plan, schedule: ScheduledPlan): SlipImpact[] {
  const n = plan.tasks.length;
  const index = new Map<string, number>();
  plan.tasks.forEach((task, v) => index.set(task.id, v));
  const tight: number[] = [];
  const outStart = new Int32Array(n + 1);
  for (const link of plan.links) {
    const p = index.get(link.from);
    const s = index.get(link.to);
    if (p === undefined || s === undefined || p === s) continue;
    if ((plan.tasks[s] as PlanTask).actualStart !== undefined) continue;
    if (linkSlack(link, schedule.tasks[p] as ScheduledTask, schedule.tasks[s] as ScheduledTask) !== 0) continue;
    tight.push(p, s);
    outStart[p + 1] = (outStart[p + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
  const cursor = outStart.slice(0, n);
  const outTarget = new Int32Array(tight.length / 2);
  const inDegree = new Int32Array(n);
  for (let k = 0; k < tight.length; k += 2) {
    const p = tight[k] as number;
    const s = tight[k + 1] as number;
    const slot = cursor[p] as number;
    cursor[p] = slot + 1;
    outTarget[slot] = s;
    inDegree[s] = (inDegree[s] as number) + 1;
  }
  const graph = { taskCount: n, outStart, outTarget };
  const ordering = orderTasks(graph);
  // A scheduled plan has no loops, and zero-slack links are a subset of its links.
  const order = ordering.kind === 'ordered' ? ordering.order : new Int32Array(0);

  // A task is tree-like when each task below it has one zero-slack predecessor: then nothing below is
  // reachable twice, and its count is the sum over its children.
  const treeLike = new Uint8Array(n);
  const delayed = new Float64Array(n);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i] as number;
    let tree = 1;
    let count = 0;
    for (let j = outStart[v] as number; j < (outStart[v + 1] as number); j++) {
      const c = outTarget[j] as number;
      if (treeLike[c] === 0 || inDegree[c] !== 1) tree = 0;
      count += 1 + (delayed[c] as number);
    }
    treeLike[v] = tree;
    if (tree === 1) delayed[v] = count;
  }
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (treeLike[v] === 1) continue;
    let total = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = v;
    seen[v] = v;
    while (head < tail) {
      const u = queue[head++] as number;
      for (let j = outStart[u] as number; j < (outStart[u + 1] as number); j++) {
        const c = outTarget[j] as number;
        if (seen[c] === v) continue;
        seen[c] = v;
        total += 1;
        // Below a tree-like task every task has a single way in, through it: add its count, don't search.
        if (treeLike[c] === 1) total += delayed[c] as number;
        else queue[tail++] = c;
      }
    }
    delayed[v] = total;
  }
  const impacts: SlipImpact[] = [];
  plan.tasks.forEach((task, v) => {
    if (task.actualFinish === undefined || task.actualStart === undefined) impacts.push({ id: task.id, delayedTasks: delayed[v] as number });
  });
  return impacts.sort((a, b) => b.delayedTasks - a.delayedTasks);
}
