// The current route of the project page, from Forge's history (view.createHistory), and a way to move.
import { view } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routePath, type GateRoute } from './routes';

interface RouteHistory {
  readonly location: { readonly pathname: string };
  push(path: string): void;
  listen(listener: (location: { readonly pathname: string }) => void): () => void;
}

export interface Routing {
  readonly route: GateRoute | undefined;
  readonly go: (route: GateRoute) => void;
}

export function useRoute(): Routing {
  const [history, setHistory] = useState<RouteHistory | undefined>(undefined);
  const [route, setRoute] = useState<GateRoute | undefined>(undefined);
  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    void view.createHistory().then((created) => {
      if (!live) return;
      const routeHistory = created as unknown as RouteHistory;
      setHistory(routeHistory);
      setRoute(parseRoute(routeHistory.location.pathname));
      unlisten = routeHistory.listen((location) => { setRoute(parseRoute(location.pathname)); });
    });
    return () => { live = false; unlisten?.(); };
  }, []);
  const go = useCallback((next: GateRoute) => { history?.push(routePath(next)); }, [history]);
  return { route, go };
}
