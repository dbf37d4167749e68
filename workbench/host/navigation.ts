// Where @forge/bridge's router.navigate / router.open / router.getUrl go in the workbench: a NavigationLocation
// (`{ target: 'issue', issueKey }`, `{ target: 'module', moduleKey, projectKey?, spaceKey?, path? }`, a page by
// content id) mapped to the workbench address of that spot, as Jira and Confluence map it to theirs. A plain URL
// stays the host script's business (it refuses non-web schemes).
import { z } from 'zod';
import type { DemoSite } from '../seed/demo-site';
import type { ManifestModules } from './manifest-modules';
import { spotUrls } from './spot-urls';

export type NavigationAnswer = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, 'an issue key such as PERP-12');
/** An app route after a page's address: starts with `/`, no scheme or host, nothing that climbs out. */
const appPath = z.string().regex(/^\/[^\s\\]*$/, 'a path starting with /').refine((path) => !path.startsWith('//') && !path.split(/[/?#]/).includes('..'), 'a path inside the module');

const locationSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('issue'), issueKey }),
  z.object({ target: z.literal('module'), moduleKey: z.string().min(1), projectKey: z.string().min(1).optional(), spaceKey: z.string().min(1).optional(), path: appPath.optional() }),
  z.object({ target: z.literal('contentView'), contentId: z.string().min(1), version: z.string().optional() }),
  z.object({ target: z.literal('spaceView'), spaceKey: z.string().min(1) }),
]);

const fail = (message: string): NavigationAnswer => ({ ok: false, message });

/** The workbench address of a navigation location, or why it has none (named precisely, for the app's developer). */
export function navigationUrl(location: unknown, manifest: ManifestModules, site: DemoSite): NavigationAnswer {
  const target = typeof location === 'object' && location !== null ? (location as Record<string, unknown>)['target'] : undefined;
  if (typeof target !== 'string') return fail('a navigation location needs a target');
  const parsed = locationSchema.safeParse(location);
  if (!parsed.success) {
    const known = ['issue', 'module', 'contentView', 'spaceView'];
    if (!known.includes(target)) return fail(`the workbench does not emulate navigation to target ${target} (it knows ${known.join(', ')})`);
    return fail(`navigation to ${target}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'location'}: ${issue.message}`).join('; ')}`);
  }
  const spot = parsed.data;
  switch (spot.target) {
    case 'issue':
      return { ok: true, url: spotUrls.issue(spot.issueKey) };
    case 'module': {
      const module = manifest.modules.find((m) => m.key === spot.moduleKey);
      if (module === undefined) return fail(`navigation to module ${spot.moduleKey}: manifest.yml has no such module`);
      const path = spot.path ?? '';
      switch (module.type) {
        case 'jira:projectPage': {
          const projectKey = spot.projectKey ?? site.jira.project.key;
          if (projectKey !== site.jira.project.key) return fail(`navigation to module ${spot.moduleKey}: the demo site has no project ${projectKey}`);
          return { ok: true, url: `${spotUrls.projectPage(projectKey, module.key)}${path === '/' ? '' : path}` };
        }
        case 'confluence:spacePage': {
          const space = spot.spaceKey === undefined ? site.confluence.spaces[0] : site.confluence.spaces.find((s) => s.key === spot.spaceKey);
          if (space === undefined) return fail(`navigation to module ${spot.moduleKey}: the demo site has no space ${spot.spaceKey ?? ''}`);
          return { ok: true, url: `${spotUrls.spacePage(space.key, module.route ?? module.key)}${path === '/' ? '' : path}` };
        }
        default:
          // As in the products: only full-page modules are navigation targets; an issue panel is reached through its issue.
          return fail(`navigation to module ${spot.moduleKey}: a ${module.type} module is not a page of its own`);
      }
    }
    case 'contentView': {
      const page = site.confluence.pages.find((p) => p.id === spot.contentId);
      const space = site.confluence.spaces.find((s) => s.id === page?.spaceId);
      if (page === undefined || space === undefined) return fail(`navigation to content ${spot.contentId}: the demo site has no such page`);
      return { ok: true, url: spotUrls.page(space.key, page.id) };
    }
    case 'spaceView': {
      const space = site.confluence.spaces.find((s) => s.key === spot.spaceKey);
      if (space === undefined) return fail(`navigation to space ${spot.spaceKey}: the demo site has no such space`);
      return { ok: true, url: spotUrls.page(space.key, space.homepageId) };
    }
  }
}
