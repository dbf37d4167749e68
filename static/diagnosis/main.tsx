// The business-health macro: the analyst's morning in Confluence (KPIs, anomalies with their drivers, the daily
// report, segments and lifecycle lists, competitor watch, data and push-token admin), one Custom UI bundle.
import { mountSurface } from '../ui/app-shell';
import { DiagnosisScreen } from './diagnosis-screen';
import './diagnosis.css';

mountSurface(<DiagnosisScreen />);
