// Lines over the days of a period (day 1, 2, ... N), one per series (the burn of each scenario), with days the
// caller marks on a series (a break-even day) drawn as a dashed line and a dot on the line in that series' colour,
// named under the chart (labels on the plot would collide when two marks fall on neighbouring days).
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, seriesColor } from './chart-colors';
import { dayRows, type DaySeries } from './chart-model';
import './charts.css';

export interface DayMarker {
  readonly day: number;
  /** The series it belongs to (its colour). */
  readonly series: number;
  readonly label: string;
}

export interface DayLinesChartProps {
  readonly series: readonly DaySeries[];
  readonly markers?: readonly DayMarker[];
  readonly format: (value: number) => string;
  readonly formatDay: (day: number) => string;
  readonly width?: number;
  readonly height?: number;
  /** The chart's text alternative (the figures themselves are in the caller's table). */
  readonly label: string;
  readonly testId?: string;
}

export function DayLinesChart({ series, markers = [], format, formatDay, width = 720, height = 280, label, testId }: DayLinesChartProps) {
  const rows = dayRows(series);
  return (
    <figure className="lc-chart" role="img" aria-label={label} data-testid={testId} data-days={rows.length} data-series={series.length}>
      <LineChart width={width} height={height} data={rows} margin={{ top: 24, right: 16, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" type="number" domain={[1, Math.max(1, rows.length)]} allowDecimals={false} tickFormatter={formatDay} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} minTickGap={16} />
        <YAxis tickFormatter={format} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} width={80} domain={[0, 'auto']} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : '—')} labelFormatter={(day) => (typeof day === 'number' ? formatDay(day) : '')} />
        {series.length > 1 ? <Legend /> : null}
        {markers.map((marker) => (
          <ReferenceLine key={`line-${String(marker.series)}-${String(marker.day)}`} x={marker.day} stroke={seriesColor(marker.series)} strokeDasharray="4 3" className="lc-chart-marker" />
        ))}
        {series.map((one, n) => (
          <Line key={one.id} name={one.label} dataKey={`s${String(n)}`} stroke={seriesColor(n)} strokeWidth={1.8} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
        {markers.flatMap((marker) => {
          const value = series[marker.series]?.values[marker.day - 1];
          return value === undefined ? [] : [
            <ReferenceDot key={`dot-${String(marker.series)}-${String(marker.day)}`} x={marker.day} y={value} r={5} fill={seriesColor(marker.series)} stroke="var(--ds-surface, #fff)" />,
          ];
        })}
      </LineChart>
      {markers.length === 0 ? null : (
        <figcaption className="lc-chart-legend" aria-hidden="true">
          {markers.map((marker) => (
            <span key={`${String(marker.series)}-${String(marker.day)}`} data-marker-day={marker.day}>
              <svg width="12" height="12"><circle cx="6" cy="6" r="5" fill={seriesColor(marker.series)} /></svg>{marker.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
