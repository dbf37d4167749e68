// The handlers that manifest.yml names: the resolver of every Custom UI resource, the triggers, the release-schedule
// consumer, the status webtrigger.
import { createResolver } from './edge/define-resolver';
import { handlers } from './resolvers';

export const resolver = createResolver(handlers);
export { onReleased } from './triggers/on-released';
export { gateStatus } from './triggers/gate-status';
export { metricsPush } from './triggers/metrics-push';
export { onWorkChange } from './triggers/on-work-change';
export { releaseJob } from './triggers/release-job';
