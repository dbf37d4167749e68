// Routes an emulator request to a handler by method and path template (`/rest/api/3/issue/{issueIdOrKey}`),
// and gives the template so requests can be counted per endpoint.

import type { ParsedRequest } from './http';

export type RouteHandler<C> = (context: C, request: ParsedRequest, params: Readonly<Record<string, string>>) => Response | Promise<Response>;

export interface Route<C> {
  readonly method: string;
  readonly template: string;
  readonly handler: RouteHandler<C>;
}

interface CompiledRoute<C> extends Route<C> {
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

export interface RouteMatch<C> {
  readonly route: Route<C>;
  readonly params: Readonly<Record<string, string>>;
}

export interface Router<C> {
  match(method: string, pathname: string): RouteMatch<C> | undefined;
  /** Whether any route has this path (for 405 rather than 404). */
  hasPath(pathname: string): boolean;
}

export function route<C>(method: string, template: string, handler: RouteHandler<C>): Route<C> {
  return { method, template, handler };
}

export function createRouter<C>(routes: readonly Route<C>[]): Router<C> {
  const compiled: CompiledRoute<C>[] = routes.map((r) => {
    const names: string[] = [];
    const source = r.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { ...r, pattern: new RegExp(`^${source}/?$`), names };
  });
  const paramsOf = (r: CompiledRoute<C>, m: RegExpExecArray): Record<string, string> =>
    Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')]));
  return {
    match: (method, pathname) => {
      for (const r of compiled) {
        if (r.method !== method) continue;
        const m = r.pattern.exec(pathname);
        if (m) return { route: r, params: paramsOf(r, m) };
      }
      return undefined;
    },
    hasPath: (pathname) => compiled.some((r) => r.pattern.test(pathname)),
  };
}
