// The release gate's use cases: the list of a project's gates, one release's gate, criteria and template edits,
// manual marks and counterparty rows, sign-offs, decisions and history, the status token and the status API's
// answer, the meeting minutes, the calendar, and the record of a release made without a GO.
export { loadCalendar } from './calendar';
export { loadTemplate, saveCriteria, saveTemplate } from './config';
export { decide, loadHistory, type DecisionInput } from './decide';
export { listGates } from './list';
export { afterChange, markCounterparty, markCriterion } from './manual';
export { exportMinutes } from './minutes';
export { recordRelease } from './released';
export { signOff } from './sign-off';
export { readReleaseStatus, type ReleaseStatus } from './status';
export { authoriseStatus, rotateStatusToken } from './token';
export { loadGate, type GateView } from './view';
