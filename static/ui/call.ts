// The page's typed client of the contract: `call('schedule/forEpic', input)` with types inferred from src/contract.
// Every answer is checked against the envelope schema; a broken bridge becomes an error value, never a throw.
import { invoke } from '@forge/bridge';
import { contract, envelopeSchema, type ContractKey, type Envelope, type InputOf, type OutputOf } from '../../src/contract';

export async function call<K extends ContractKey>(key: K, input: InputOf<K>): Promise<Envelope<OutputOf<K>>> {
  let answer: unknown;
  try {
    answer = await invoke(key, input as Record<string, unknown>);
  } catch (error: unknown) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: error instanceof Error ? error.message : String(error) } };
  }
  const parsed = envelopeSchema(contract[key].output).safeParse(answer);
  if (!parsed.success) return { ok: false, error: { code: 'INTERNAL', message: `unexpected answer to ${key}` } };
  return parsed.data as Envelope<OutputOf<K>>;
}
