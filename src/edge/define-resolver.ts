// The one way a resolver is registered: parse input with the contract, build the call's context, run the
// handler, parse its output, answer a Result. Thrown errors are normalised once here (see thrown.ts).
import Resolver from '@forge/resolver';
import {
  appError, contract, err, ok,
  type ContractKey, type DeepReadonly, type OutputOf, type ParsedInputOf, type Result,
} from '../contract';
import { createUserContext, type UserCallContext } from '../services/call-context';
import { readResolverCaller, type ResolverCaller } from './forge-context';
import { absorbThrown } from './thrown';
import { describeIssues, issueFields } from './zod-issues';

/** Handlers may answer with readonly data (domain values are readonly); the output schema checks it anyway. */
export type HandlerResult<K extends ContractKey> = Result<DeepReadonly<OutputOf<K>>>;

/** A page call: its parsed input, the call's context and the module it came from. */
export type Handler<K extends ContractKey> = (input: ParsedInputOf<K>, ctx: UserCallContext, caller: ResolverCaller) => Promise<HandlerResult<K>>;

/** One handler for every key of the contract: a key left out, or one the contract lacks, does not compile. */
export type Handlers = { readonly [K in ContractKey]: Handler<K> };

async function runContractCall<K extends ContractKey>(key: K, handler: Handler<K>, payload: unknown, forgeContext: unknown): Promise<Result<OutputOf<K>>> {
  const caller = readResolverCaller(forgeContext);
  if (caller === undefined) return err(appError('FORBIDDEN', 'This call needs a signed-in user.', { reason: 'signed-out' }));
  const input = contract[key].input.safeParse(payload);
  if (!input.success) {
    return err(appError('BAD_REQUEST', describeIssues(input.error.issues), { details: { fields: issueFields(input.error.issues) } }));
  }
  const ctx = createUserContext({ accountId: caller.accountId, locale: caller.locale, timeZone: caller.timeZone });
  let result: HandlerResult<K>;
  try {
    result = await handler(input.data as ParsedInputOf<K>, ctx, caller);
  } catch (error: unknown) {
    absorbThrown(`resolver ${key}`, error);
    return err(appError('INTERNAL', 'Something went wrong.'));
  }
  if (!result.ok) return err(result.error);
  const output = contract[key].output.safeParse(result.data);
  if (!output.success) {
    console.error(`resolver ${key} answered outside its contract: ${describeIssues(output.error.issues)}`);
    return err(appError('INTERNAL', 'Something went wrong.'));
  }
  return ok(output.data as OutputOf<K>);
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
