// The workbench's Forge function side: installs the globals @forge/api and @forge/kvs call, and runs
// handlers as invocations with a principal, module key and time budget.
export { installForgeRuntime, activeRuntimeIdentity, WORKBENCH_APP_ID, WORKBENCH_INSTALL_CONTEXT } from './install';
export type { ForgeRuntimeOptions, InstalledForgeRuntime } from './install';
export { invokeFunction, buildBackendRuntimePayload, InvocationTimeoutError } from './invoke';
export type { BackendRuntimePayload, FunctionHandler } from './invoke';
export { DEFAULT_TIMEOUT_MS, currentInvocation } from './invocation-context';
export type { InvocationOptions, InvocationContext } from './invocation-context';
export type { RuntimeIdentity } from './runtime-object';
export { toProductRequest } from './product-route';
export type { License } from './invocation-context';
export { createAsyncEventQueue } from './async-events';
export type { AsyncEvent, AsyncEventDelivery, AsyncEventQueue } from './async-events';
