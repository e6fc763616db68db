// What every browser test needs: both browsers behind one interface, a look into the extension's
// storage from one of its own pages, and waiting for the content engine to report a read.
import { launchChromium } from "./chromium.mjs";
import { launchFirefox } from "./firefox.mjs";
import { Site, waitFor } from "./site.mjs";

// scripts/test stops a test file that runs over its time limit with SIGTERM: exit properly, so
// that the launchers' exit handlers end the browsers they started.
process.once("SIGTERM", () => process.exit(143));

/** The browsers every end-to-end test runs in. `BROWSERS=chromium` narrows it for local runs. */
export const BROWSERS = [
  { name: "chromium", launch: launchChromium },
  { name: "firefox", launch: launchFirefox },
].filter(({ name }) => !process.env.BROWSERS || process.env.BROWSERS.split(",").includes(name));

/** Starts a browser with the built extension and a fresh fake LinkedIn (`options` go to its launcher). */
export async function start(browser, options = {}) {
  const site = new Site();
  const session = await browser.launch(site, options);
  const probe = await session.newTab();
  await probe.goto(session.extensionUrl("options.html"));
  return {
    site,
    session,
    main: session.main,
    /** Evaluates `body` (an async function body) in an extension page. */
    inExtension: (body, arg) => probe.eval(body, arg),
    async storage() {
      return probe.eval("return await (globalThis.browser ?? globalThis.chrome).storage.local.get(null);");
    },
    /** The decoded ledger (or null when none was written yet), as the options page exports it:
     *  the stored texts (`ledger` and `ledgerPending`) are decoded by the full engine's own codec
     *  (`ledger_json`), loaded into this extension page. */
    async ledger() {
      const json = await probe.eval(
        `const api = globalThis.browser ?? globalThis.chrome;
         const { ledger, ledgerPending } = await api.storage.local.get(["ledger", "ledgerPending"]);
         if (ledger === undefined && ledgerPending === undefined) return null;
         const engine = await import(api.runtime.getURL("engine/invite_watch.js"));
         await engine.default({ module_or_path: api.runtime.getURL("engine/invite_watch_bg.wasm") });
         return engine.ledger_json(ledger ?? "", ledgerPending);`,
      );
      return json === null ? null : JSON.parse(json);
    },
    async setSettings(settings) {
      await probe.eval(
        "await (globalThis.browser ?? globalThis.chrome).storage.sync.set({ settings: arg }); return true;",
        settings,
      );
    },
    async badge() {
      return probe.eval("return await (globalThis.browser ?? globalThis.chrome).action.getBadgeText({});");
    },
    /** Waits until the background has recorded a read newer than `after` (ms since epoch). */
    async nextRead(after, what = "a page read", { timeout = 20000 } = {}) {
      return waitFor(what, async () => {
        const ledger = await this.ledger();
        const last = ledger?.lr;
        return last && last.t > after ? { ledger, last } : null;
      }, { timeout });
    },
    /** Forgets all history (through the background, as the options page does) and any damaged
     *  copies kept aside, so that each test starts from an empty ledger. */
    async reset() {
      await probe.eval(
        `const api = globalThis.browser ?? globalThis.chrome;
         const kept = Object.keys(await api.storage.local.get(null)).filter((key) => key.startsWith("ledgerBackup"));
         await api.storage.local.remove(kept);
         return await api.runtime.sendMessage({ type: "clear-history" });`,
      );
    },
    /** Opens the toolbar popup in a tab of its own, reads it once it has loaded, closes it:
     *  `status` (#status), `count` and `text` of #vanished's items, whether the page-structure
     *  report is offered. */
    async popupState() {
      const popup = await session.newTab();
      await popup.goto(session.extensionUrl("popup.html"));
      await waitFor("the popup", async () => !(await popup.text("#status")).startsWith("Loading"));
      const count = await popup.count("#vanished li");
      const text = count ? await popup.text("#vanished") : "";
      const status = await popup.text("#status");
      const reportButton = (await popup.count("#layout-report button")) === 1;
      await popup.close();
      return { count, text, status, reportButton };
    },
    close: () => session.close(),
  };
}

/** Received entries of the only account in a ledger, by name. */
export function receivedByName(ledger) {
  const entries = {};
  for (const account of Object.values(ledger?.a ?? {})) {
    for (const entry of Object.values(account.r ?? {})) entries[entry.n] = entry;
  }
  return entries;
}

/** Names of vanished received invitations in a ledger. */
export function vanishedNames(ledger) {
  return Object.values(receivedByName(ledger))
    .filter((entry) => entry.s?.t === "v")
    .map((entry) => entry.n)
    .sort();
}
