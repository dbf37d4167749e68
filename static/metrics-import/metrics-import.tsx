// The metric importer, for any surface that feeds on imported metrics (campaign ROI, business diagnosis): one
// slot per format offered. Files are parsed, validated and aggregated in a worker; only aggregates go up, in
// parts, committed whole.
//   <MetricsImport target={{ projectKey, campaignId }} formats={['daily-metrics', 'funnel']} optional={[]} />
//   <MetricsImport target={{ projectKey, diagnosis: true }} formats={['accounts']} />  (site-wide, no campaign)
// Its strings are the `metrics-import` catalogue part: add that part to the bundle in locales/bundles.json.
import type { ImportRecordWire } from '../../src/contract/metrics';
import type { MetricFormat } from '../../src/domain/metrics';
import { FileImport } from './file-import';
import type { ImportTarget } from './upload-import';
import './metrics-import.css';

export type { ImportTarget } from './upload-import';

export interface MetricsImportProps {
  /** Where the imports land. */
  readonly target: ImportTarget;
  /** The formats offered, in this order. */
  readonly formats: readonly MetricFormat[];
  /** Offered formats marked optional. */
  readonly optional?: readonly MetricFormat[];
  /** False: the pickers are shown but disabled (the caller may not import). */
  readonly canImport?: boolean;
  /** After each import is committed. */
  readonly onImported?: (record: ImportRecordWire) => void;
}

export function MetricsImport({ target, formats, optional = [], canImport = true, onImported }: MetricsImportProps) {
  return (
    <div className="mi-files" data-testid="metrics-import">
      {formats.map((format) => (
        <FileImport key={format} format={format} target={target} optional={optional.includes(format)} disabled={!canImport} onImported={onImported} />
      ))}
    </div>
  );
}
