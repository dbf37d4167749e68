// Answers `__forge_fetch__({ type: 'fpp', provider, remote, accountId }, path, init)` — what
// requestJira / requestConfluence send — by handing one ProductRequest to the product emulator.
// asUser() acts as the given account or, as in Forge, the invoking user; asApp() acts as the app.
import type { Principal, ProductEndpoints, ProductRequest } from '../products/product-endpoint';
import type { NormalisedInit } from './request-init';

export interface ProductTarget {
  readonly provider: 'app' | 'user' | 'none';
  readonly remote: string;
  readonly accountId?: string | undefined;
}

export function toProductRequest(target: ProductTarget, path: string, init: NormalisedInit, invokingAccountId: string | undefined): ProductRequest {
  return { method: init.method, path, headers: init.headers, body: init.body, principal: principalFor(target, invokingAccountId) };
}

function principalFor(target: ProductTarget, invokingAccountId: string | undefined): Principal {
  if (target.provider !== 'user') return { kind: 'app' };
  const accountId = target.accountId ?? invokingAccountId;
  if (accountId === undefined) {
    throw new Error(
      `asUser().request${target.remote === 'jira' ? 'Jira' : 'Confluence'}() was called outside a user invocation: ` +
        'run the handler with invokeFunction(..., { accountId }) or use asApp().',
    );
  }
  return { kind: 'user', accountId };
}

export async function answerProductRequest(
  products: ProductEndpoints,
  target: ProductTarget,
  path: string,
  init: NormalisedInit,
  invokingAccountId: string | undefined,
): Promise<Response> {
  const request = toProductRequest(target, path, init, invokingAccountId);
  switch (target.remote) {
    case 'jira':
      return products.jira(request);
    case 'confluence':
      return products.confluence(request);
    default:
      throw new Error(`The workbench has no '${target.remote}' product; only jira and confluence are emulated.`);
  }
}
