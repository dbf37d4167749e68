// The one way a resolver is registered: parse input with the contract, run, parse output, answer an envelope.
// Thrown errors are bugs: they are normalised once here to INTERNAL and never leak their message to the page.
import Resolver from '@forge/resolver';
import type { z } from 'zod';
import {
  appError, contract, failure, success,
  type AppError, type ContractKey, type Envelope, type OutputOf, type ParsedInputOf,
} from '../contract';
import { isPlatformError } from '../adapters/platform-errors';
import { readCallContext, type CallContext } from './call-context';

/** Handlers may answer with readonly data (domain values are readonly); the output schema checks it anyway. */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [P in keyof T]: DeepReadonly<T[P]> } : T;

export type HandlerResult<K extends ContractKey> = { readonly ok: true; readonly data: DeepReadonly<OutputOf<K>> } | { readonly ok: false; readonly error: AppError };

export type Handler<K extends ContractKey> = (input: ParsedInputOf<K>, context: CallContext) => Promise<HandlerResult<K>>;

/** One handler for every key of the contract: a key left out, or one the contract lacks, does not compile. */
export type Handlers = { readonly [K in ContractKey]: Handler<K> };

/** The dotted paths of the fields that zod issues are about; an unknown key is named by itself. */
function issueFields(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...base, key].join('.')) : [base.join('.') || '(payload)'];
  });
}

/** Formats zod issues as `path: message`, naming the field that is wrong. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue, i) => `${issueFields([issue]).join(', ') || String(i)}: ${issue.message}`).join('; ');
}

/** Runs one call of `key` through the contract. */
async function runContractCall<K extends ContractKey>(
  key: K,
  handler: Handler<K>,
  payload: unknown,
  forgeContext: unknown,
): Promise<Envelope<OutputOf<K>>> {
  const caller = readCallContext(forgeContext);
  if (caller === undefined) return failure(appError('FORBIDDEN', 'This call needs a signed-in user.'));
  const input = contract[key].input.safeParse(payload);
  if (!input.success) {
    return failure(appError('BAD_REQUEST', describeIssues(input.error.issues), { fields: issueFields(input.error.issues) }));
  }
  let result: HandlerResult<K>;
  try {
    result = await handler(input.data as ParsedInputOf<K>, caller);
  } catch (error: unknown) {
    if (isPlatformError(error)) throw error;
    console.error(`resolver ${key} failed`, error instanceof Error ? error.name : typeof error);
    return failure(appError('INTERNAL', 'Something went wrong.'));
  }
  if (!result.ok) return failure(result.error);
  const output = contract[key].output.safeParse(result.data);
  if (!output.success) {
    console.error(`resolver ${key} answered outside its contract: ${describeIssues(output.error.issues)}`);
    return failure(appError('INTERNAL', 'Something went wrong.'));
  }
  return success(output.data as OutputOf<K>);
}

/** Builds the Forge resolver function from one handler per contract key. */
export function createResolver(handlers: Handlers) {
  const resolver = new Resolver();
  for (const key of Object.keys(contract) as ContractKey[]) {
    const handler = handlers[key] as Handler<ContractKey>;
    resolver.define(key, (request) => runContractCall(key, handler, request.payload, request.context));
  }
  return resolver.getDefinitions();
}
