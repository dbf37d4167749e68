import { parseRoute, routePath, type GateRoute } from '../../../static/gate/routes';

describe('project page routes', () => {
  it.each<[string, GateRoute]>([
    ['/', { screen: 'releases' }],
    ['/versions/10001', { screen: 'gate', versionId: '10001' }],
    ['/versions/10001/', { screen: 'gate', versionId: '10001' }],
    ['/versions/10001/schedule', { screen: 'schedule', versionId: '10001' }],
    ['/versions/abc', { screen: 'releases' }],
    ['/elsewhere', { screen: 'releases' }],
  ])('reads %s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('writes each route back to a path it reads the same', () => {
    const routes: GateRoute[] = [{ screen: 'releases' }, { screen: 'gate', versionId: '7' }, { screen: 'schedule', versionId: '7' }];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });
});
