// Invite Watch content script: notices when the user is on the invitation manager (the site
// navigates without page loads), then loads the Rust engine — the WebAssembly build, or the
// no-WebAssembly build when the page's CSP refuses WebAssembly — and hands over to it.
// On every other LinkedIn page it does nothing but listen for navigation: no engine, no polling.
(() => {
  "use strict";
  const injectedAt = performance.now();
  const api = globalThis.browser ?? globalThis.chrome;
  const INVITATION_MANAGER = /^\/mynetwork\/invitation-manager(\/|$)/;
  let engine = null;
  let starting = false;
  let lastHref = location.href;

  // An empty module: compiling it fails only where the page's CSP forbids WebAssembly.
  async function webAssemblyAllowed() {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return false;
    }
  }

  async function start() {
    starting = true;
    const path = (await webAssemblyAllowed()) ? "wasm" : "nowasm";
    await api.runtime.sendMessage({ type: "load-engine", path });
    const loaded = globalThis.InviteWatchEngine;
    if (path === "wasm") {
      await loaded.default({ module_or_path: api.runtime.getURL("engine/content_engine_bg.wasm") });
    }
    engine = loaded;
    engine.content_start(path === "wasm", injectedAt);
  }

  function onLocationMaybeChanged() {
    if (location.href === lastHref && (engine || starting)) return;
    lastHref = location.href;
    if (engine) {
      engine.content_navigated();
    } else if (!starting && INVITATION_MANAGER.test(location.pathname)) {
      start().catch((error) => {
        starting = false;
        console.warn("Invite Watch could not start:", error);
      });
    }
  }

  // Same-document navigations: the Navigation API where the browser has it, and the title
  // change the site makes on each navigation; back/forward fire popstate.
  globalThis.navigation?.addEventListener("currententrychange", onLocationMaybeChanged);
  addEventListener("popstate", onLocationMaybeChanged);
  const title = document.querySelector("head > title");
  if (title) new MutationObserver(onLocationMaybeChanged).observe(title, { childList: true, characterData: true, subtree: true });
  onLocationMaybeChanged();
})();
