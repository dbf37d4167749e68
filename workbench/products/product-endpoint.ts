// The seam between the workbench's Forge runtime and a product emulator (Jira, Confluence) or a real site.
// The runtime turns each `requestJira` / `requestConfluence` call made by the app into one ProductRequest.

/** Who the app is calling as: the app itself (`asApp()`) or a user (`asUser()`). */
export type Principal = { readonly kind: 'app' } | { readonly kind: 'user'; readonly accountId: string };

export interface ProductRequest {
  readonly method: string;
  /** Path with query string, e.g. `/rest/api/3/search/jql?fields=summary`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly principal: Principal;
}

/** One product's REST surface: answers a request the way the real product would. */
export type ProductEndpoint = (request: ProductRequest) => Promise<Response>;

export interface ProductEndpoints {
  readonly jira: ProductEndpoint;
  readonly confluence: ProductEndpoint;
}
