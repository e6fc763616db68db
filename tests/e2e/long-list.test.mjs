// A long list is read in slices (crate/src/browser/content.rs): the page gets its main thread
// back between them, and the read is still the whole list's — a vanish deep in a list of
// thousands is found, nothing else is declared. In Chromium the engine's own counters (reached
// through CDP, as ./scripts/bench does) show that the read really took several slices.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { isolatedWorld } from "./chromium.mjs";
import { BROWSERS, start, vanishedNames } from "./harness.mjs";
import { RECEIVED_PATH, people, receivedPage } from "./pages.mjs";

// content_stats() indexes (crate/src/browser/content.rs).
const STAT = { reads: 0, longestTask: 9, lastReadMs: 10, lastReadSlices: 11 };
const ROWS = 3000;

for (const browser of BROWSERS) {
  describe(`a long list (${browser.name})`, () => {
    let t;
    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(() => t.reset());

    async function visit(html) {
      t.site.set(RECEIVED_PATH, html);
      const since = Date.now();
      await t.main.goto(`https://www.linkedin.com${RECEIVED_PATH}`);
      return t.nextRead(since, `the read of ${ROWS} rows`, { timeout: 120000 });
    }

    test(`${ROWS} invitations, one gone from the middle: read in slices, that one vanished`, async () => {
      const all = people(ROWS);
      const first = await visit(receivedPage(all));
      assert.equal(first.last.n, ROWS, "every row read");
      assert.equal(first.last.all, true, "the whole list");
      if (browser.name === "chromium") {
        const world = await isolatedWorld(t.main.page, t.session.extensionId);
        const stats = await world.stats();
        await world.detach();
        assert.ok(stats[STAT.reads] >= 2, `a read and its confirmation: ${stats}`);
        assert.ok(stats[STAT.lastReadSlices] > 1, `the last read took ${stats[STAT.lastReadSlices]} slice(s)`);
        assert.ok(
          stats[STAT.longestTask] < stats[STAT.lastReadMs],
          `no task of the engine (longest ${stats[STAT.longestTask]} ms) is the whole read (${stats[STAT.lastReadMs]} ms)`,
        );
      }
      const gone = all[ROWS / 2];
      const { ledger, last } = await visit(receivedPage(all.filter((p) => p !== gone)));
      assert.equal(last.n, ROWS - 1);
      assert.deepEqual(vanishedNames(ledger), [gone.name]);
    });
  });
}
