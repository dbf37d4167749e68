// Builds the `global.__forge_runtime__` object that @forge/api (__getRuntime, getAppContext,
// authorize, webTrigger, i18n) and @forge/kvs read: app and environment ids, the current
// invocation's fields, tracing ids, a proxy token and no-op metrics.
import type { ForgeRuntime } from '@forge/api';
import type { InvocationContext } from './invocation-context';

export interface RuntimeIdentity {
  readonly appId: string;
  readonly environmentType: string;
  readonly environmentId: string;
  readonly installationId: string;
  readonly installContext: string;
  readonly appCodeDir: string;
}

const timer = { stop: (): void => undefined };
const counter = { incr: (): void => undefined, incrBy: (): void => undefined, decr: (): void => undefined, decrBy: (): void => undefined };
const metrics: ForgeRuntime['metrics'] = {
  counter: () => counter,
  timing: () => ({ measure: () => timer }),
  gauge: () => ({ set: (): void => undefined }),
};

export function buildRuntime(identity: RuntimeIdentity, invocation: InvocationContext): ForgeRuntime {
  const contextAri = invocation.installContext ?? identity.installContext;
  return {
    proxy: { token: 'workbench-proxy-token', url: 'http://workbench.invalid/proxy' },
    contextAri,
    container: { region: 'local', runtime: `nodejs${process.versions.node.split('.')[0] ?? ''}.x`, appCodeDir: identity.appCodeDir },
    appContext: {
      appId: identity.appId,
      appVersion: '0.0.0-workbench',
      environmentId: identity.environmentId,
      environmentType: identity.environmentType,
      invocationId: invocation.invocationId,
      installationId: identity.installationId,
      functionKey: invocation.functionKey,
      moduleType: invocation.moduleType,
      moduleKey: invocation.moduleKey,
      ...(invocation.license ? { license: invocation.license } : {}),
      installation: { ari: installationAri(identity.installationId), contexts: [{ toString: () => contextAri }] },
    },
    ...(invocation.accountId === undefined ? {} : { aaid: invocation.accountId }),
    lambdaContext: {
      awsRequestId: invocation.invocationId,
      getRemainingTimeInMillis: () => Math.max(0, invocation.deadline - Date.now()),
    },
    tracing: { traceId: invocation.traceId, spanId: invocation.spanId },
    realtime: {},
    metrics,
    externalAuth: [],
    featureFlags: () => false,
  };
}

function installationAri(installationId: string): { installationId: string; toString: () => string; toJSON: () => string } {
  const ari = `ari:cloud:ecosystem::installation/${installationId}`;
  return { installationId, toString: () => ari, toJSON: () => ari };
}
