// Runs the dagre layout off the main thread: 500 tasks with long links take dagre seconds, and the panel
// must stay responsive meanwhile. The kit's worker protocol carries the topology in and the layout out.
import { serveInWorker } from '../ui/worker/serve-in-worker';
import { layoutTopology } from './network-layout';

serveInWorker(layoutTopology);
