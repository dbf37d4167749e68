// The network layout as React state: laid out once per set of tasks and links (duration, type and lag edits
// keep it), in a Web Worker for big plans so the page never freezes, synchronously for small ones or when
// workers are unavailable. While a new layout is computed the previous one stays on screen.
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../src/domain/schedule';
import { layoutNetwork, type NetworkLayout } from './network-layout';
import type { LayoutAnswer, LayoutRequest } from './network-layout-worker';

const WORKER_THRESHOLD = 120;

export interface LayoutState {
  readonly layout: NetworkLayout | undefined;
  readonly pending: boolean;
}

let requests = 0;

export function useNetworkLayout(plan: Plan): LayoutState {
  const topology = useMemo(
    () => JSON.stringify([plan.tasks.map((task) => task.id), plan.links.map((link) => [link.from, link.to])]),
    [plan.tasks, plan.links],
  );
  const [state, setState] = useState<{ readonly topology: string; readonly layout: NetworkLayout } | undefined>(undefined);
  useEffect(() => {
    const [taskIds, pairs] = JSON.parse(topology) as [string[], [string, string][]];
    const links = pairs.map(([from, to]) => ({ from, to }));
    const runHere = () => { setState({ topology, layout: layoutNetwork(taskIds, links) }); };
    if (taskIds.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
      runHere();
      return undefined;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./network-layout-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      runHere();
      return undefined;
    }
    requests += 1;
    const request: LayoutRequest = { id: requests, taskIds, links };
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      if (event.data.id === request.id) setState({ topology, layout: event.data.layout });
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      runHere();
    };
    worker.postMessage(request);
    return () => { worker.terminate(); };
  }, [topology]);
  return { layout: state?.layout, pending: state?.topology !== topology };
}
