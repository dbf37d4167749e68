// Not built yet: an honest placeholder until the release schedule screen lands.
import { Placeholder } from '../../ui/placeholder';
import type { GateRoute } from '../routes';

export function ReleaseScheduleScreen(_props: { readonly versionId: string; readonly go: (route: GateRoute) => void }) {
  return <Placeholder message="placeholder.releaseSchedule" />;
}
