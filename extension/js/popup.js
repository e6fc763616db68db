// Loads the Rust engine and lets it render the toolbar popup.
import init, { popup_render } from "./engine/invite_watch.js";

const api = globalThis.browser ?? globalThis.chrome;
await init({ module_or_path: api.runtime.getURL("engine/invite_watch_bg.wasm") });
await popup_render();
