// The dependency network's geometry: a layered left-to-right layout by dagre (positions of the task boxes and
// the routes of the links), computed once per set of tasks and links; and which links drive the critical path.
import dagre from '@dagrejs/dagre';
import { linkSlack, type LinkType, type PlanLink, type ScheduledPlan } from '../../src/domain/schedule';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 60;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface NetworkNode {
  readonly id: string;
  /** Centre of the box. */
  readonly x: number;
  readonly y: number;
}

export interface NetworkEdge {
  /** Index in plan.links. */
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly points: readonly Point[];
}

export interface NetworkLayout {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly width: number;
  readonly height: number;
}

interface LinkEnds {
  readonly from: string;
  readonly to: string;
}

/** What a layout depends on (and what the layout worker is sent): the tasks and the ends of the links. */
export interface NetworkTopology {
  readonly taskIds: readonly string[];
  readonly links: readonly LinkEnds[];
}

/** Lays out tasks (by id) and links left to right; links to unknown tasks and self-links are left out. */
export function layoutNetwork(taskIds: readonly string[], links: readonly LinkEnds[]): NetworkLayout {
  const graph = new dagre.graphlib.Graph<Record<string, unknown>, { width: number; height: number; x?: number; y?: number }, { points?: Point[] }>({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 56, edgesep: 8, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(taskIds);
  for (const id of taskIds) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  links.forEach((link, index) => {
    if (link.from === link.to || !known.has(link.from) || !known.has(link.to)) return;
    graph.setEdge(link.from, link.to, {}, String(index));
  });
  dagre.layout(graph);
  const nodes = taskIds.map((id): NetworkNode => {
    const label = graph.node(id);
    return { id, x: label.x ?? 0, y: label.y ?? 0 };
  });
  const edges: NetworkEdge[] = [];
  links.forEach((link, index) => {
    if (!graph.hasEdge(link.from, link.to, String(index))) return;
    const label = graph.edge(link.from, link.to, String(index));
    edges.push({ index, from: link.from, to: link.to, points: label.points ?? [] });
  });
  const size = graph.graph();
  const width = typeof size.width === 'number' ? size.width : 0;
  const height = typeof size.height === 'number' ? size.height : 0;
  return { nodes, edges, width, height };
}

export function layoutTopology(topology: NetworkTopology): NetworkLayout {
  return layoutNetwork(topology.taskIds, topology.links);
}

/** Per plan link: true when both ends are critical and the link drives the successor (no slack). */
export function criticalLinks(links: readonly PlanLink[], schedule: ScheduledPlan): boolean[] {
  const byId = new Map(schedule.tasks.map((task) => [task.id, task]));
  return links.map((link) => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    return from !== undefined && to !== undefined && from.critical && to.critical && linkSlack(link, from, to) === 0;
  });
}

/** "SS +2", "FS −1"; undefined for the ordinary finish-to-start with no lag. */
export function linkLabel(link: { readonly type: LinkType; readonly lag: number }): string | undefined {
  if (link.type === 'FS' && link.lag === 0) return undefined;
  if (link.lag === 0) return link.type;
  return `${link.type} ${link.lag > 0 ? '+' : '−'}${Math.abs(link.lag)}`;
}
