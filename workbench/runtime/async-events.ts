// Forge async events at the platform's seam: `@forge/events` posts `/webhook/queue/{publish,stats,cancel}/...`
// through `__forge_fetch__` (remote `stargate`, as the app). The workbench keeps each pushed event, waits out its
// `delayInSeconds`, and hands it to the consumer modules of its queue, as Forge does; job stats count outcomes.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { NormalisedInit } from './request-init';

/** What a consumer function receives: the pushed event plus the invocation's ids (`@forge/events` AsyncEvent). */
export interface AsyncEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly delayInSeconds?: number;
}

/** Runs the consumers of `event.queueName`; rejects when one fails. */
export type AsyncEventDelivery = (event: AsyncEvent) => Promise<void>;

export interface AsyncEventQueue {
  /** Answers one `__forge_fetch__` call under `/webhook/queue/`. */
  answer(path: string, init: NormalisedInit): Response;
  /** Where pushed events go; until bound, pushes are refused with 503. */
  bind(deliver: AsyncEventDelivery): void;
  /** Resolves once no event is waiting or being consumed (events pushed meanwhile included). */
  settled(): Promise<void>;
  /** Whether an event is waiting or being consumed. */
  busy(): boolean;
  /** Drops events still waiting for their delay. */
  clear(): void;
}

const pushEvent = z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().int().min(0).max(900).optional() });
const pushRequest = z.object({ queueName: z.string().regex(/^[a-zA-Z0-9-_]+$/), jobId: z.string().min(1), payload: z.array(pushEvent).min(1).max(50) });
const jobRequest = z.object({ queueName: z.string(), jobId: z.string().min(1) });

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createAsyncEventQueue(): AsyncEventQueue {
  let deliver: AsyncEventDelivery | undefined;
  const jobs = new Map<string, { success: number; inProgress: number; failed: number; cancelled: boolean }>();
  const waiting = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const waiters = new Set<() => void>();
  const changed = () => { for (const wake of waiters) wake(); waiters.clear(); };

  const run = (event: AsyncEvent, stats: { success: number; inProgress: number; failed: number; cancelled: boolean }): void => {
    if (stats.cancelled || deliver === undefined) return;
    stats.inProgress += 1;
    const work = deliver(event).then(
      () => { stats.success += 1; },
      (error: unknown) => { stats.failed += 1; console.error(`workbench: consumer of ${event.queueName} failed`, error instanceof Error ? error.message : error); },
    ).finally(() => { stats.inProgress -= 1; running.delete(work); changed(); });
    running.add(work);
  };

  const publish = (body: unknown): Response => {
    const parsed = pushRequest.safeParse(body);
    if (!parsed.success) return json(400, { message: 'Invalid push request', errors: parsed.error.issues.map((i) => i.message) });
    if (deliver === undefined) return json(503, { message: 'No consumer is bound to the workbench queue yet.' });
    const { queueName, jobId, payload } = parsed.data;
    const stats = jobs.get(jobId) ?? { success: 0, inProgress: 0, failed: 0, cancelled: false };
    jobs.set(jobId, stats);
    for (const pushed of payload) {
      const event: AsyncEvent = { queueName, jobId, eventId: randomUUID(), body: pushed.body, ...(pushed.delayInSeconds === undefined ? {} : { delayInSeconds: pushed.delayInSeconds }) };
      const timer = setTimeout(() => { waiting.delete(timer); run(event, stats); changed(); }, (pushed.delayInSeconds ?? 0) * 1000);
      timer.unref();
      waiting.add(timer);
    }
    return json(201, {});
  };

  return {
    answer(path, init) {
      let body: unknown;
      try { body = init.body === undefined ? undefined : JSON.parse(init.body); } catch { return json(400, { message: 'not JSON' }); }
      if (init.method !== 'POST') return json(405, { message: `${init.method} is not allowed` });
      if (path.startsWith('/webhook/queue/publish/')) return publish(body);
      const job = jobRequest.safeParse(body);
      const stats = job.success ? jobs.get(job.data.jobId) : undefined;
      if (stats === undefined) return json(404, { message: 'No such job.' });
      if (path.startsWith('/webhook/queue/stats/')) return json(200, { success: stats.success, inProgress: stats.inProgress, failed: stats.failed });
      if (path.startsWith('/webhook/queue/cancel/')) { stats.cancelled = true; return new Response(null, { status: 204 }); }
      return json(404, { message: `The workbench has no queue endpoint ${path}.` });
    },
    bind(next) { deliver = next; },
    busy: () => waiting.size > 0 || running.size > 0,
    async settled() {
      while (waiting.size > 0 || running.size > 0) {
        await new Promise<void>((resolve) => { waiters.add(resolve); });
      }
    },
    clear() {
      for (const timer of waiting) clearTimeout(timer);
      waiting.clear();
      changed();
    },
  };
}
