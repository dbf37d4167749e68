// Metric imports and the daily series read from them.
export { beginImport, commitImport, putImportPart, scopeOf, EMPTY_CAMPAIGN, EMPTY_SERIES } from './metric-imports';
export { loadDailySeries, type DailySeries, type DailySeriesQuery } from './daily-series';
