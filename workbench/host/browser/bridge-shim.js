// Runs inside each Custom UI iframe before the app, as the Forge host's own bridge does: defines
// globalThis.__bridge.callBridge, which @forge/bridge calls. Most calls go to the host page by postMessage.
(() => {
  'use strict';
  const pending = new Map();
  let sequence = 0;

  function ask(name, payload) {
    return new Promise((resolve, reject) => {
      sequence += 1;
      pending.set(sequence, { resolve, reject });
      window.parent.postMessage({ source: 'lc-bridge', id: sequence, name, payload }, '*');
    });
  }

  const historyListeners = new Set();
  function parseLocation(path, state) {
    const url = new URL(path, 'http://route.local');
    return { pathname: url.pathname, search: url.search, hash: url.hash, state: state === undefined ? null : state, key: String(Date.now()) };
  }
  const initialRoute = new URLSearchParams(window.location.search).get('route') || '/';
  const history = {
    action: 'POP',
    location: parseLocation(initialRoute),
    get length() { return 1; },
    push(path, state) { move('PUSH', path, state); },
    replace(path, state) { move('REPLACE', path, state); },
    go() {}, back() {}, forward() {},
    listen(listener) { historyListeners.add(listener); return () => historyListeners.delete(listener); },
    block() { return () => undefined; },
    createHref(location) { return typeof location === 'string' ? location : (location.pathname || '/') + (location.search || '') + (location.hash || ''); },
  };
  function move(action, path, state) {
    const target = typeof path === 'string' ? path : history.createHref(path);
    history.action = action;
    history.location = parseLocation(target, state);
    historyListeners.forEach((listener) => listener(history.location, action));
    void ask('routeChanged', { route: history.createHref(history.location) });
  }

  function applyTheme(colorMode) {
    const html = document.documentElement;
    html.setAttribute('data-color-mode', colorMode);
    html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography');
  }
  async function enableTheming() {
    const { colorMode } = await ask('getTheme');
    if (!document.getElementById('lc-theme-tokens')) {
      const link = document.createElement('link');
      link.id = 'lc-theme-tokens';
      link.rel = 'stylesheet';
      link.href = '/__workbench/theme.css';
      document.head.appendChild(link);
    }
    applyTheme(colorMode);
  }

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = event.data;
    if (!message || message.source !== 'lc-host') return;
    if (message.type === 'theme') { applyTheme(message.colorMode); return; }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error));
  });

  globalThis.__bridge = {
    callBridge(name, payload) {
      switch (name) {
        case 'enableTheming': return enableTheming();
        case 'createHistory': return Promise.resolve(history);
        default: return ask(name, payload);
      }
    },
  };
})();
