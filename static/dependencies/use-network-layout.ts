// The network layout as React state: laid out once per set of tasks and links (duration, type and lag edits
// keep it), in a Web Worker for big plans so the page never freezes, in line for small ones or where workers
// are unavailable. While a new layout is computed the previous one stays on screen.
import { useMemo } from 'react';
import type { Plan } from '../../src/domain/schedule';
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

export function useNetworkLayout(plan: Plan): LayoutState {
  const key = useMemo(
    () => JSON.stringify([plan.tasks.map((task) => task.id), plan.links.map((link) => [link.from, link.to])]),
    [plan.tasks, plan.links],
  );
  const topology = useMemo((): NetworkTopology => {
    const [taskIds, pairs] = JSON.parse(key) as [string[], [string, string][]];
    return { taskIds, links: pairs.map(([from, to]) => ({ from, to })) };
  }, [key]);
  const { output, pending } = useOffThread(layoutJob, topology);
  return { layout: output, pending };
}
