// Resolvers of the `app/*` keys.
import packageJson from '../../package.json';
import type { Handler } from './register';

export const appInfo: Handler<'app/info'> = (_input, caller) =>
  Promise.resolve({
    ok: true,
    data: {
      name: 'launch-control',
      version: packageJson.version,
      accountId: caller.accountId,
      locale: caller.locale,
      ...(caller.moduleKey === undefined ? {} : { moduleKey: caller.moduleKey }),
    },
  });
