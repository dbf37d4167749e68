// The daily business diagnosis use cases.
export { anomalyId, DEFAULT_DIAGNOSIS_SETTINGS, loadAnomalies, loadCountermeasure, loadHealth, loadSettings, saveSettings } from './diagnosis';
export { diagnosisAccess } from './access';
export { loadReport, publishReport, setCause } from './report';
export { loadSegmentList, loadSegments } from './segments';
export { loadCompetitors, saveCompetitorSnapshot } from './competitors';
