// A waterfall: signed steps floating from the running total (green up, red down) and totals standing on zero,
// each labelled with its formatted value; the figures are also in the caller's table, so the chart is one view.
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { waterfallBars, type WaterfallBar, type WaterfallStep } from './chart-model';
import './charts.css';

export interface WaterfallChartProps {
  readonly steps: readonly WaterfallStep[];
  readonly format: (value: number) => string;
  readonly formatAxis?: (value: number) => string;
  readonly width?: number;
  readonly height?: number;
  readonly label: string;
  readonly testId?: string;
}

const colorOf = (bar: Pick<WaterfallBar, 'kind'>): string =>
  bar.kind === 'total' ? CHART_COLORS.total : bar.kind === 'increase' ? CHART_COLORS.increase : CHART_COLORS.decrease;

/** One floating bar, coloured by its kind and named by its step (data-step) so a test can find it. */
function StepBar({ x, y, width, height, payload }: BarShapeProps) {
  const bar = payload as WaterfallBar;
  return <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={colorOf(bar)} data-step={bar.id} data-kind={bar.kind} />;
}

export function WaterfallChart({ steps, format, formatAxis = format, width = 560, height = 260, label, testId }: WaterfallChartProps) {
  const bars = waterfallBars(steps).map((bar) => ({ ...bar, range: [...bar.range], shown: format(bar.value) }));
  return (
    <figure className="lc-chart" role="img" aria-label={label} data-testid={testId}>
      <BarChart width={width} height={height} data={bars} margin={{ top: 20, right: 12, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} interval={0} />
        <YAxis tickFormatter={formatAxis} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} width={72} />
        <ReferenceLine y={0} stroke={CHART_COLORS.axis} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as { shown: string }).shown, label]} cursor={{ fill: 'transparent' }} />
        <Bar dataKey="range" isAnimationActive={false} shape={(props: BarShapeProps) => <StepBar {...props} />}>
          <LabelList dataKey="shown" position="top" fill={CHART_COLORS.axis} fontSize={12} />
        </Bar>
      </BarChart>
    </figure>
  );
}
