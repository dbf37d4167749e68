// Metric imports: formats, header matching, streaming import runs, aggregation into daily series and features.
export * from './formats';
export * from './header';
export * from './rows';
export * from './aggregates';
export * from './aggregators';
export * from './import-run';
export * from './content-hash';
export * from './parse-csv';
export * from './merge';
