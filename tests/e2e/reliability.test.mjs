// Reliability in a real browser: two tabs reading at once and a background stopped between
// messages lose no update and raise no alert twice; a damaged ledger is kept aside, never wiped.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, receivedByName, start, vanishedNames } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, people, receivedPage } from "./pages.mjs";
import { waitFor } from "./site.mjs";

/** All events in a ledger. */
/** Waits until the popup tells the user their history was damaged (and kept aside). */
async function popupSaysDamaged(t) {
  const popup = await t.session.newTab();
  await popup.goto(t.session.extensionUrl("popup.html"));
  await waitFor("the popup's note about the damaged history", async () =>
    /damaged/.test(await popup.text("body")),
  );
  await popup.close();
}

/** The keys of the received entries in a stored text (`ledger` or `ledgerPending`, its JSON). */
function pendingKeys(text) {
  const accounts = Object.values(JSON.parse(text).a ?? {});
  return accounts.flatMap((account) => Object.keys(account.r ?? {}));
}

function events(ledger) {
  return Object.values(ledger?.a ?? {}).flatMap((account) => account.e ?? []);
}

for (const browser of BROWSERS) {
  describe(`reliability (${browser.name})`, () => {
    let t;
    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(() => t.reset());

    test("two tabs reading at once: one vanish, one alert", async () => {
      const [a, b, c] = people(3);
      const second = await t.session.newTab();
      t.site.set(RECEIVED_PATH, receivedPage([a, b, c]));
      let since = Date.now();
      await Promise.all([t.main.goto(RECEIVED_URL), second.goto(RECEIVED_URL)]);
      await t.nextRead(since);
      await waitFor("both tabs' first reads", async () => (await t.ledger())?.lr?.n === 3);
      t.site.set(RECEIVED_PATH, receivedPage([a, c]));
      since = Date.now();
      await Promise.all([t.main.reload(), second.reload()]);
      const { ledger } = await t.nextRead(since);
      // Give the other tab's read time to arrive, then check it changed nothing more.
      await waitFor("the second tab's read", async () => {
        const now = await t.ledger();
        return now.lr.t > ledger.lr.t ? now : null;
      }, { timeout: 5000 }).catch(() => null);
      const final = await t.ledger();
      assert.deepEqual(vanishedNames(final), [b.name]);
      assert.equal(events(final).filter((e) => e.k.t === "v").length, 1, "one Vanished event");
      assert.equal(await t.badge(), "1");
      await second.close();
    });

    test("a damaged ledger is kept aside, a fresh one starts, and the popup says so", async () => {
      await t.inExtension(
        `await (globalThis.browser ?? globalThis.chrome).storage.local.set({ ledger: "{not json at all" });
         return true;`,
      );
      const [a, b] = people(2);
      t.site.set(RECEIVED_PATH, receivedPage([a, b]));
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      const { ledger } = await t.nextRead(since);
      assert.equal(Object.keys(receivedByName(ledger)).length, 2, "the fresh ledger records the read");
      const { ledgerBackup } = await t.storage();
      assert.equal(ledgerBackup, "{not json at all", "the damaged text is kept, byte for byte");
      await popupSaysDamaged(t);

      // A second damage, not even text this time: kept too, and the first copy is not lost.
      await t.inExtension(
        `await (globalThis.browser ?? globalThis.chrome).storage.local.set({ ledger: { broken: [1, 2] } });
         return true;`,
      );
      const again = Date.now();
      await t.main.reload();
      await t.nextRead(again, "a read after the second damage");
      const items = await t.storage();
      assert.equal(items.ledgerBackup, "{not json at all", "the first copy is still there");
      const others = Object.keys(items).filter((key) => key.startsWith("ledgerBackup-") && !key.endsWith("-pending"));
      assert.equal(others.length, 1);
      assert.equal(items[others[0]], '{"broken":[1,2]}');
      assert.equal(pendingKeys(items[`${others[0]}-pending`]).length, 2, "the pending entries stored beside it are kept too");
    });

    test("the pending entries are stored under their own key; one stored under `ledger` is damage, kept aside", async () => {
      // A hand-made `ledger` text holding a pending entry: this version never writes one there.
      const misplaced = JSON.stringify({
        v: 1,
        t0: 1760000000000,
        a: { "in:old": { r: { "in:old-friend": ["Old Friend", null, null, null, 0, 0, null, null, null] } } },
        ne: 1,
      });
      await t.inExtension(
        `await (globalThis.browser ?? globalThis.chrome).storage.local.set({ ledger: arg });
         return true;`,
        misplaced,
      );
      const [a, b] = people(2);
      t.site.set(RECEIVED_PATH, receivedPage([a, b]));
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      const { ledger } = await t.nextRead(since);
      assert.deepEqual(Object.keys(receivedByName(ledger)).sort(), [a.name, b.name].sort());
      const items = await t.storage();
      assert.equal(items.ledgerBackup, misplaced, "the misplaced text is kept, byte for byte");
      assert.equal(pendingKeys(items.ledger).length, 0, "no pending entry in `ledger`");
      assert.equal(pendingKeys(items.ledgerPending).length, 2, "both under `ledgerPending`");
    });

    test("damaged pending entries are kept aside with the ledger, and the popup says so", async () => {
      const [a, b] = people(2);
      t.site.set(RECEIVED_PATH, receivedPage([a, b]));
      let since = Date.now();
      await t.main.goto(RECEIVED_URL);
      await t.nextRead(since);
      const before = await t.storage();
      await t.inExtension(
        `await (globalThis.browser ?? globalThis.chrome).storage.local.set({ ledgerPending: arg });
         return true;`,
        "A|in:x\nr|broken",
      );
      since = Date.now();
      await t.main.reload();
      const { ledger } = await t.nextRead(since, "a read after the damage");
      assert.equal(Object.keys(receivedByName(ledger)).length, 2, "the fresh ledger records the read");
      const items = await t.storage();
      assert.equal(items.ledgerBackup, before.ledger, "the news text is kept, byte for byte");
      assert.equal(items["ledgerBackup-pending"], "A|in:x\nr|broken", "the damaged pending text is kept");
      await popupSaysDamaged(t);

      // Pending entries without any `ledger` text: damaged too, kept aside under a new key.
      await t.inExtension(
        `await (globalThis.browser ?? globalThis.chrome).storage.local.remove("ledger");
         return true;`,
      );
      const orphan = (await t.storage()).ledgerPending;
      since = Date.now();
      await t.main.reload();
      await t.nextRead(since, "a read after the ledger was removed");
      const later = await t.storage();
      const kept = Object.keys(later).filter((key) => /^ledgerBackup-\d+-pending$/.test(key));
      assert.equal(kept.length, 1);
      assert.equal(later[kept[0]], orphan);
      assert.equal(later.ledgerBackup, before.ledger, "the first copy is still there");
    });

    test("hostile names, headlines and notes render as inert, truncated text", async () => {
      const [a, b, c] = people(3);
      const hostile = {
        ...b,
        name: `\u202Eمريم <script>alert(1)</script> 😀\u200b${"Ж".repeat(5000)}`,
        headline: `<img src=x onerror=alert(2)> ${"long headline ".repeat(400)}`,
        note: '<a href="javascript:alert(3)">click</a><iframe src="https://evil.example"></iframe>',
      };
      t.site.set(RECEIVED_PATH, receivedPage([a, hostile, c]));
      let since = Date.now();
      await t.main.goto(RECEIVED_URL);
      await t.nextRead(since);
      t.site.set(RECEIVED_PATH, receivedPage([a, c]));
      since = Date.now();
      await t.main.goto(RECEIVED_URL);
      await t.nextRead(since);
      const card = await waitFor("the card", async () =>
        t.main.eval(`const root = document.getElementById("invite-watch-root")?.shadowRoot;
          if (!root || !root.querySelector(".card")) return null;
          return {
            name: root.querySelector(".name")?.textContent,
            headline: root.querySelector(".headline")?.textContent,
            active: root.querySelectorAll("img, script, iframe, a[href^='javascript']").length,
            links: [...root.querySelectorAll("a[href]")].map((link) => link.getAttribute("href")),
          };`),
      );
      assert.ok(card.name.includes("<script>alert(1)</script>"), "the payload shows as text");
      assert.ok([...card.name].length <= 120, `the name is cut: ${[...card.name].length} characters`);
      assert.ok(card.name.endsWith("…"));
      assert.ok(card.headline.startsWith("<img src=x onerror=alert(2)>"));
      assert.ok([...card.headline].length <= 240);
      assert.equal(card.active, 0, "no element came from the page's text");
      for (const href of card.links) assert.match(href, /^https:\/\/www\.linkedin\.com\/in\//);
    });

    if (browser.name === "chromium") {
      test("a full storage quota is reported plainly, and nothing crashes", async () => {
        const quota = await t.inExtension(
          `const api = globalThis.chrome;
           const quota = api.storage.local.QUOTA_BYTES;
           await api.storage.local.set({ junk: "x".repeat(quota - 2000) });
           return quota;`,
        );
        assert.ok(quota > 0, "Chromium's storage.local has a quota");
        try {
          const [a, b] = people(2);
          t.site.set(RECEIVED_PATH, receivedPage([a, b, ...people(40).slice(2)]));
          await t.main.goto(RECEIVED_URL);
          const popup = await t.session.newTab();
          await popup.goto(t.session.extensionUrl("popup.html"));
          const note = await waitFor("the popup's storage note", async () => {
            const found = await popup.count("#storage-problem");
            return found ? popup.text("#storage-problem") : null;
          });
          assert.match(note, /could not save its latest changes: your browser's storage for it is full/);
          await popup.close();
        } finally {
          await t.inExtension(
            `const api = globalThis.chrome;
             await api.storage.local.remove(["junk", "storageProblem"]);
             return true;`,
          );
        }
      });

      test("the background stopped between messages: nothing lost, no alert twice", async () => {
        const [a, b, c] = people(3);
        const stop = async () => {
          const cdp = await t.main.page.context().newCDPSession(t.main.page);
          await cdp.send("ServiceWorker.enable");
          await cdp.send("ServiceWorker.stopAllWorkers");
          await cdp.detach();
        };
        t.site.set(RECEIVED_PATH, receivedPage([a, b, c]));
        let since = Date.now();
        await t.main.goto(RECEIVED_URL);
        await t.nextRead(since);
        await stop();
        t.site.set(RECEIVED_PATH, receivedPage([a, c]));
        since = Date.now();
        await t.main.goto(RECEIVED_URL);
        const { ledger } = await t.nextRead(since, "a read after the worker was stopped");
        assert.deepEqual(vanishedNames(ledger), [b.name]);
        await stop();
        since = Date.now();
        await t.main.reload();
        const again = await t.nextRead(since, "a second read after another stop");
        assert.equal(events(again.ledger).filter((e) => e.k.t === "v").length, 1, "still one Vanished event");
        assert.equal(await t.badge(), "1");
      });
    }
  });
}
