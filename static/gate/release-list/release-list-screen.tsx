// Not built yet: an honest placeholder until the gate's screens land.
import { Placeholder } from '../../ui/placeholder';
import type { GateRoute } from '../routes';

export function ReleaseListScreen(_props: { readonly versionId?: string; readonly go: (route: GateRoute) => void }) {
  return <Placeholder message="placeholder.gate" />;
}
