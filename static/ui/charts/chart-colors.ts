// The charts' colours: Atlassian chart tokens (light and dark themes both define them), with the light values as
// fallbacks; SVG presentation attributes resolve var() in the browsers Forge supports.
export const CHART_COLORS = {
  primary: 'var(--ds-chart-blue-bold, #1d7afc)',
  increase: 'var(--ds-chart-success-bold, #22a06b)',
  decrease: 'var(--ds-chart-danger-bold, #e34935)',
  total: 'var(--ds-chart-gray-bold, #758195)',
  incomplete: 'var(--ds-chart-warning-bold, #e2b203)',
  grid: 'var(--ds-border, #091e4224)',
  axis: 'var(--ds-text-subtle, #44546f)',
  series: [
    'var(--ds-chart-blue-bold, #1d7afc)', 'var(--ds-chart-purple-bold, #8f7ee7)', 'var(--ds-chart-teal-bold, #2898bd)',
    'var(--ds-chart-orange-bold, #fea362)', 'var(--ds-chart-magenta-bold, #dc8ad7)', 'var(--ds-chart-lime-bold, #94c748)',
  ],
} as const;

/** The colour of the n-th series, cycling. */
export function seriesColor(n: number): string {
  return CHART_COLORS.series[n % CHART_COLORS.series.length] ?? CHART_COLORS.primary;
}
