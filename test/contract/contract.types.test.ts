// Type-level tests: a key or a payload outside the contract does not compile (checked by `npm run typecheck`).
import type { ContractKey, InputOf, OutputOf } from '../../src/contract';
import type { Handler, Handlers } from '../../src/edge/define-resolver';

type Call = <K extends ContractKey>(key: K, input: InputOf<K>) => Promise<OutputOf<K>>;

export async function typeChecks(call: Call): Promise<readonly unknown[]> {
  const info = await call('app/info', {});
  const name: 'launch-control' = info.name;
  const schedule = await call('schedule/forEpic', { issueKey: 'PERP-1' });
  // @ts-expect-error: a key the contract lacks
  const unknownKey = await call('app/unknown', {});
  // @ts-expect-error: a payload field of the wrong type
  const badPayload = await call('schedule/forEpic', { issueKey: 12 });
  // @ts-expect-error: a payload without its required field
  const missingField = await call('schedule/forEpic', {});
  // @ts-expect-error: a field the output does not have
  const noSuchField: unknown = info.nothing;
  // @ts-expect-error: every key needs a handler
  const missing: Handlers = {};
  // @ts-expect-error: a handler must answer its key's output
  const wrong: Handler<'app/info'> = () => Promise.resolve({ ok: true, data: { name: 'other' } });
  const release = await call('schedule/forRelease', { versionId: '10100' });
  const releaseToday = release.state === 'ready' ? release.today : release.progress.total;
  // @ts-expect-error: a computing release has no plan
  const noPlan: unknown = release.state === 'computing' ? release.plan : undefined;
  const placement = (await call('schedule/forIssue', { issueKey: 'PERP-1' })).placement;
  const slip = placement.kind === 'scheduled' ? placement.releaseSlipPerDay : 0;
  // @ts-expect-error: the release schedule is asked for by version id
  const byKey = await call('schedule/forRelease', { issueKey: 'PERP-1' });
  return [releaseToday, noPlan, slip, byKey, name, schedule.today, unknownKey, badPayload, missingField, noSuchField, missing, wrong];
}

describe('contract types', () => {
  it('are checked by the compiler', () => {
    expect(typeof typeChecks).toBe('function');
  });
});
