// The handlers that manifest.yml names: the resolver of every Custom UI resource, the release trigger, the status webtrigger.
import { handlers } from './resolvers';
import { createResolver } from './resolvers/register';

export const resolver = createResolver(handlers);
export { onReleased } from './triggers/on-released';
export { gateStatus } from './triggers/gate-status';
