// Invite Watch content script: notices when the user is on the invitation manager (the site
// navigates without page loads), then loads the Rust engine — the WebAssembly build, or the
// no-WebAssembly build when the page's CSP refuses WebAssembly — and hands over to it.
// On every other LinkedIn page it does nothing but listen for navigation: no engine, no polling.
(() => {
  "use strict";
  // What this script does on every LinkedIn page is measured by `./scripts/bench` ("other
  // pages", budget 1 ms): in Chrome the first touch of `document` from the content script's
  // world costs ~0.6 ms and of `location` ~0.3 ms, so where the Navigation API exists (Chrome)
  // the script touches neither and reads the URL from `navigation.currentEntry`.
  const injectedAt = performance.now();
  const navigationApi = globalThis.navigation;
  const currentUrl = () => navigationApi?.currentEntry?.url ?? location.href;
  const INVITATION_MANAGER = /^https:\/\/www\.linkedin\.com\/mynetwork\/invitation-manager(?:[/?#]|$)/;
  let api = null;
  let engine = null;
  let starting = false;
  let lastHref = currentUrl();

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
    api = globalThis.browser ?? globalThis.chrome;
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
    const href = currentUrl();
    if (href === lastHref && (engine || starting)) return;
    lastHref = href;
    if (engine) {
      engine.content_navigated();
    } else if (!starting && INVITATION_MANAGER.test(href)) {
      start().catch((error) => {
        starting = false;
        console.warn("Invite Watch could not start:", error);
      });
    }
  }

  // Same-document navigations: the Navigation API reports every one (pushState, replaceState,
  // back/forward). Without it (Firefox ESR), the title change the site makes on each navigation,
  // and popstate for back/forward.
  if (navigationApi) {
    navigationApi.addEventListener("currententrychange", onLocationMaybeChanged);
  } else {
    addEventListener("popstate", onLocationMaybeChanged);
    const title = document.querySelector("head > title");
    if (title) new MutationObserver(onLocationMaybeChanged).observe(title, { childList: true, characterData: true, subtree: true });
  }
  onLocationMaybeChanged();
})();
