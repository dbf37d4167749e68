// The project page's routes: the release list, one gate per release, and that release's schedule beside it.
export type GateRoute =
  | { readonly screen: 'releases' }
  | { readonly screen: 'gate'; readonly versionId: string }
  | { readonly screen: 'schedule'; readonly versionId: string };

const versionPath = /^\/versions\/(\d+)(\/schedule)?\/?$/;

/** Reads a route from a path; anything unknown is the release list. */
export function parseRoute(pathname: string): GateRoute {
  const match = versionPath.exec(pathname);
  if (match === null) return { screen: 'releases' };
  const versionId = match[1] as string;
  return match[2] === undefined ? { screen: 'gate', versionId } : { screen: 'schedule', versionId };
}

export function routePath(route: GateRoute): string {
  switch (route.screen) {
    case 'releases': return '/';
    case 'gate': return `/versions/${route.versionId}`;
    case 'schedule': return `/versions/${route.versionId}/schedule`;
  }
}
