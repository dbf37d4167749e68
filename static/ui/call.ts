// The page's typed client of the contract: `call('schedule/forEpic', input)` with types inferred from src/contract.
// Every answer is checked against the result schema; a broken bridge becomes an error value, never a throw.
import { invoke } from '@forge/bridge';
import { contract, resultSchema, type ContractKey, type DeepReadonly, type InputOf, type OutputOf, type Result } from '../../src/contract';

export async function call<K extends ContractKey>(key: K, input: DeepReadonly<InputOf<K>>): Promise<Result<OutputOf<K>>> {
  let answer: unknown;
  try {
    answer = await invoke(key, input as Record<string, unknown>);
  } catch (error: unknown) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: error instanceof Error ? error.message : String(error) } };
  }
  const parsed = resultSchema(contract[key].output).safeParse(answer);
  if (!parsed.success) return { ok: false, error: { code: 'INTERNAL', message: `unexpected answer to ${key}` } };
  return parsed.data as Result<OutputOf<K>>;
}
