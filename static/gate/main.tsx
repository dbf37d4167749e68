// The project page "Release gates": one Custom UI app with a route per screen (the release list, a release's gate,
// and that release's schedule beside it).
import { mountSurface } from '../ui/app-shell';
import { ReleaseGateScreen } from './release-gate/release-gate-screen';
import { ReleaseListScreen } from './release-list/release-list-screen';
import { ReleaseScheduleScreen } from './release-schedule/release-schedule-screen';
import { useRoute } from './use-route';

function GateSurface() {
  const { route, go } = useRoute();
  if (route === undefined) return <p className="lc-muted">…</p>;
  switch (route.screen) {
    case 'releases': return <ReleaseListScreen go={go} />;
    case 'gate': return <ReleaseGateScreen versionId={route.versionId} go={go} />;
    case 'schedule': return <ReleaseScheduleScreen versionId={route.versionId} go={go} />;
  }
}

mountSurface(<GateSurface />);
