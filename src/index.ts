// The handlers that manifest.yml names: the resolver of every Custom UI resource, the release trigger, the status webtrigger.
import { createResolver } from './edge/define-resolver';
import { handlers } from './resolvers';

export const resolver = createResolver(handlers);
export { onReleased } from './triggers/on-released';
export { gateStatus } from './triggers/gate-status';
