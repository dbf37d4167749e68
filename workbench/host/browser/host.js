// The host page around the Custom UI iframes: answers each frame's bridge (its own context, invoke, submit, close,
// refresh, routes, navigation, theme), sizes the frames, and switches the signed-in demo user and the theme.
(() => {
  'use strict';
  const host = JSON.parse(document.getElementById('lc-host-data').textContent);
  const frames = Array.from(document.querySelectorAll('iframe[data-frame]'));
  let colorMode = localStorage.getItem('lc-color-mode') || 'light';

  function reply(target, id, ok, value) {
    target.postMessage(ok ? { source: 'lc-host', id, ok: true, result: value } : { source: 'lc-host', id, ok: false, error: String(value) }, '*');
  }

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json();
    if (!answer.ok) throw new Error(answer.message);
    return answer.result;
  }

  // Navigation from the app goes only to web addresses, never to javascript: or data: URLs.
  function safeUrl(target) {
    const url = new URL(String(target && target.url ? target.url : target), window.location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`refused to open ${url.protocol} URL`);
    return url.href;
  }

  // The address of a navigation location: a plain URL as it is (web schemes only), a target through the workbench.
  async function addressOf(location) {
    if (location && typeof location === 'object' && location.target !== undefined) {
      const spot = Object.fromEntries(Object.entries(location).filter(([key]) => key !== 'type'));
      const { url } = await post('/__workbench/navigation', { location: spot });
      return new URL(url, window.location.href).href;
    }
    return safeUrl(location);
  }

  // Closing or submitting a view leaves it: a config screen goes back to its macro, anything else reloads.
  function leave(app) {
    if (app.closeTo) window.location.assign(app.closeTo);
    else window.location.reload();
    return true;
  }

  const handlers = {
    getContext: (payload, app) => app.context,
    getTheme: () => ({ colorMode }),
    invoke: (payload, app) => post('/__workbench/invoke', {
      moduleKey: app.context.moduleKey, localId: app.context.localId, functionKey: payload.functionKey, payload: payload.payload, extension: app.context.extension,
    }),
    submit: async (payload, app) => { await post('/__workbench/macro-config', { localId: app.context.localId, payload }); return leave(app); },
    close: (payload, app) => leave(app),
    refresh: () => { window.location.reload(); return true; },
    reload: () => { window.location.reload(); return true; },
    // The app's route shows in the host page's address, after the page's own (project and space pages).
    routeChanged: (payload, app) => {
      if (app.history) history.replaceState(null, '', app.history.base + (payload.route === '/' ? '' : payload.route));
      return true;
    },
    // router.navigate and router.open both arrive here, `type` saying which; a location with a `target` (an issue,
    // a module's page, ...) goes where the workbench shows that spot, as Jira and Confluence do with theirs.
    navigate: async (payload) => {
      const url = await addressOf(payload);
      if (payload && payload.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
      return true;
    },
    open: async (payload) => { window.open(await addressOf(payload), '_blank', 'noopener'); return true; },
    getUrl: async (payload) => (payload && payload.target ? addressOf(payload) : window.location.href),
    changeWindowTitle: (payload) => { document.title = String(payload.title || payload); return true; },
    emitReadyEvent: () => true,
    onClose: () => true,
  };

  window.addEventListener('message', (event) => {
    const index = frames.findIndex((frame) => frame.contentWindow === event.source);
    if (index < 0) return;
    const message = event.data;
    if (!message || message.source !== 'lc-bridge') return;
    const handler = handlers[message.name];
    if (!handler) { reply(event.source, message.id, false, `the workbench bridge does not implement ${message.name}`); return; }
    Promise.resolve()
      .then(() => handler(message.payload, host.frames[index]))
      .then((value) => reply(event.source, message.id, true, value), (error) => reply(event.source, message.id, false, error.message || error));
  });

  const userSelect = document.getElementById('lc-user');
  userSelect.addEventListener('change', async () => {
    await fetch('/__workbench/user', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: userSelect.value }) });
    window.location.reload();
  });

  const themeButton = document.getElementById('lc-theme');
  function showTheme() { document.documentElement.setAttribute('data-color-mode', colorMode); themeButton.setAttribute('aria-pressed', String(colorMode === 'dark')); }
  themeButton.addEventListener('click', () => {
    colorMode = colorMode === 'dark' ? 'light' : 'dark';
    localStorage.setItem('lc-color-mode', colorMode);
    showTheme();
    frames.forEach((frame) => frame.contentWindow.postMessage({ source: 'lc-host', type: 'theme', colorMode }, '*'));
  });
  showTheme();

  // Size each frame to its content, as the Atlassian host does with the same library (@forge/bridge loads its
  // content-window half inside the app).
  if (frames.length > 0) window.iFrameResize({ checkOrigin: false, heightCalculationMethod: 'lowestElement', minHeight: 160, warningTimeout: 0 }, 'iframe[data-frame]');
})();
