import { createAsyncEventQueue, type AsyncEvent } from '../../../workbench/runtime';

const post = (body: unknown) => ({ method: 'POST', headers: {}, body: JSON.stringify(body) });
const PUBLISH = '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}';

describe('the workbench async-event queue', () => {
  it('delivers pushed events after their delay, counts them per job, and settles', async () => {
    const queue = createAsyncEventQueue();
    const seen: AsyncEvent[] = [];
    queue.bind((event) => { seen.push(event); return event.body.fail === true ? Promise.reject(new Error('boom')) : Promise.resolve(); });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const pushed = queue.answer(PUBLISH, post({ queueName: 'work', jobId: 'j1', payload: [{ body: { n: 1 } }, { body: { fail: true }, delayInSeconds: 1 }] }));
    expect(pushed.status).toBe(201);
    expect(queue.busy()).toBe(true);
    await queue.settled();
    expect(seen.map((e) => [e.queueName, e.jobId, e.body])).toEqual([['work', 'j1', { n: 1 }], ['work', 'j1', { fail: true }]]);
    const stats = queue.answer('/webhook/queue/stats/x/y/z/w', post({ queueName: 'work', jobId: 'j1' }));
    await expect(stats.json()).resolves.toEqual({ success: 1, inProgress: 0, failed: 1 });
    expect(queue.answer(PUBLISH, post({ queueName: 'bad name', jobId: 'j2', payload: [{ body: {} }] })).status).toBe(400);
  });
});
