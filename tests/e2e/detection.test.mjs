// Detection in a real browser: a vanished invitation is reported, and none of the things that
// merely look like a disappearance (the user's own Ignore, a half-loaded list, a filter, the Sent
// tab, a page the reader does not know) ever is.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, receivedByName, start, vanishedNames } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, people, receivedPage } from "./pages.mjs";
import { fixture, waitFor } from "./site.mjs";

const BASE = "https://www.linkedin.com/mynetwork/invitation-manager";

for (const browser of BROWSERS) {
  describe(`detection (${browser.name})`, () => {
    let t;

    /** Serves `html` at the received URL (or `path`), visits it, and waits for its read. */
    async function visit(html, { path = RECEIVED_PATH } = {}) {
      t.site.set(path, html);
      const since = Date.now();
      await t.main.goto(`https://www.linkedin.com${path}`);
      return t.nextRead(since, `the read of ${path}`);
    }

    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(() => t.reset());

    test("visit 1 shows A, B, C; visit 2 shows A, C: B is vanished, in the popup's list", async () => {
      const [a, b, c] = people(3);
      const first = await visit(receivedPage([a, b, c]));
      assert.equal(first.last.n, 3);
      const { ledger } = await visit(receivedPage([a, c]));
      assert.deepEqual(vanishedNames(ledger), [b.name]);
      const popup = await t.popupState();
      assert.equal(popup.count, 1, "one vanished invitation listed");
      assert.ok(popup.text.includes(b.name), `the popup names ${b.name}: ${popup.text}`);
      assert.ok(!popup.text.includes(a.name), "pending invitations are not listed as vanished");
      assert.match(popup.status, /2 pending invitations watched/);
    });

    test("the user's own Ignore click on B: B's absence is not a vanish", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      await t.main.click(`button[aria-label="Ignore an invitation to connect from ${b.name}"]`);
      await waitFor("the Ignore click in the ledger", async () => receivedByName(await t.ledger())[b.name]?.s?.t === "i");
      const { ledger } = await visit(receivedPage([a, c]));
      assert.deepEqual(vanishedNames(ledger), []);
      assert.equal(receivedByName(ledger)[b.name].s.t, "i", "B stays ignored by the user");
      assert.equal((await t.popupState()).count, 0);
    });

    test("only the first 10 of 25 loaded, B among the unloaded: nothing vanished", async () => {
      const all = people(25);
      const first = await visit(receivedPage(all));
      assert.equal(first.last.n, 25);
      assert.equal(first.last.all, true, "the whole list was on the page");
      const { ledger, last } = await visit(receivedPage(all.slice(0, 10), { count: 25 }));
      assert.equal(last.all, false, "the second visit is a partial list");
      assert.deepEqual(vanishedNames(ledger), []);
      assert.equal(Object.values(receivedByName(ledger)).filter((e) => e.s.t === "p").length, 25);
    });

    test("a list still loading (spinner) is never proof: nothing vanished", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      const { ledger } = await visit(receivedPage([a], { count: 3, loader: true }));
      assert.deepEqual(vanishedNames(ledger), []);
    });

    test("a filtered view: nothing vanished", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      const { ledger, last } = await visit(receivedPage([a]), {
        path: "/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/",
      });
      assert.ok(last.v.filter, "the read knows the view is filtered");
      assert.deepEqual(vanishedNames(ledger), []);
    });

    test("the Sent tab: nothing vanished", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      const { ledger, last } = await visit(fixture("era-e-sent.html"), { path: "/mynetwork/invitation-manager/sent/" });
      assert.equal(last.v.tab, "Sent");
      assert.deepEqual(vanishedNames(ledger), []);
      assert.equal(Object.keys(receivedByName(ledger)).length, 3);
    });

    test("a page the reader does not know: nothing vanished, and the popup says it could not read it", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      const { ledger, last } = await visit(fixture("unknown-layout-redesign.html"));
      assert.equal(last.ok, false);
      assert.deepEqual(vanishedNames(ledger), []);
      const popup = await t.popupState();
      assert.equal(popup.count, 0);
      assert.match(popup.status, /could not be read/);
      const { layoutReport } = await t.storage();
      assert.match(layoutReport, /unrecognised \(UnknownLayout\)/, "a page-structure report is kept for the popup");
      // A page read normally afterwards forgets it.
      await visit(receivedPage([a, b, c]));
      assert.equal((await t.storage()).layoutReport, undefined);
    });

    test("an invitation that comes back after vanishing is re-sent news", async () => {
      const [a, b, c] = people(3);
      await visit(receivedPage([a, b, c]));
      await visit(receivedPage([a, c]));
      const { ledger } = await visit(receivedPage([a, b, c]));
      assert.equal(receivedByName(ledger)[b.name].s.t, "rs");
      assert.deepEqual(vanishedNames(ledger), []);
    });

    test("everything gone at once is one question, not N withdrawals", async () => {
      const all = people(5);
      await visit(receivedPage(all));
      const { ledger } = await visit(receivedPage([]));
      assert.deepEqual(vanishedNames(ledger), []);
      const events = Object.values(ledger.a).flatMap((account) => account.e ?? []);
      assert.equal(events.filter((e) => e.k.t === "mass").length, 1);
      assert.equal(events.filter((e) => e.k.t === "v").length, 0);
    });

    test(`the page at ${BASE}/ with a restriction notice changes nothing`, async () => {
      const [a, b] = people(2);
      await visit(receivedPage([a, b]));
      const { ledger, last } = await visit(fixture("restricted-weekly-limit.html"));
      assert.equal(last.ok, false);
      assert.equal(last.why, "Restricted");
      assert.deepEqual(vanishedNames(ledger), []);
    });
  });
}
