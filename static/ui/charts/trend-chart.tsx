// A daily trend of one or more series (a KPI's total, or per symbol) with a date axis: each line breaks at a
// missing day, incomplete days are hollow marks, and days the caller highlights (anomalies) get a reference line.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, seriesColor } from './chart-colors';
import { chartRows, type SeriesPoint } from './chart-model';
import './charts.css';

export interface TrendSeries {
  readonly id: string;
  readonly label: string;
  readonly points: readonly SeriesPoint[];
}

export interface TrendChartProps {
  readonly series: readonly TrendSeries[];
  readonly format: (value: number) => string;
  readonly formatDate?: (isoDate: string) => string;
  readonly highlight?: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly label: string;
  readonly testId?: string;
}

type Row = Record<string, string | number | null>;

/** One row per day with a column per series (`s0`, `s1`, ...), null where that series has no value. */
function mergedRows(series: readonly TrendSeries[]): Row[] {
  const rows = new Map<string, Row>();
  series.forEach((one, n) => {
    for (const row of chartRows(one.points)) {
      const merged = rows.get(row.date) ?? { date: row.date };
      merged[`s${n}`] = row.value;
      rows.set(row.date, merged);
    }
  });
  return [...rows.values()].sort((a, b) => String(a.date).localeCompare(String(b.date)));
}

export function TrendChart({ series, format, formatDate = (d) => d.slice(5), highlight = [], width = 720, height = 260, label, testId }: TrendChartProps) {
  const rows = mergedRows(series);
  return (
    <figure className="lc-chart" role="img" aria-label={label} data-testid={testId}>
      <LineChart width={width} height={height} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="date" tickFormatter={formatDate} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} minTickGap={24} />
        <YAxis tickFormatter={format} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} width={72} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : '—')} labelFormatter={(d) => (typeof d === 'string' ? formatDate(d) : '')} />
        {series.length > 1 ? <Legend /> : null}
        {highlight.map((date) => <ReferenceLine key={date} x={date} stroke={CHART_COLORS.decrease} strokeDasharray="4 3" />)}
        {series.map((one, n) => (
          <Line key={one.id} name={one.label} dataKey={`s${n}`} stroke={seriesColor(n)} strokeWidth={1.8} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </figure>
  );
}
