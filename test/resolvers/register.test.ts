// A round trip through the real Forge resolver (`getDefinitions()` as exported by src/index.ts).
import { resolver } from '../../src';

const invoke = (functionKey: string, payload: unknown, accountId?: string) =>
  resolver(
    { call: { functionKey, payload }, context: { locale: 'zh_CN', moduleKey: 'epic-dependencies' } },
    accountId === undefined ? {} : { principal: { accountId } },
  );

describe('contract registration', () => {
  it('answers app/info with the caller from the Forge context', async () => {
    await expect(invoke('app/info', {}, 'user-1')).resolves.toEqual({
      ok: true,
      data: { name: 'launch-control', version: expect.any(String) as string, accountId: 'user-1', locale: 'zh_CN', moduleKey: 'epic-dependencies' },
    });
  });

  it('answers BAD_REQUEST naming the field of a payload outside the contract', async () => {
    const answer = await invoke('app/info', { accountId: 'someone-else' }, 'user-1');
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['accountId'] } } });
    expect(JSON.stringify(answer)).toContain('accountId');
  });

  it('answers FORBIDDEN without a signed-in user', async () => {
    await expect(invoke('app/info', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('does not know keys outside the contract', async () => {
    await expect(invoke('app/nothing', {}, 'user-1')).rejects.toThrow("Resolver has no definition for 'app/nothing'.");
  });
});
