// Resolvers of the `app/*` keys.
import packageJson from '../../package.json';
import { ok } from '../contract';
import type { Handler } from '../edge/define-resolver';

export const appInfo: Handler<'app/info'> = (_input, ctx, caller) =>
  Promise.resolve(ok({
    name: 'launch-control' as const,
    version: packageJson.version,
    accountId: ctx.principal.accountId,
    locale: ctx.principal.locale,
    ...(caller.moduleKey === undefined ? {} : { moduleKey: caller.moduleKey }),
  }));
