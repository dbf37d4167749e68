// Runs a Forge function handler "as an invocation": inside its own invocation context (principal,
// moduleKey, time budget), with the second argument Forge passes to handlers — the backend runtime
// payload that @forge/resolver reads `principal.accountId` and `installContext` from.
import { activeRuntimeIdentity } from './install';
import { createInvocationContext, DEFAULT_TIMEOUT_MS, runInInvocation, type InvocationOptions, type License } from './invocation-context';

/** Second handler argument; see node_modules/@forge/resolver/out/index.js getDefinitions(). */
export type BackendRuntimePayload = {
  readonly principal?: { readonly accountId: string };
  readonly installContext: string;
  readonly license?: License;
};

export function buildBackendRuntimePayload(accountId: string | undefined, installContext: string, license?: License): BackendRuntimePayload {
  return {
    installContext,
    ...(accountId === undefined ? {} : { principal: { accountId } }),
    ...(license === undefined ? {} : { license }),
  };
}

export class InvocationTimeoutError extends Error {
  constructor(
    readonly functionKey: string,
    readonly timeoutMs: number,
  ) {
    super(`Function '${functionKey}' did not finish within its ${timeoutMs} ms time budget.`);
    this.name = 'InvocationTimeoutError';
  }
}

export type FunctionHandler<Event, Result> = (event: Event, payload: BackendRuntimePayload) => Result | Promise<Result>;

/**
 * Calls `handler(event, backendRuntimePayload)` inside a fresh invocation context and rejects with
 * InvocationTimeoutError once the time budget is spent (the handler itself cannot be stopped).
 */
export async function invokeFunction<Event, Result>(
  handler: FunctionHandler<Event, Result>,
  event: Event,
  options: InvocationOptions,
): Promise<Result> {
  const identity = activeRuntimeIdentity();
  if (identity === undefined) throw new Error('invokeFunction needs installForgeRuntime() first.');
  const installContext = options.installContext ?? identity.installContext;
  const context = createInvocationContext({ ...options, installContext });
  const payload = buildBackendRuntimePayload(options.accountId, installContext, options.license);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new InvocationTimeoutError(context.functionKey, timeoutMs));
    }, timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([runInInvocation(context, async () => handler(event, payload)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
