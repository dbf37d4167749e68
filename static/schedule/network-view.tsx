// The dependency network: tasks as boxes in dagre's left-to-right layers, links as arrows labelled with their
// type and lag when not a plain FS, the critical chain in red, done tasks dimmed and tasks outside the epic
// dashed. Plain SVG; pan by dragging or the arrow keys, zoom with the buttons, the wheel or +/-. On a release the
// tasks can be grouped by epic: a collapsed epic is one box (collapsed from the start above a few hundred tasks),
// a click on it opens it.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Plan, ScheduledPlan } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { formatNumber, type Language, type Translate } from '../ui/i18n';
import { collapseGroups, groupsOf, type GroupBox, type GroupedLink } from './network-groups';
import { criticalLinks, linkLabel, NODE_HEIGHT, NODE_WIDTH, type NetworkLayout, type Point } from './network-layout';
import type { TaskRow } from './task-rows';
import { useNetworkLayout } from './use-network-layout';

export interface NetworkViewProps {
  readonly plan: Plan;
  readonly schedule: ScheduledPlan;
  readonly rows: readonly TaskRow[];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  /** Group by epic (a release): the epics' summaries by key. */
  readonly epics?: ReadonlyMap<string, string> | undefined;
}

/** Above this many tasks a release's network opens with every epic collapsed. */
export const COLLAPSE_ABOVE = 300;

interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

const MIN_ZOOM = 0.15;
const MAX_ZOOM = 2.5;
const READABLE_ZOOM = 0.6;
const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

export function NetworkView({ plan, schedule, rows, selected, onSelect, epics }: NetworkViewProps) {
  const { t, language } = useShell();
  const groupKeys = useMemo(() => (epics === undefined ? [] : [...groupsOf(rows).keys()]), [epics, rows]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(
    () => new Set(epics !== undefined && plan.tasks.length > COLLAPSE_ABOVE ? groupKeys : []),
  );
  const flags = useMemo(() => criticalLinks(plan.links, schedule), [plan.links, schedule]);
  const network = useMemo(
    () => collapseGroups(rows, plan.links, flags, epics ?? new Map<string, string>(), collapsed),
    [rows, plan.links, flags, epics, collapsed],
  );
  const { layout, pending } = useNetworkLayout(network.nodeIds, network.links);
  const toggleGroup = useCallback((epicKey: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(epicKey)) next.add(epicKey);
      return next;
    });
  }, []);
  const frame = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const fitted = useRef<NetworkLayout | undefined>(undefined);
  const drag = useRef<{ readonly x: number; readonly y: number; readonly view: View; moved: boolean } | undefined>(undefined);

  /** Whole drawing in view; first time in, not below a readable zoom (a big plan then opens at its start). */
  const fit = useCallback((readable: boolean) => {
    const element = frame.current;
    if (element === null || layout === undefined) return;
    const width = element.clientWidth;
    const height = element.clientHeight;
    const whole = clampZoom(Math.min(1, width / Math.max(1, layout.width), height / Math.max(1, layout.height)));
    const k = readable ? Math.max(whole, READABLE_ZOOM) : whole;
    setView({ k, x: Math.max(0, (width - layout.width * k) / 2), y: Math.max(0, (height - layout.height * k) / 2) });
  }, [layout]);

  useEffect(() => {
    if (layout !== undefined && fitted.current === undefined) {
      fitted.current = layout;
      fit(true);
    }
  }, [layout, fit]);

  const zoomAt = useCallback((factor: number, cx?: number, cy?: number) => {
    setView((current) => {
      const element = frame.current;
      const px = cx ?? (element === null ? 0 : element.clientWidth / 2);
      const py = cy ?? (element === null ? 0 : element.clientHeight / 2);
      const k = clampZoom(current.k * factor);
      return { k, x: px - ((px - current.x) * k) / current.k, y: py - ((py - current.y) * k) / current.k };
    });
  }, []);

  useEffect(() => {
    const element = frame.current;
    if (element === null) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => { element.removeEventListener('wheel', onWheel); };
  }, [zoomAt]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start === undefined) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!start.moved) {
      start.moved = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    setView({ ...start.view, x: start.view.x + dx, y: start.view.y + dy });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    drag.current = undefined;
    if (start?.moved === true) {
      event.currentTarget.releasePointerCapture(event.pointerId);
      return;
    }
    const target = event.target instanceof Element ? event.target.closest('[data-node]') : null;
    const id = target?.getAttribute('data-node');
    const box = id === null || id === undefined ? undefined : network.boxes.get(id);
    if (box !== undefined) toggleGroup(box.epicKey);
    else if (id !== null && id !== undefined) onSelect(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = 60;
    const moves: Record<string, [number, number] | undefined> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setView((current) => ({ ...current, x: current.x + move[0], y: current.y + move[1] }));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomAt(1.25);
    } else if (event.key === '-') {
      event.preventDefault();
      zoomAt(0.8);
    } else if (event.key === '0') {
      event.preventDefault();
      fit(false);
    }
  };

  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  return (
    <div className="dp-network" data-testid="network">
      <div className="dp-toolbar">
        <div className="dp-button-group" role="group" aria-label={t('schedule.network.zoom')}>
          <button type="button" className="lc-button" aria-label={t('schedule.network.zoomOut')} title={t('schedule.network.zoomOut')} onClick={() => { zoomAt(0.8); }}>−</button>
          <span className="dp-zoom-level" aria-live="polite">{formatNumber(language, Math.round(view.k * 100))}%</span>
          <button type="button" className="lc-button" aria-label={t('schedule.network.zoomIn')} title={t('schedule.network.zoomIn')} onClick={() => { zoomAt(1.25); }}>+</button>
          <button type="button" className="lc-button" onClick={() => { fit(false); }}>{t('schedule.network.fit')}</button>
        </div>
        {epics === undefined ? null : (
          <div className="dp-button-group" role="group" aria-label={t('schedule.network.groups')}>
            <button type="button" className="lc-button" data-testid="collapse-epics" disabled={collapsed.size === groupKeys.length} onClick={() => { setCollapsed(new Set(groupKeys)); }}>{t('schedule.network.collapseAll')}</button>
            <button type="button" className="lc-button" data-testid="expand-epics" disabled={collapsed.size === 0} onClick={() => { setCollapsed(new Set()); }}>{t('schedule.network.expandAll')}</button>
          </div>
        )}
        <Legend t={t} />
        {pending ? <span className="dp-muted" role="status"><span className="dp-spinner" aria-hidden="true" /> {t('schedule.network.layingOut', { n: formatNumber(language, plan.tasks.length) })}</span> : null}
      </div>
      <div
        ref={frame}
        className="dp-network-frame"
        tabIndex={0}
        role="application"
        aria-roledescription={t('schedule.network.roleDescription')}
        aria-label={t('schedule.network.label', { n: formatNumber(language, plan.tasks.length) })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => { drag.current = undefined; }}
        onKeyDown={onKeyDown}
      >
        {layout === undefined ? null : (
          <svg className={`dp-network-svg ${pending ? 'dp-stale' : ''}`} width="100%" height="100%">
            <defs>
              <marker id="dp-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" className="dp-arrowhead" />
              </marker>
              <marker id="dp-arrow-critical" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" className="dp-arrowhead dp-arrowhead-critical" />
              </marker>
            </defs>
            <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
              <NetworkDrawing layout={layout} links={network.links} boxes={network.boxes} rowById={rowById} selected={selected} t={t} language={language} />
            </g>
          </svg>
        )}
      </div>
    </div>
  );
}

function Legend({ t }: { readonly t: Translate }) {
  return (
    <ul className="dp-legend" aria-label={t('schedule.legend.label')}>
      <li><span className="dp-swatch dp-swatch-critical" aria-hidden="true" />{t('schedule.legend.critical')}</li>
      <li><span className="dp-swatch dp-swatch-done" aria-hidden="true" />{t('schedule.legend.done')}</li>
      <li><span className="dp-swatch dp-swatch-external" aria-hidden="true" />{t('schedule.legend.external')}</li>
      <li><span className="dp-swatch dp-swatch-assumed" aria-hidden="true" />{t('schedule.legend.assumed')}</li>
    </ul>
  );
}

interface DrawingProps {
  readonly layout: NetworkLayout;
  readonly links: readonly GroupedLink[];
  readonly boxes: ReadonlyMap<string, GroupBox>;
  readonly rowById: ReadonlyMap<string, TaskRow>;
  readonly selected: string | undefined;
  readonly t: Translate;
  readonly language: Language;
}

/** The drawing itself, memoized so that panning and zooming only change the transform around it. */
const NetworkDrawing = memo(function NetworkDrawing({ layout, links, boxes, rowById, selected, t, language }: DrawingProps) {
  // The layout may lag one edit behind the plan: match its edges to the current links by their ends.
  const linkIndexByEnds = useMemo(() => {
    const map = new Map<string, number[]>();
    links.forEach((link, i) => {
      const key = `${link.from}\u0000${link.to}`;
      const list = map.get(key);
      if (list === undefined) map.set(key, [i]);
      else list.push(i);
    });
    return map;
  }, [links]);
  const used = new Map<string, number>();
  const edges = layout.edges.map((edge) => {
    const key = `${edge.from}\u0000${edge.to}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    const index = linkIndexByEnds.get(key)?.[k];
    const link = index === undefined ? undefined : links[index];
    return { edge, link, critical: link?.critical === true };
  });
  const ordered = [...edges.filter((e) => !e.critical), ...edges.filter((e) => e.critical)];
  return (
    <>
      <g className="dp-edges">
        {ordered.map(({ edge, link, critical }) => {
          if (link === undefined) return null;
          const label = linkLabel(link);
          const middle = edge.points[Math.floor(edge.points.length / 2)];
          return (
            <g key={`${edge.from}>${edge.to}#${edge.index}`} className={critical ? 'dp-edge dp-edge-critical' : 'dp-edge'}>
              <path d={pathOf(edge.points)} markerEnd={critical ? 'url(#dp-arrow-critical)' : 'url(#dp-arrow)'} />
              {label === undefined || middle === undefined ? null : (
                <g transform={`translate(${middle.x},${middle.y})`} className="dp-edge-label">
                  <rect x={-label.length * 3.6 - 5} y={-9} width={label.length * 7.2 + 10} height={18} rx={9} />
                  <text textAnchor="middle" dy="4">{label}</text>
                </g>
              )}
            </g>
          );
        })}
      </g>
      <g className="dp-nodes">
        {layout.nodes.map((node) => {
          const box = boxes.get(node.id);
          if (box !== undefined) return <GroupNode key={node.id} box={box} x={node.x} y={node.y} t={t} language={language} />;
          const row = rowById.get(node.id);
          if (row === undefined) return null;
          const classes = ['dp-node'];
          if (row.critical) classes.push('dp-node-critical');
          if (row.done) classes.push('dp-node-done');
          if (row.external) classes.push('dp-node-external');
          if (row.durationBasis === 'assumed' && !row.done) classes.push('dp-node-assumed');
          if (selected === row.id) classes.push('dp-node-selected');
          const left = node.x - NODE_WIDTH / 2;
          const top = node.y - NODE_HEIGHT / 2;
          return (
            <g key={node.id} className={classes.join(' ')} transform={`translate(${left},${top})`} data-node={node.id} data-testid="network-node">
              <title>{`${row.id} ${row.summary}`}</title>
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={4} />
              {row.critical ? <rect className="dp-node-stripe" width={4} height={NODE_HEIGHT} rx={2} /> : null}
              <text x={10} y={18} className="dp-node-key">{row.id}</text>
              <text x={NODE_WIDTH - 8} y={18} textAnchor="end" className="dp-node-duration">
                {row.duration === 0 ? '◆' : t('schedule.network.durationShort', { n: formatNumber(language, row.duration) })}
                {row.durationBasis === 'assumed' && !row.done ? ' ?' : ''}
              </text>
              <text x={10} y={35} className="dp-node-summary">{truncate(row.summary, 27)}</text>
              <text x={10} y={51} className="dp-node-dates">
                {`${row.start.slice(5)} → ${row.finish.slice(5)} · ${t('schedule.network.floatShort', { n: formatNumber(language, row.totalFloat) })}`}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
});

function GroupNode({ box, x, y, t, language }: { readonly box: GroupBox; readonly x: number; readonly y: number; readonly t: Translate; readonly language: Language }) {
  const n = (value: number) => formatNumber(language, value);
  return (
    <g className={`dp-node dp-node-group ${box.critical > 0 ? 'dp-node-critical' : ''}`} transform={`translate(${x - NODE_WIDTH / 2},${y - NODE_HEIGHT / 2})`} data-node={box.id} data-testid="network-group" data-epic={box.epicKey}>
      <title>{t('schedule.network.groupTitle', { key: box.epicKey === '' ? t('schedule.gantt.noEpic') : box.epicKey, n: n(box.tasks) })}</title>
      <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} />
      <rect x={4} y={4} width={NODE_WIDTH - 8} height={NODE_HEIGHT - 8} rx={6} className="dp-node-group-inner" />
      <text x={10} y={19} className="dp-node-key">{`▸ ${box.epicKey === '' ? t('schedule.gantt.noEpic') : box.epicKey}`}</text>
      <text x={NODE_WIDTH - 8} y={19} textAnchor="end" className="dp-node-duration">{t('schedule.network.groupTasks', { n: n(box.tasks) })}</text>
      <text x={10} y={35} className="dp-node-summary">{truncate(box.summary, 27)}</text>
      <text x={10} y={51} className="dp-node-dates">
        {`${box.start.slice(5)} → ${box.finish.slice(5)} · ${t('schedule.network.groupCritical', { n: n(box.critical) })}`}
      </text>
    </g>
  );
}

function pathOf(points: readonly Point[]): string {
  return points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  // CJK glyphs are about twice as wide as Latin ones.
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    width += /[\u2E80-\uFFFF]/.test(chars[i] ?? '') ? 2 : 1;
    if (width > max) return `${chars.slice(0, i).join('')}…`;
  }
  return text;
}
