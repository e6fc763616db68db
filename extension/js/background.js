// Invite Watch background (Chrome: service worker; Firefox: event page). Loads the Rust engine
// and hands it every message. Listeners are registered synchronously, as service workers need;
// messages are handled one at a time so that the ledger has exactly one writer.
import init, * as engine from "./engine/invite_watch.js";

const api = globalThis.browser ?? globalThis.chrome;
const ready = init({ module_or_path: api.runtime.getURL("engine/invite_watch_bg.wasm") });
let queue = Promise.resolve();

function serially(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

// Injects the content engine into the tab that asked (only the invitation manager asks), and
// notes which build it was, for diagnostics and tests.
async function loadEngine(sender, path) {
  const file = path === "wasm" ? "engine/content-engine.js" : "engine/content-engine-nowasm.js";
  await api.scripting.executeScript({
    target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
  const { engineLoads = 0 } = await api.storage.local.get("engineLoads");
  await api.storage.local.set({ engine: path, engineLoads: engineLoads + 1 });
  return { ok: true };
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const reply =
    message?.type === "load-engine" && sender.tab
      ? loadEngine(sender, message.path)
      : serially(() => ready.then(() => engine.background_handle(message)));
  reply.then(sendResponse, (error) => sendResponse({ error: String(error) }));
  return true;
});
