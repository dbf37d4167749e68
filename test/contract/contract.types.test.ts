// Type-level tests: a key or a payload outside the contract does not compile (checked by `npm run typecheck`).
import type { ContractKey, InputOf, OutputOf } from '../../src/contract';
import type { Handler, Handlers } from '../../src/resolvers/register';

type Call = <K extends ContractKey>(key: K, input: InputOf<K>) => Promise<OutputOf<K>>;
declare const call: Call;

export async function typeChecks(): Promise<void> {
  const info = await call('app/info', {});
  const name: 'launch-control' = info.name;
  void name;
  // @ts-expect-error: a key the contract lacks
  await call('app/unknown', {});
  // @ts-expect-error: a field the output does not have
  void info.nothing;
  // @ts-expect-error: every key needs a handler
  const missing: Handlers = {};
  void missing;
  // @ts-expect-error: a handler must answer its key's output
  const wrong: Handler<'app/info'> = () => Promise.resolve({ ok: true, data: { name: 'other' } });
  void wrong;
}

describe('contract types', () => {
  it('are checked by the compiler', () => {
    expect(typeof typeChecks).toBe('function');
  });
});
