// A sparkline: a small line of a daily series with no axes, broken where a day is missing, incomplete days marked
// with a hollow dot. Decorative next to the figure it sits by, so it is hidden from assistive technology.
import { Line, LineChart, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { chartRows, type SeriesPoint } from './chart-model';
import './charts.css';

export interface SparklineProps {
  readonly points: readonly SeriesPoint[];
  readonly width?: number;
  readonly height?: number;
  readonly testId?: string;
}

export function Sparkline({ points, width = 140, height = 32, testId }: SparklineProps) {
  const rows = chartRows(points);
  const gaps = rows.filter((row) => row.value === null).length;
  return (
    <div className="lc-sparkline" aria-hidden="true" data-testid={testId} data-points={rows.length} data-gaps={gaps}>
      <LineChart width={width} height={height} data={rows} margin={{ top: 3, right: 3, bottom: 3, left: 3 }}>
        <YAxis hide domain={['auto', 'auto']} />
        <Line dataKey="value" stroke={CHART_COLORS.primary} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="incomplete" stroke="none" dot={{ r: 2.5, stroke: CHART_COLORS.incomplete, fill: 'none' }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
