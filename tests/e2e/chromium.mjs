// Debian's Chromium driven by playwright-core (which never downloads a browser of its own), with
// the unpacked extension from dist/chrome loaded. Pages at https://www.linkedin.com/* are answered
// by the test's Site through request routing, so the shipped manifest's matches apply unchanged.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, waitFor } from "./site.mjs";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

/**
 * `args` are more command-line switches (a language: `--lang`, `--accept-lang`); `locale` is
 * playwright's locale emulation of the browser's pages. `profileDir`: a profile to start with
 * and keep (a browser restarted on it keeps its extensions' storage); by default a fresh one,
 * removed on close.
 */
export async function launchChromium(
  site,
  { extensionDir = join(ROOT, "dist", "chrome"), headless = true, args = [], locale, profileDir = null } = {},
) {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), "iw-chromium-"));
  const removeProfile = () => {
    if (!profileDir) rmSync(profile, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless,
    viewport: { width: 1280, height: 900 },
    ...(locale ? { locale } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...args,
    ],
  });
  // Everything off-machine is refused, except the fake LinkedIn.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://www.linkedin.com/")) {
      const answer = site.respond(url);
      return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    }
    if (/^(chrome-extension|data|blob):/.test(url)) return route.continue();
    return route.abort();
  });
  let worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30000 }));
  } catch (error) {
    // The extension did not start: close what was started and fail the test at once.
    await context.close().catch(() => {});
    removeProfile();
    throw new Error(`Chromium (${EXECUTABLE}) did not start the extension's service worker: ${error.message}`);
  }
  const extensionId = new URL(worker.url()).host;
  const logs = [];
  const watch = (page) => page.on("console", (message) => logs.push(`[${message.type()}] ${message.text()}`));
  context.on("page", watch);

  const wrap = (page) => ({
    page,
    goto: (url) => page.goto(url, { waitUntil: "load" }),
    eval: (body, arg) => page.evaluate(`(async (arg) => { ${body} })(${JSON.stringify(arg ?? null)})`),
    text: (selector) => page.locator(selector).first().innerText(),
    count: (selector) => page.locator(selector).count(),
    click: (selector) => page.locator(selector).first().click(),
    select: (selector, value) => page.locator(selector).first().selectOption(value),
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }),
    shadowText: (host) =>
      page.evaluate((id) => document.getElementById(id)?.shadowRoot?.textContent ?? null, host),
    shadowClick: (host, selector) => page.locator(`#${host} ${selector}`).first().click(),
    reload: () => page.reload({ waitUntil: "load" }),
    close: () => page.close(),
  });

  const main = wrap(context.pages()[0] ?? (await context.newPage()));
  return {
    name: "chromium",
    extensionId,
    main,
    logs,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    async newTab() {
      return wrap(await context.newPage());
    },
    /** A full garbage collection of the main tab's renderer (every world of the page). */
    async collectGarbage() {
      const cdp = await context.newCDPSession(main.page);
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.detach();
    },
    async close() {
      await context.close();
      removeProfile();
    },
  };
}

/**
 * A CDP handle on the content script's isolated world in `page` (a playwright page), where the
 * content engine runs (`globalThis.InviteWatchEngine`; in the bench build, target/bench-extension/,
 * with its diagnostics, see crate/src/browser/bench_hooks.rs). Chromium only: Firefox has no way
 * in from outside.
 */
export async function isolatedWorld(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on("Runtime.executionContextCreated", ({ context }) => contexts.set(context.id, context));
  cdp.on("Runtime.executionContextDestroyed", ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on("Runtime.executionContextsCleared", () => contexts.clear());
  await cdp.send("Runtime.enable");
  const find = () =>
    [...contexts.values()].find((c) => c.auxData?.type === "isolated" && String(c.origin).includes(extensionId));
  return {
    cdp,
    /** Evaluates `expression` in the content script's world (waits for the world to exist). */
    async eval(expression) {
      const context = await waitFor("the content script's world", async () => find(), { timeout: 20000, interval: 50 });
      const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
        expression,
        contextId: context.id,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) {
        const where = expression.match(/\/\/ (.*)/)?.[1] ?? expression.slice(0, 60);
        throw new Error(`${where}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
      return result.value;
    },
    detach: () => cdp.detach(),
  };
}

/**
 * The content engine's tasks on `page`'s main thread while `during()` runs, from Chromium's own
 * performance timeline (CDP tracing, `devtools.timeline`): every call into the engine's glue
 * (`engine/content-engine*.js` of the extension `extensionId`: a settle timer, a slice of a read,
 * an observer callback, a reply) as `{ at, ms }`, `at` in milliseconds from the first, in order.
 * Works on the shipped build: it needs no counter of the engine's own.
 */
export async function engineTasks(page, extensionId, during) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  await cdp.send("Tracing.start", { categories: "devtools.timeline", transferMode: "ReportEvents" });
  try {
    await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach();
  }
  const engine = `chrome-extension://${extensionId}/engine/content-engine`;
  const calls = events
    .filter((e) => e.name === "FunctionCall" && e.ph === "X" && String(e.args?.data?.url).startsWith(engine))
    .sort((a, b) => a.ts - b.ts);
  // A call made inside another (the engine calling back into its glue) is part of that task.
  const tasks = [];
  for (const e of calls) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
  }
  return tasks.map((e) => ({ at: (e.ts - tasks[0].ts) / 1000, ms: e.dur / 1000 }));
}
