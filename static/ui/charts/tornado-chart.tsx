// A tornado chart: for each input, the outcome with that input moved down and up (the rest held), as one bar
// around the base outcome split at the base line, widest swing on top; the two directions have their own colours,
// named in a legend under the chart. The figures are in the caller's table: the chart is one view of them.
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { CHART_COLORS, seriesColor } from './chart-colors';
import { shareOfSpan, tornadoBars, type TornadoBar, type TornadoInput } from './chart-model';
import './charts.css';

export interface TornadoChartProps {
  /** The outcome with every input as given: the line the bars grow from. */
  readonly base: number;
  readonly inputs: readonly TornadoInput[];
  readonly format: (value: number) => string;
  /** Names of the two directions, for the legend: "input −20%", "input +20%". */
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly width?: number;
  readonly height?: number;
  readonly label: string;
  readonly testId?: string;
}

const LOW_COLOR = seriesColor(1);
const HIGH_COLOR = seriesColor(0);

/** One input's bar: the part from the base to the low outcome in the low colour, to the high outcome in the high one. */
function SwingBar({ x, y, width, height, payload, base }: BarShapeProps & { readonly base: number }) {
  const bar = payload as TornadoBar;
  const left = Math.min(x, x + width);
  const span = Math.abs(width);
  const at = (value: number) => left + span * shareOfSpan(value, bar.range);
  const part = (value: number, fill: string, side: 'low' | 'high') => {
    const a = at(base);
    const b = at(value);
    return <rect x={Math.min(a, b)} y={y} width={Math.max(Math.abs(b - a), 1)} height={height} fill={fill} data-side={side} />;
  };
  return (
    <g data-input={bar.id} data-low={bar.low} data-high={bar.high}>
      {part(bar.low, LOW_COLOR, 'low')}
      {part(bar.high, HIGH_COLOR, 'high')}
    </g>
  );
}

export function TornadoChart({ base, inputs, format, lowLabel, highLabel, width = 720, height, label, testId }: TornadoChartProps) {
  const bars = tornadoBars(base, inputs).map((bar) => ({ ...bar, range: [...bar.range], shown: `${format(bar.low)} … ${format(bar.high)}` }));
  return (
    <figure className="lc-chart" role="img" aria-label={label} data-testid={testId} data-bars={bars.length}>
      <BarChart layout="vertical" width={width} height={height ?? 40 + 30 * bars.length} data={bars} margin={{ top: 8, right: 24, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" domain={['auto', 'auto']} tickFormatter={format} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={180} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} interval={0} />
        <ReferenceLine x={base} stroke={CHART_COLORS.axis} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as { shown: string }).shown, label]} cursor={{ fill: 'transparent' }} />
        <Bar dataKey="range" isAnimationActive={false} barSize={18} shape={(props: BarShapeProps) => <SwingBar {...props} base={base} />} />
      </BarChart>
      <figcaption className="lc-chart-legend" aria-hidden="true">
        <span><svg width="12" height="12"><rect width="12" height="12" rx="2" fill={LOW_COLOR} /></svg>{lowLabel}</span>
        <span><svg width="12" height="12"><rect width="12" height="12" rx="2" fill={HIGH_COLOR} /></svg>{highLabel}</span>
      </figcaption>
    </figure>
  );
}
