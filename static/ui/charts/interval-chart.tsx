// Estimates with their intervals (a lift against control with its 95% confidence interval): per row a line from
// the low to the high bound with end ticks and a dot at the estimate, against a zero line; a row whose interval
// leaves out zero is drawn solid, one that holds zero hollow. The figures are in the caller's table.
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { excludesZero, intervalDomain, shareOfSpan, type IntervalRow } from './chart-model';
import './charts.css';

export interface IntervalChartProps {
  readonly rows: readonly IntervalRow[];
  readonly format: (value: number) => string;
  readonly width?: number;
  readonly height?: number;
  readonly label: string;
  readonly testId?: string;
}

function IntervalMark({ x, y, width, height, payload }: BarShapeProps) {
  const row = payload as IntervalRow;
  const left = Math.min(x, x + width);
  const span = Math.abs(width);
  const mid = y + height / 2;
  const dot = left + span * shareOfSpan(row.estimate, [row.low, row.high]);
  const solid = excludesZero(row);
  const color = solid ? CHART_COLORS.primary : CHART_COLORS.total;
  return (
    <g data-row={row.id} data-excludes-zero={solid}>
      <line x1={left} x2={left + span} y1={mid} y2={mid} stroke={color} strokeWidth={2} />
      <line x1={left} x2={left} y1={mid - 6} y2={mid + 6} stroke={color} strokeWidth={2} />
      <line x1={left + span} x2={left + span} y1={mid - 6} y2={mid + 6} stroke={color} strokeWidth={2} />
      <circle cx={dot} cy={mid} r={5} stroke={color} strokeWidth={2} fill={solid ? color : 'var(--ds-surface, #fff)'} />
    </g>
  );
}

export function IntervalChart({ rows, format, width = 720, height, label, testId }: IntervalChartProps) {
  const data = rows.map((row) => ({ ...row, range: [row.low, row.high], shown: `${format(row.estimate)} (${format(row.low)} … ${format(row.high)})` }));
  return (
    <figure className="lc-chart" role="img" aria-label={label} data-testid={testId} data-rows={rows.length}>
      <BarChart layout="vertical" width={width} height={height ?? 48 + 40 * rows.length} data={data} margin={{ top: 8, right: 24, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" domain={intervalDomain(rows)} tickFormatter={format} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={220} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} interval={0} />
        <ReferenceLine x={0} stroke={CHART_COLORS.axis} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as { shown: string }).shown, label]} cursor={{ fill: 'transparent' }} />
        <Bar dataKey="range" isAnimationActive={false} barSize={20} shape={(props: BarShapeProps) => <IntervalMark {...props} />} />
      </BarChart>
    </figure>
  );
}
