// A release's grouping by epic: the Gantt's lanes (one heading per epic, then its tasks by start, no epic last) and
// the network's collapsed epics (one box each, links folded into one arrow per pair, critical kept).
import { ganttLanes } from '../../../static/schedule/gantt-lanes';
import { criticalLinks } from '../../../static/schedule/network-layout';
import { collapseGroups, groupNodeId, NO_EPIC } from '../../../static/schedule/network-groups';
import { buildTaskRows, issuesByKey } from '../../../static/schedule/task-rows';
import { calendar, plan, scheduled } from './fixture';

const epicOf = new Map([['PERP-1', 'PERP-100'], ['PERP-2', 'PERP-100'], ['PERP-3', 'PERP-200'], ['PERP-4', 'PERP-200']]);
const summaries = new Map([['PERP-100', 'Order book'], ['PERP-200', 'Launch']]);
const rows = buildTaskRows(plan, scheduled(), issuesByKey(plan.tasks), calendar(), epicOf);
const flags = criticalLinks(plan.links, scheduled());

describe('ganttLanes', () => {
  it('without lanes, lists the tasks by early start', () => {
    const lines = ganttLanes(rows, undefined);
    expect(lines.every((line) => line.kind === 'task')).toBe(true);
    const starts = lines.map((line) => (line.kind === 'task' ? line.row.es : -1));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('puts one lane per epic before its tasks, the tasks without an epic last', () => {
    const lines = ganttLanes(rows, summaries);
    expect(lines.map((line) => (line.kind === 'lane' ? `lane:${line.epicKey ?? '-'}` : line.row.id))).toEqual([
      'lane:PERP-100', 'PERP-1', 'PERP-2', 'lane:PERP-200', 'PERP-3', 'PERP-4', 'lane:-', 'PERP-10',
    ]);
    const lane = lines[0];
    expect(lane).toMatchObject({ kind: 'lane', summary: 'Order book', count: 2 });
    if (lane?.kind !== 'lane') throw new Error('no lane');
    const members = rows.filter((row) => row.epicKey === 'PERP-100');
    expect(lane.es).toBe(Math.min(...members.map((row) => row.es)));
    expect(lane.ef).toBe(Math.max(...members.map((row) => row.ef)));
  });
});

describe('collapseGroups', () => {
  it('with nothing collapsed, is the plan itself', () => {
    const network = collapseGroups(rows, plan.links, flags, summaries, new Set());
    expect(network.nodeIds).toEqual(rows.map((row) => row.id));
    expect(network.links).toHaveLength(plan.links.length);
    expect(network.links.map((link) => link.critical)).toEqual(flags);
    expect(network.boxes.size).toBe(0);
  });

  it('folds a collapsed epic into one box and its links into one arrow per pair of nodes', () => {
    const network = collapseGroups(rows, plan.links, flags, summaries, new Set(['PERP-100']));
    const box = groupNodeId('PERP-100');
    expect(network.nodeIds).toEqual([box, 'PERP-10', 'PERP-3', 'PERP-4']);
    expect(network.boxes.get(box)).toMatchObject({ epicKey: 'PERP-100', summary: 'Order book', tasks: 2, done: 1 });
    // PERP-1 -> PERP-2 is inside the box; PERP-2 -> PERP-3 and PERP-1 -> PERP-10 leave it.
    expect(network.links.map((link) => `${link.from}>${link.to}`).sort()).toEqual([`${box}>PERP-10`, `${box}>PERP-3`, 'PERP-10>PERP-3', 'PERP-3>PERP-4'].sort());
    const driving = plan.links.findIndex((link) => link.from === 'PERP-2' && link.to === 'PERP-3');
    expect(network.links.find((link) => link.from === box && link.to === 'PERP-3')?.critical).toBe(flags[driving]);
  });

  it('merges parallel links between two collapsed epics, critical when any is', () => {
    const network = collapseGroups(rows, plan.links, flags, summaries, new Set(['PERP-100', 'PERP-200', NO_EPIC]));
    expect(network.nodeIds).toHaveLength(3);
    const between = network.links.filter((link) => link.from === groupNodeId('PERP-100') && link.to === groupNodeId('PERP-200'));
    expect(between).toHaveLength(1);
    expect(between[0]?.critical).toBe(flags.some((flag, i) => flag && epicOf.get(plan.links[i]?.from ?? '') === 'PERP-100' && epicOf.get(plan.links[i]?.to ?? '') === 'PERP-200'));
    expect(network.links.every((link) => link.from !== link.to)).toBe(true);
  });
});
