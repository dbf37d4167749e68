// Runs the dagre layout off the main thread: 500 tasks with long links take dagre seconds, and the panel
// must stay responsive meanwhile. Answers each request with its id so stale answers can be dropped.
import { layoutNetwork, type NetworkLayout } from './network-layout';

export interface LayoutRequest {
  readonly id: number;
  readonly taskIds: readonly string[];
  readonly links: readonly { readonly from: string; readonly to: string }[];
}

export interface LayoutAnswer {
  readonly id: number;
  readonly layout: NetworkLayout;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (answer: LayoutAnswer) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { id, taskIds, links } = event.data;
  scope.postMessage({ id, layout: layoutNetwork(taskIds, links) });
};
