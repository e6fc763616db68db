// Foundation: the extension loads in both browsers; on the invitation manager the Rust engine
// runs under a strict page CSP (no WebAssembly: the wasm2js build) and a permissive one (the
// WebAssembly build); arriving by in-app navigation starts it too; the popup and options pages
// render from Rust.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { FEED_URL, RECEIVED_PATH, RECEIVED_URL, feedPage, people, receivedPage } from "./pages.mjs";
import { PERMISSIVE_CSP, STRICT_CSP, sleep, waitFor } from "./site.mjs";

for (const browser of BROWSERS) {
  describe(`smoke (${browser.name})`, () => {
    let t;
    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });

    test("the engine reads the invitation manager under a permissive CSP (WebAssembly path)", async () => {
      t.site.set(RECEIVED_PATH, receivedPage(people(4)), { csp: PERMISSIVE_CSP });
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      const { last } = await t.nextRead(since);
      const { engine } = await t.storage();
      console.log(`  ${browser.name}, permissive CSP: engine path = ${engine}`);
      assert.equal(engine, "wasm");
      assert.equal(last.ok, true);
      assert.equal(last.n, 4, "four pending invitations watched");
    });

    test("the engine reads the invitation manager under a strict CSP", async () => {
      t.site.set(RECEIVED_PATH, receivedPage(people(5)), { csp: STRICT_CSP });
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      const { last } = await t.nextRead(since);
      const { engine } = await t.storage();
      console.log(`  ${browser.name}, strict CSP: engine path = ${engine}`);
      // Chrome applies the page's CSP to WebAssembly in content scripts; Firefox does not.
      assert.equal(engine, browser.name === "chromium" ? "nowasm" : "wasm");
      assert.equal(last.ok, true);
      assert.equal(last.n, 5);
    });

    test("under a strict CSP a vanish still shows the in-page card", async () => {
      const [a, b, c] = people(3);
      t.site.set(RECEIVED_PATH, receivedPage([a, b, c]), { csp: STRICT_CSP });
      let since = Date.now();
      await t.main.goto(RECEIVED_URL);
      await t.nextRead(since);
      t.site.set(RECEIVED_PATH, receivedPage([a, c]), { csp: STRICT_CSP });
      since = Date.now();
      await t.main.goto(RECEIVED_URL);
      await t.nextRead(since);
      const text = await waitFor("the card", () => t.main.shadowText("invite-watch-root"));
      assert.ok(text.includes(b.name), `the card names ${b.name}`);
      console.log(`  ${browser.name}, strict CSP: card shown by the ${(await t.storage()).engine} engine`);
    });

    test("arriving by in-app navigation (pushState, no load) starts the engine", async () => {
      t.site.set("/feed/", feedPage(), { csp: STRICT_CSP });
      await t.main.goto(FEED_URL);
      await sleep(1500);
      const before = (await t.ledger())?.lr?.t ?? 0;
      const body = receivedPage(people(3));
      const since = Date.now();
      // Where the browser has the Navigation API, content.js listens to it alone, so the title
      // stays as it was to prove that path; elsewhere the site's title change is the signal.
      const signal = await t.main.eval(
        `const doc = new DOMParser().parseFromString(arg, "text/html");
         history.pushState({}, "", "/mynetwork/invitation-manager/received/");
         document.body.replaceWith(document.adoptNode(doc.body));
         if ("navigation" in globalThis) return "Navigation API";
         document.title = "Invitations | LinkedIn";
         return "title change";`,
        body,
      );
      const { last } = await t.nextRead(Math.max(since, before), "a read after pushState");
      assert.equal(last.n, 3);
      console.log(`  ${browser.name}: in-app navigation noticed by the ${signal}`);
    });

    test("other LinkedIn pages get no engine", async () => {
      const loadsBefore = (await t.storage()).engineLoads ?? 0;
      t.site.set("/feed/", feedPage(), { csp: PERMISSIVE_CSP });
      t.site.set("/mynetwork/", feedPage(5), { csp: PERMISSIVE_CSP });
      await t.main.goto(FEED_URL);
      await sleep(1000);
      await t.main.goto("https://www.linkedin.com/mynetwork/");
      await sleep(1500);
      assert.equal((await t.storage()).engineLoads ?? 0, loadsBefore, "no engine was injected");
    });

    test("the popup and the options page render from Rust", async () => {
      const popup = await t.session.newTab();
      await popup.goto(t.session.extensionUrl("popup.html"));
      const status = await waitFor("the popup's status", async () => {
        const text = await popup.text("#status");
        return text && !text.startsWith("Loading") ? text : null;
      });
      assert.match(status, /pending invitations? watched/);
      const options = await t.session.newTab();
      await options.goto(t.session.extensionUrl("options.html"));
      await waitFor("the options page", async () => (await options.count("#tone option")) === 3);
      assert.match(await options.text("#preview"), /\S/);
    });
  });
}

// Firefox 140–146 (the oldest the manifest accepts) have no Navigation API: there content.js
// notices in-app navigation by the title change the site makes. Firefox can switch the API off.
if (BROWSERS.some(({ name }) => name === "firefox")) {
  describe("smoke (firefox without the Navigation API)", () => {
    let t;
    before(async () => {
      const firefox = BROWSERS.find(({ name }) => name === "firefox");
      t = await start(firefox, { prefs: { "dom.navigation.webidl.enabled": false } });
    });
    after(async () => {
      await t?.close();
    });

    test("arriving by in-app navigation is noticed by the title change", async () => {
      t.site.set("/feed/", feedPage(), { csp: PERMISSIVE_CSP });
      await t.main.goto(FEED_URL);
      await sleep(1500);
      const body = receivedPage(people(2));
      const since = Date.now();
      const hasNavigationApi = await t.main.eval(
        `const doc = new DOMParser().parseFromString(arg, "text/html");
         history.pushState({}, "", "/mynetwork/invitation-manager/received/");
         document.body.replaceWith(document.adoptNode(doc.body));
         document.title = "Invitations | LinkedIn";
         return "navigation" in globalThis;`,
        body,
      );
      assert.equal(hasNavigationApi, false, "the Navigation API is off in this Firefox");
      const { last } = await t.nextRead(since, "a read after pushState and a title change");
      assert.equal(last.n, 2);
    });
  });
}
