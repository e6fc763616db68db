// Debian's Firefox ESR driven over WebDriver (geckodriver, installed by scripts/test into .tools/),
// with the unpacked extension from dist/firefox installed as a temporary add-on. The test's Site
// answers https://www.linkedin.com/* through a loopback proxy (Firefox's proxy prefs) and the
// session accepts the throw-away certificate. The manifest is the shipped one.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, sleep } from "./site.mjs";

const BINARY = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const GECKODRIVER = join(ROOT, ".tools", "bin", "geckodriver");
export const FIREFOX_UUID = "6f1c2a4e-3b8d-4c7a-9e51-2d0f8b7a6c13";

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `profileDir`: a profile to start with and keep, the extension's storage with it (the add-on is
 *  installed anew on each start, as a temporary add-on is; Firefox is told to keep its storage
 *  and its UUID when it goes); by default a fresh one, removed on close. */
export async function launchFirefox(site, { extensionDir = join(ROOT, "dist", "firefox"), prefs = {}, profileDir = null } = {}) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8"));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const proxy = await site.listenProxy();
  const port = await freePort();
  const profileRoot = mkdtempSync(join(tmpdir(), "iw-firefox-"));
  const driver = spawn(GECKODRIVER, ["--port", String(port), "--allow-system-access"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TMPDIR: profileRoot },
    // A process group of its own, so that Firefox (geckodriver's child) goes with it.
    detached: true,
  });
  let spawnError = null;
  driver.on("error", (error) => {
    spawnError = error;
  });
  const killAll = () => {
    try {
      process.kill(-driver.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  // Console messages of pages and the extension reach geckodriver's output (pref below).
  const logs = [];
  const collect = (chunk) => {
    for (const line of String(chunk).split("\n")) if (/console|JavaScript|Invite Watch|error/i.test(line)) logs.push(line);
    if (logs.length > 2000) logs.splice(0, logs.length - 2000);
  };
  driver.stdout.on("data", collect);
  driver.stderr.on("data", collect);
  const base = `http://127.0.0.1:${port}`;
  let sessionPath = null;
  // Whatever this launcher started goes when it fails, when the test closes it, or when the test
  // process exits: a browser that cannot start must fail its test at once, never hang the run.
  let closed = false;
  const teardown = async () => {
    if (closed) return;
    closed = true;
    if (sessionPath) {
      await fetch(base + sessionPath, { method: "DELETE", signal: AbortSignal.timeout(10000) }).catch(() => {});
    }
    killAll();
    await proxy.close().catch(() => {});
    rmSync(profileRoot, { recursive: true, force: true });
  };
  const killOnExit = () => killAll();
  process.once("exit", killOnExit);
  try {
    return await connect();
  } catch (error) {
    await teardown();
    const tail = logs.slice(-20).join("\n");
    throw new Error(`Firefox (${BINARY}) did not start with the extension: ${error.message}\n${tail}`);
  }

  async function connect() {

  async function request(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // No WebDriver command of these tests takes a minute: a stuck browser fails the test.
      signal: AbortSignal.timeout(60000),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }

  for (let attempt = 0; ; attempt++) {
    if (spawnError) throw spawnError;
    try {
      await request("GET", "/status");
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await sleep(100);
    }
  }
  const created = await request("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        acceptInsecureCerts: true,
        "moz:firefoxOptions": {
          binary: BINARY,
          args: profileDir ? ["-headless", "-profile", profileDir] : ["-headless"],
          prefs: {
            "network.proxy.type": 1,
            "network.proxy.ssl": "127.0.0.1",
            "network.proxy.ssl_port": proxy.port,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": proxy.port,
            "network.proxy.no_proxies_on": "",
            "network.proxy.allow_hijacking_localhost": false,
            "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_UUID }),
            "browser.shell.checkDefaultBrowser": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
            "devtools.console.stdout.content": true,
            "devtools.console.stdout.chrome": true,
            ...(profileDir
              ? {
                  "extensions.webextensions.keepStorageOnUninstall": true,
                  "extensions.webextensions.keepUuidOnUninstall": true,
                }
              : {}),
            ...prefs,
          },
        },
      },
    },
  });
  const session = `/session/${created.sessionId}`;
  sessionPath = session;
  await request("POST", `${session}/moz/addon/install`, { path: extensionDir, temporary: true });

  let current = await request("GET", `${session}/window`);
  const focus = async (handle) => {
    if (current !== handle) {
      await request("POST", `${session}/window`, { handle });
      current = handle;
    }
  };
  const find = async (selector) => {
    const found = await request("POST", `${session}/element`, { using: "css selector", value: selector });
    return Object.values(found)[0];
  };
  const run = async (script, args = []) => {
    const value = await request("POST", `${session}/execute/async`, { script, args });
    if (value && value.__error) throw new Error(value.__error);
    return value;
  };

  const wrap = (handle) => ({
    async goto(url) {
      await focus(handle);
      await request("POST", `${session}/url`, { url });
    },
    async eval(body, arg) {
      await focus(handle);
      return run(
        `const done = arguments[arguments.length - 1];
         (async (arg) => { ${body} })(arguments[0]).then(done, (e) => done({ __error: String(e && e.stack || e) }));`,
        [arg ?? null],
      );
    },
    async text(selector) {
      await focus(handle);
      return request("GET", `${session}/element/${await find(selector)}/text`);
    },
    async count(selector) {
      await focus(handle);
      const found = await request("POST", `${session}/elements`, { using: "css selector", value: selector });
      return found.length;
    },
    async click(selector) {
      await focus(handle);
      await request("POST", `${session}/element/${await find(selector)}/click`, {});
    },
    async select(selector, value) {
      await focus(handle);
      await request("POST", `${session}/element/${await find(`${selector} option[value="${value}"]`)}/click`, {});
    },
    async press(key) {
      await focus(handle);
      const keys = { Escape: "\uE00C", Tab: "\uE004", Enter: "\uE007" };
      const value = keys[key] ?? key;
      await request("POST", `${session}/actions`, {
        actions: [{ type: "key", id: "kbd", actions: [{ type: "keyDown", value }, { type: "keyUp", value }] }],
      });
      await request("DELETE", `${session}/actions`);
    },
    async screenshot() {
      throw new Error("screenshots are taken in Chromium");
    },
    async shadowText(host) {
      await focus(handle);
      return run(
        `const done = arguments[arguments.length - 1];
         done(document.getElementById(arguments[0])?.shadowRoot?.textContent ?? null);`,
        [host],
      );
    },
    async shadowClick(host, selector) {
      await focus(handle);
      const root = await request("POST", `${session}/element`, { using: "css selector", value: `#${host}` });
      const shadow = await request("GET", `${session}/element/${Object.values(root)[0]}/shadow`);
      const inner = await request("POST", `${session}/shadow/${Object.values(shadow)[0]}/element`, {
        using: "css selector",
        value: selector,
      });
      await request("POST", `${session}/element/${Object.values(inner)[0]}/click`, {});
    },
    async reload() {
      await focus(handle);
      await request("POST", `${session}/refresh`, {});
    },
    async close() {
      await focus(handle);
      await request("DELETE", `${session}/window`);
      current = null;
    },
  });

  const mainHandle = current;
  const main = wrap(current);
  // WebDriver opens new windows from the current one: after a close, from the first window.
  const fromOpenWindow = async () => {
    if (current === null) await focus(mainHandle);
  };
  return {
    name: "firefox",
    extensionId: FIREFOX_UUID,
    main,
    logs,
    extensionUrl: (file) => `moz-extension://${FIREFOX_UUID}/${file}`,
    async newTab() {
      await fromOpenWindow();
      const { handle } = await request("POST", `${session}/window/new`, { type: "tab" });
      return wrap(handle);
    },
    /** A tab in a window of its own: switching to it leaves other windows' tabs visible (the
     *  benchmark drives an extension page this way while the measured tab stays in front). */
    async newWindow() {
      await fromOpenWindow();
      const { handle } = await request("POST", `${session}/window/new`, { type: "window" });
      return wrap(handle);
    },
    /** Asks every content process for a garbage and a cycle collection (a page's script cannot):
     *  the observer topics of about:memory's buttons, sent from the chrome context (geckodriver's
     *  --allow-system-access). They run asynchronously: callers poll for what they expect. */
    async collectGarbage() {
      await request("POST", `${session}/moz/context`, { context: "chrome" });
      try {
        await request("POST", `${session}/execute/sync`, {
          script: `for (const topic of ["child-gc-request", "child-cc-request", "child-mmu-request"]) {
                     Services.obs.notifyObservers(null, topic);
                   }
                   return true;`,
          args: [],
        });
      } finally {
        await request("POST", `${session}/moz/context`, { context: "content" });
      }
    },
    async close() {
      process.removeListener("exit", killOnExit);
      await teardown();
    },
  };
  }
}
