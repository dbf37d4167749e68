// Network geometry: every task gets a position left to right along its links; critical links are flagged.
import { criticalLinks, layoutNetwork, linkLabel, NODE_WIDTH } from '../../../static/schedule/network-layout';
import { plan, scheduled } from './fixture';

describe('layoutNetwork', () => {
  const ids = plan.tasks.map((task) => task.id);
  const layout = layoutNetwork(ids, [...plan.links, { from: 'PERP-2', to: 'NOT-THERE' }, { from: 'PERP-2', to: 'PERP-2' }]);
  const x = (id: string) => layout.nodes.find((node) => node.id === id)!.x;

  it('positions every node inside the drawing', () => {
    expect(layout.nodes.map((node) => node.id)).toEqual(ids);
    for (const node of layout.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + NODE_WIDTH / 2).toBeLessThanOrEqual(layout.width);
    }
    expect(new Set(layout.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(ids.length);
  });

  it('lays links out left to right and routes each known one', () => {
    expect(x('PERP-1')).toBeLessThan(x('PERP-2'));
    expect(x('PERP-2')).toBeLessThan(x('PERP-3'));
    expect(x('PERP-3')).toBeLessThan(x('PERP-4'));
    expect(layout.edges.map((edge) => edge.index)).toEqual([0, 1, 2, 3, 4]);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps two links between the same tasks apart', () => {
    const twice = layoutNetwork(['A-1', 'A-2'], [{ from: 'A-1', to: 'A-2' }, { from: 'A-1', to: 'A-2' }]);
    expect(twice.edges).toHaveLength(2);
  });
});

describe('criticalLinks', () => {
  it('flags the links that drive critical tasks', () => {
    // PERP-1 is done (never critical); PERP-2 -> PERP-3 -> PERP-4 drives the finish; PERP-10 has float.
    expect(criticalLinks(plan.links, scheduled())).toEqual([false, false, true, false, true]);
  });
});

describe('linkLabel', () => {
  it('labels anything but a plain finish-to-start', () => {
    expect(linkLabel({ type: 'FS', lag: 0 })).toBeUndefined();
    expect(linkLabel({ type: 'SS', lag: 0 })).toBe('SS');
    expect(linkLabel({ type: 'SS', lag: 1 })).toBe('SS +1');
    expect(linkLabel({ type: 'FS', lag: -2 })).toBe('FS −2');
  });
});
