// The network layout as React state: laid out once per set of tasks and links (duration, type and lag edits
// keep it), in a Web Worker for big plans so the page never freezes, in line for small ones or where workers
// are unavailable. While a new layout is computed the previous one stays on screen.
import { useMemo } from 'react';
import { connectWorker } from '../ui/worker/connect-worker';
import type { OffThreadJob } from '../ui/worker/off-thread';
import { useOffThread } from '../ui/worker/use-off-thread';
import { layoutTopology, type NetworkLayout, type NetworkTopology } from './network-layout';

const layoutJob: OffThreadJob<NetworkTopology, NetworkLayout> = {
  compute: layoutTopology,
  sizeOf: (topology) => topology.taskIds.length,
  threshold: 120,
  createWorker: () => connectWorker(() => new Worker(new URL('./network-layout-worker.ts', import.meta.url), { type: 'module' })),
};

export interface LayoutState {
  readonly layout: NetworkLayout | undefined;
  readonly pending: boolean;
}

/** Lays out the nodes (task ids, or an epic's box) and the links between them. */
export function useNetworkLayout(nodeIds: readonly string[], links: readonly { readonly from: string; readonly to: string }[]): LayoutState {
  const key = useMemo(() => JSON.stringify([nodeIds, links.map((link) => [link.from, link.to])]), [nodeIds, links]);
  const topology = useMemo((): NetworkTopology => {
    const [taskIds, pairs] = JSON.parse(key) as [string[], [string, string][]];
    return { taskIds, links: pairs.map(([from, to]) => ({ from, to })) };
  }, [key]);
  const { output, pending } = useOffThread(layoutJob, topology);
  return { layout: output, pending };
}
