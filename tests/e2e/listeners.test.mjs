// The in-page card re-rendered 50 times leaves nothing behind (issue 13): every listener of an item
// the card replaces is removed with it, and the replaced items are free to go. The card lives in a
// LinkedIn tab that may stay open for days; each update used to forget new closures.
//
// How it is seen, per browser:
// - Both: the page's own script keeps a WeakRef to every item the card removes (and an expando
//   on it, so that the page's wrapper lives exactly as long as the node), then the browser is made
//   to collect garbage (Chromium: CDP HeapProfiler.collectGarbage; Firefox: the content
//   processes' GC and CC, asked for from the chrome context). A listener that was never removed
//   keeps its item alive: its closure (in the content script's world) holds the Copy button it
//   relabels, the button holds its item. With the listeners dropped, none of the 50 survives.
// - Chromium also counts the listeners directly: CDP DOMDebugger.getEventListeners with
//   `pierce: true` reports the listeners of every world, the content script's included, on the
//   page, on the live card and on each removed item (held by the page for the count). A removed
//   item must have none left, and the page and the live card as many as before.
// - Firefox has no CDP, and a page's script cannot see a content script's listeners (it runs in
//   a sandbox that sees the DOM through Xray wrappers, so wrapping EventTarget.prototype in the
//   page does not reach it): there the garbage check alone tells.
//
// On the code before gloo (closures added with add_event_listener_with_callback and forgotten),
// both checks fail: every removed item keeps its two listeners and stays alive.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, person, receivedPage } from "./pages.mjs";
import { sleep, waitFor } from "./site.mjs";

const HOST = "invite-watch-root";
const SETTINGS = { tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 };
const RENDERS = 50;

/** The card's tone and its items, read from its open shadow root (null before it is shown). */
const CARD = `
  const card = document.getElementById(${JSON.stringify(HOST)})?.shadowRoot?.querySelector(".card");
  if (!card) return null;
  return { tone: card.dataset.tone, items: card.querySelectorAll("article.item").length };`;

/** From now on, the page keeps a WeakRef to every item removed from the card (and, when
 *  `arg.keep`, the item itself, for counting its listeners). */
const WATCH_REMOVALS = `
  const root = document.getElementById(${JSON.stringify(HOST)}).shadowRoot;
  window.__iwGone = [];
  window.__iwKept = [];
  window.__iwWatch = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1) continue;
        const items = node.matches("article.item") ? [node] : [...node.querySelectorAll("article.item")];
        for (const item of items) {
          // An expando: the page's wrapper then lives exactly as long as the node.
          item.__iwProbe = true;
          window.__iwGone.push(new WeakRef(item));
          if (arg.keep) window.__iwKept.push(item);
        }
      }
    }
  });
  window.__iwWatch.observe(root, { childList: true, subtree: true });
  return true;`;

/** Listeners (of every world) on `expression`'s node and its subtree, shadow roots included. */
async function listenersOn(cdp, expression) {
  const { result } = await cdp.send("Runtime.evaluate", { expression, objectGroup: "iw-listeners" });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", {
    objectId: result.objectId,
    depth: -1,
    pierce: true,
  });
  return listeners.length;
}

for (const browser of BROWSERS) {
  describe(`listeners (${browser.name})`, () => {
    let t;

    before(async () => {
      t = await start(browser);
      await t.setSettings(SETTINGS);
      await t.reset();
    });
    after(async () => {
      await t?.close();
    });

    const card = () => t.main.eval(CARD);

    async function visit(html) {
      t.site.set(RECEIVED_PATH, html);
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      return t.nextRead(since, "a read of the received page");
    }

    test(`re-rendering the in-page card ${RENDERS} times leaves no listener and no item behind`, async () => {
      // Three people; the middle one goes: a card about one invitation.
      const [a, b, c] = [person(0), person(1, { age: "3 weeks ago" }), person(2)];
      await visit(receivedPage([a, b, c]));
      await visit(receivedPage([a, c]));
      const shown = await waitFor("the card", async () => {
        const state = await card();
        return state?.items === 1 && state.tone === "warm" ? state : null;
      }, { timeout: 20000 });
      assert.equal(shown.items, 1);

      const chromium = browser.name === "chromium";
      const cdp = chromium ? await t.main.page.context().newCDPSession(t.main.page) : null;
      const liveBefore = chromium ? await listenersOn(cdp, `document.getElementById("${HOST}")`) : null;
      if (chromium) assert.ok(liveBefore >= 4, `the card listens (close, Dismiss, Esc, its item): ${liveBefore}`);
      const pageBefore = chromium ? await listenersOn(cdp, "document") : null;
      await t.main.eval(WATCH_REMOVALS, { keep: chromium });

      // Each change of tone re-renders the card: every item is rebuilt in the new tone.
      for (let i = 1; i <= RENDERS; i++) {
        const tone = i % 2 ? "brief" : "warm";
        await t.setSettings({ ...SETTINGS, tone });
        await waitFor(`re-render ${i} (${tone})`, async () => ((await card())?.tone === tone ? true : null), {
          timeout: 20000,
          interval: 50,
        });
      }
      await t.main.eval("window.__iwWatch.takeRecords(); return true;");
      const gone = await t.main.eval("return window.__iwGone.length;");
      assert.equal(gone, RENDERS, "each re-render replaced the card's item");
      assert.equal((await card()).items, 1);

      if (chromium) {
        const liveAfter = await listenersOn(cdp, `document.getElementById("${HOST}")`);
        assert.equal(liveAfter, liveBefore, "the live card has as many listeners as before");
        assert.equal(await listenersOn(cdp, "document"), pageBefore, "the page has as many listeners as before");
        let left = 0;
        for (let i = 0; i < RENDERS; i++) left += await listenersOn(cdp, `window.__iwKept[${i}]`);
        assert.equal(left, 0, `listeners left on the ${RENDERS} removed items`);
        await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "iw-listeners" });
        await t.main.eval("window.__iwKept = null; return true;");
        await cdp.detach();
      }

      // Nothing of the engine's holds a removed item: after a collection, none is left.
      let alive = RENDERS;
      for (let attempt = 0; attempt < 20 && alive > 0; attempt++) {
        await t.session.collectGarbage();
        await sleep(attempt ? 500 : 100);
        alive = await t.main.eval("return window.__iwGone.filter((ref) => ref.deref() !== undefined).length;");
      }
      assert.equal(alive, 0, `removed items still alive after garbage collection: ${alive} of ${RENDERS}`);
    });
  });
}
