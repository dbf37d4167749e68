// The workbench's HTTP server: the front page, the product pages that frame each surface, the built resources
// (with the bridge shim injected, under a Forge-like CSP), the bridge's invoke, webtriggers and triggers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { DemoSite, DemoUser } from '../seed/demo-site';
import type { AppFrame, Placing } from './app-frame';
import { renderFrontPage } from './front-page';
import type { FunctionHost } from './function-host';
import { HttpError } from './http-error';
import type { ManifestModules } from './manifest-modules';
import { renderProductPage, type Viewer } from './pages';
import { productPageAt } from './product-pages';
import { themeCss } from './theme-css';
import { navigationUrl } from './navigation';
import { manifestText, readAppTranslations, wordingFor } from './wording';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Close to Forge's default Custom UI policy: the app's own origin only, no inline script or style. */
const RESOURCE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

export interface ServerOptions {
  readonly appRoot: string;
  readonly site: DemoSite;
  readonly manifest: ManifestModules;
  readonly functions: FunctionHost;
  /** Everything a test or benchmark reads or arranges over HTTP: request counts and faults. */
  readonly control: { counts(): unknown; addFault(body: unknown): void; clearFaults(): void };
}


async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 5 * 1024 * 1024) throw new HttpError(413, 'request body over 5 MiB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Only `application/json` bodies: a cross-site form cannot post one, so other sites cannot drive the workbench. */
async function readJson<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'expected Content-Type: application/json');
  let value: unknown;
  try { value = JSON.parse(await readBody(request)) as unknown; } catch { throw new HttpError(400, 'the body is not JSON'); }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

function send(response: ServerResponse, status: number, body: string, type: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) => { send(response, status, JSON.stringify(value), 'application/json'); };

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function createWorkbenchServer(options: ServerOptions): Server {
  const { appRoot, site, manifest, functions, control } = options;
  // The first English-speaking planner, so a newcomer's first look is in English; the switcher changes it.
  const defaultUser = site.users.find((u) => (u.role === 'pmo' || u.role === 'bizops') && u.locale === 'en_US') ?? site.users[0];
  if (defaultUser === undefined) throw new Error('the demo site has no users');
  const appTranslations = readAppTranslations(appRoot, manifest.translations);
  const browserDir = join(__dirname, 'browser');

  const viewerOf = (request: IncomingMessage): Viewer => {
    const chosen = cookie(request, 'lc_user');
    const user = site.users.find((u) => u.accountId === chosen) ?? defaultUser;
    return { user, users: site.users, wording: wordingFor(user.locale, appTranslations) };
  };

  /** The host's address as the browser reached it: extension contexts carry the page's full URL as `location`. */
  const placingFor = (request: IncomingMessage, viewer: Viewer): Placing =>
    ({ origin: `http://${request.headers.host ?? '127.0.0.1'}`, text: manifestText(viewer.wording) });

  const contextFor = (frame: AppFrame, user: DemoUser) => ({
    accountId: user.accountId,
    cloudId: site.cloudId,
    localId: frame.localId,
    locale: user.locale,
    timezone: user.timeZone,
    moduleKey: frame.moduleKey,
    siteUrl: 'http://workbench.local',
    extension: frame.extension,
  });

  async function serveResource(response: ServerResponse, resourceKey: string, file: string): Promise<void> {
    const folder = manifest.resources.get(resourceKey);
    if (folder === undefined) throw new HttpError(404, `manifest.yml has no resource ${resourceKey}`);
    const base = resolve(appRoot, folder);
    const path = normalize(join(base, file === '' ? 'index.html' : file));
    if (path !== base && !path.startsWith(base + sep)) throw new HttpError(403, 'outside the resource folder');
    let content: Buffer;
    try { content = await readFile(path); } catch { throw new HttpError(404, `resource ${resourceKey} has no ${file} (run npm run build)`); }
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'Content-Security-Policy': RESOURCE_CSP };
    if (extname(path) === '.html') {
      // As the real host does: its bridge before the app, and the content half of the frame sizer once the body exists.
      const page = content.toString('utf8')
        .replace('<head>', '<head>\n<script src="/__workbench/bridge-shim.js"></script>')
        .replace('</body>', '<script src="/__workbench/iframe-resizer-content.js"></script>\n</body>');
      send(response, 200, page, type, headers);
      return;
    }
    response.writeHead(200, { 'Content-Type': type, ...headers });
    response.end(content);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://workbench.local');
    const path = url.pathname;
    const method = request.method ?? 'GET';
    let match: RegExpExecArray | null;

    if (method === 'GET' && path === '/') {
      const viewer = viewerOf(request);
      send(response, 200, renderFrontPage(site, manifest, viewer, placingFor(request, viewer)), 'text/html; charset=utf-8');
      return;
    }
    if (method === 'GET' && path === '/__workbench/theme.css') { send(response, 200, themeCss, 'text/css; charset=utf-8'); return; }
    if (method === 'GET' && (match = /^\/__workbench\/iframe-resizer(-content)?\.js$/.exec(path)) !== null) {
      const half = match[1] === undefined ? 'iframeResizer.min.js' : 'iframeResizer.contentWindow.min.js';
      send(response, 200, await readFile(require.resolve(`iframe-resizer/js/${half}`), 'utf8'), 'text/javascript; charset=utf-8');
      return;
    }
    if (method === 'GET' && (match = /^\/__workbench\/(bridge-shim\.js|host\.js|host\.css)$/.exec(path)) !== null) {
      const name = match[1] ?? '';
      send(response, 200, await readFile(join(browserDir, name), 'utf8'), CONTENT_TYPES[extname(name)] ?? 'text/plain');
      return;
    }
    if (method === 'GET' && (match = /^\/resources\/([\w-]+)\/(.*)$/.exec(path)) !== null) {
      let file: string;
      try { file = decodeURIComponent(match[2] ?? ''); } catch { throw new HttpError(400, 'malformed path'); }
      await serveResource(response, match[1] ?? '', file);
      return;
    }

    if (method === 'POST' && path === '/__workbench/user') {
      const { accountId } = await readJson(request, z.object({ accountId: z.string() }));
      if (!site.users.some((u) => u.accountId === accountId)) throw new HttpError(400, `no demo user ${accountId}`);
      send(response, 204, '', 'text/plain', { 'Set-Cookie': `lc_user=${encodeURIComponent(accountId)}; Path=/; SameSite=Lax` });
      return;
    }
    if (method === 'POST' && path === '/__workbench/invoke') {
      const body = await readJson(request, z.object({ moduleKey: z.string(), localId: z.string(), functionKey: z.string(), payload: z.unknown(), extension: z.record(z.string(), z.unknown()).default({}) }));
      const { user } = viewerOf(request);
      try {
        const result = await functions.invoke(body.functionKey, body.payload ?? {}, { accountId: user.accountId, locale: user.locale, moduleKey: body.moduleKey, localId: body.localId, extension: body.extension });
        sendJson(response, 200, { ok: true, result });
      } catch (error: unknown) {
        // Forge rejects the page's invoke when the function throws; the message stays generic, as there.
        console.error(`workbench: ${body.functionKey} threw`, error);
        sendJson(response, 200, { ok: false, message: 'There was an error invoking the function.' });
      }
      return;
    }
    if (method === 'POST' && path === '/__workbench/macro-config') {
      // A config screen's `view.submit({ config })`: Confluence keeps the config with that one macro instance.
      const { localId, payload } = await readJson(request, z.object({ localId: z.string(), payload: z.object({ config: z.record(z.string(), z.unknown()) }) }));
      const instance = site.confluence.macros.find((m) => m.localId === localId);
      if (instance === undefined) throw new HttpError(404, `no macro instance ${localId}`);
      if (manifest.module(instance.moduleKey).config === undefined) throw new HttpError(400, `macro ${instance.moduleKey} has no config screen`);
      instance.config = payload.config;
      sendJson(response, 200, { ok: true, result: true });
      return;
    }
    if (method === 'POST' && path === '/__workbench/navigation') {
      // router.navigate / open / getUrl with a NavigationLocation: the address of that spot in the workbench.
      const { location } = await readJson(request, z.object({ location: z.unknown() }));
      const answer = navigationUrl(location, manifest, site);
      if (!answer.ok) throw new HttpError(400, answer.message);
      sendJson(response, 200, { ok: true, result: { url: answer.url } });
      return;
    }
    if ((match = /^\/__workbench\/trigger\/([\w-]+)$/.exec(path)) !== null && method === 'POST') {
      const event = await readJson(request, z.unknown());
      sendJson(response, 200, { ok: true, result: await functions.fireTrigger(match[1] ?? '', event) });
      return;
    }
    if (method === 'GET' && path === '/__workbench/counts') { sendJson(response, 200, control.counts()); return; }
    if (method === 'POST' && path === '/__workbench/faults') { control.addFault(await readJson(request, z.unknown())); sendJson(response, 200, { ok: true }); return; }
    if (method === 'DELETE' && path === '/__workbench/faults') { control.clearFaults(); sendJson(response, 200, { ok: true }); return; }

    if ((match = /^\/webtrigger\/([\w-]+)$/.exec(path)) !== null) {
      const headers: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(request.headers)) if (value !== undefined) headers[key] = Array.isArray(value) ? value : [value];
      const queryParameters: Record<string, string[]> = {};
      for (const [key, value] of url.searchParams) (queryParameters[key] ??= []).push(value);
      const answer = z.object({ statusCode: z.number(), headers: z.record(z.string(), z.array(z.string())).default({}), body: z.string().default('') })
        .parse(await functions.callWebtrigger(match[1] ?? '', { method, path, headers, queryParameters, body: await readBody(request) }));
      const flat: Record<string, string> = {};
      for (const [key, values] of Object.entries(answer.headers)) flat[key] = values.join(', ');
      send(response, answer.statusCode, answer.body, flat['Content-Type'] ?? 'text/plain', flat);
      return;
    }

    if (method !== 'GET') throw new HttpError(405, `${method} ${path} is not served`);
    const viewer = viewerOf(request);
    const page = productPageAt(url, { site, manifest, wording: viewer.wording, placing: placingFor(request, viewer) });
    if (page !== undefined) {
      send(response, 200, renderProductPage(page, viewer, (frame) => contextFor(frame, viewer.user)), 'text/html; charset=utf-8');
      return;
    }
    throw new HttpError(404, `nothing is served at ${path}`);
  }

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('workbench:', error);
      if (!response.headersSent) sendJson(response, status, { ok: false, message: error instanceof Error && status !== 500 ? error.message : 'workbench error' });
      else response.end();
    });
  });
}
