// The count before its rows, in a real browser: the invitation manager shows the bucket picker
// with its count (and its menu listing every bucket's count) and the batch spinner, and the rows
// arrive seconds later, as the live page loads on a slow connection. One invitation fewer is a
// vanish (it used to be taken for re-filed to Other, the total having been recorded while the
// rows were still loading); one moved to Other is not.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, receivedByName, start, vanishedNames } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, people, receivedPage } from "./pages.mjs";

for (const browser of BROWSERS) {
  describe(`count first, rows later (${browser.name})`, () => {
    let t;

    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(() => t.reset());

    /** Serves `html` and visits it; resolves to the first read after it that saw the whole list. */
    async function visitUntilWhole(html) {
      t.site.set(RECEIVED_PATH, html);
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      let sawLoading = false;
      const read = await t.nextRead(since, "a read of the whole list", { timeout: 30000 }).then(async function again(found) {
        if (found.last.pr === "Loading") sawLoading = true;
        if (found.last.all) return found;
        return t.nextRead(found.last.t, "a read of the whole list", { timeout: 30000 }).then(again);
      });
      return { ...read, sawLoading };
    }

    /** The first visit: A, B, C on Focused (3), Other (1), read whole. */
    async function firstVisit() {
      const [a, b, c] = people(3);
      const first = await visitUntilWhole(receivedPage([a, b, c], { menu: { focused: 3, other: 1 } }));
      assert.equal(first.last.n, 3);
      assert.deepEqual(Object.values(first.ledger.a)[0].bb, { focused: 4 }, "the whole bucket's total is kept");
      return [a, b, c];
    }

    test("the picker says Focused (2) with a spinner; 3 s later the rows come, B missing: B has vanished", async () => {
      const [a, b, c] = await firstVisit();
      const second = await visitUntilWhole(
        receivedPage([a, c], { count: 2, menu: { focused: 2, other: 1 }, rowsAfterMs: 3000 }),
      );
      assert.ok(second.sawLoading, "the background had a read while the rows were loading");
      assert.equal(second.last.ck, 2, "both rows were read");
      assert.deepEqual(vanishedNames(second.ledger), [b.name]);
      const popup = await t.popupState();
      assert.equal(popup.count, 1, "one vanished invitation listed");
      assert.ok(popup.text.includes(b.name), `the popup names ${b.name}: ${popup.text}`);
    });

    test("the rows come 5 s after the count, B moved to Other (Other (2)): nothing vanished", async () => {
      const [a, b, c] = await firstVisit();
      const second = await visitUntilWhole(
        receivedPage([a, c], { count: 2, menu: { focused: 2, other: 2 }, rowsAfterMs: 5000 }),
      );
      assert.equal(second.last.ck, 2, "both rows were read");
      assert.deepEqual(vanishedNames(second.ledger), []);
      const entry = receivedByName(second.ledger)[b.name];
      assert.equal(entry.s.t, "p", "B is still watched");
      assert.equal(entry.b, "other", "B is filed under Other now");
      assert.equal((await t.popupState()).count, 0);
    });
  });
}
