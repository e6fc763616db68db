// An update never loses the history, in a real browser: the stored texts a user of the first
// release has (the checked-in format-1 sample `two-accounts`, crate/tests/samples/) are put into
// a fresh install, the browser is restarted on the same profile, and the history is intact — the
// background decodes it to the sample's ledger (carried through the migration since, as
// crate/tests/stored_samples.rs carries it), nothing is set aside as damaged, the popup lists
// what had vanished and words the stored problem in the user's language — and a later vanish of
// an invitation already pending in the sample is reported.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { BROWSERS, start, vanishedNames } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, receivedPage } from "./pages.mjs";
import { ROOT, waitFor } from "./site.mjs";

const SAMPLE = join(ROOT, "crate", "tests", "samples", "format-1", "two-accounts");
const sample = (name) => readFileSync(join(SAMPLE, name), "utf8");
const MARIA = "maria-lopez-7a1b2c";

/** The sample's export as this version must decode it (format 1 → 2: the account's one total
 *  of all buckets, `bt`, becomes each bucket's, `bb`). */
function migratedExport() {
  const exported = JSON.parse(sample("export.json"));
  for (const account of Object.values(exported.a)) {
    if (account.bt === undefined) continue;
    const buckets = new Set(["focused", "other", ...Object.values(account.r ?? {}).flatMap((e) => (e.b ? [e.b] : []))]);
    account.bb = Object.fromEntries([...buckets].sort().map((bucket) => [bucket, account.bt]));
    delete account.bt;
  }
  exported.version = 2;
  return exported;
}

/** Maria's Focused list as LinkedIn shows it later: Li, the newsletter, Priya; Mateo is gone. */
function mariaLater() {
  const row = (id, name, slug, age) => ({ urn: `urn:li:invitation:${id}`, name, slug, headline: "Product Manager at Contoso", age });
  const rows = [
    row("7400000000004", "Li Wei", "li-wei-88", "1 month ago"),
    row("7400000000003", "Rust Weekly", "rust-weekly-7123", "1 month ago"),
    row("7400000000005", "Priya Raman", "priya-raman", "2 months ago"),
  ];
  // The page of the signed-in account: the sample's Maria (the fixture's "Me" link names another).
  return receivedPage(rows).replaceAll("aylin-demir-4b1a2c", MARIA);
}

for (const browser of BROWSERS) {
  describe(`a format-1 history after an update and a restart (${browser.name})`, () => {
    const profileDir = mkdtempSync(join(tmpdir(), `iw-${browser.name}-kept-`));
    let t;
    after(async () => {
      await t?.close();
      rmSync(profileDir, { recursive: true, force: true });
    });

    test("the sample is intact after the restart, and a later vanish is reported", async () => {
      t = await start(browser, { profileDir });
      await t.inExtension(
        `const api = globalThis.browser ?? globalThis.chrome;
         await api.storage.local.set({ ledger: arg.ledger, ledgerPending: arg.pending, storageProblem: arg.problem });
         await api.storage.sync.set({ settings: arg.settings });
         return true;`,
        {
          ledger: sample("ledger.txt"),
          pending: sample("ledgerPending.txt"),
          problem: sample("storageProblem.txt"),
          settings: JSON.parse(sample("settings.json")),
        },
      );
      await t.close();
      t = await start(browser, { profileDir });

      const snapshot = await t.inExtension(
        `const api = globalThis.browser ?? globalThis.chrome;
         return await api.runtime.sendMessage({ type: "snapshot", damaged_copies: true });`,
      );
      assert.equal(snapshot.type, "snapshot", JSON.stringify(snapshot).slice(0, 300));
      assert.deepEqual(JSON.parse(snapshot.history), migratedExport(), "the background decodes the sample's ledger");
      assert.equal(snapshot.damaged_kept, false, "nothing was set aside as damaged");
      assert.deepEqual(snapshot.damaged_copies, {});
      assert.deepEqual(snapshot.storage_problem, { t: "pruned", n: 12, days: 30, why: "full" });

      // The sample's settings: German. The popup lists Chloé (vanished), and the stored problem in German.
      const popup = await t.session.newTab();
      await popup.goto(t.session.extensionUrl("popup.html"));
      await waitFor("the popup", async () => (await popup.count("#vanished li")) > 0);
      const listed = await popup.text("#vanished");
      assert.ok(listed.includes("Chloé Martin"), listed);
      const note = await waitFor("the storage note", async () => ((await popup.count("#storage-problem")) ? popup.text("#storage-problem") : null));
      assert.match(note, /12 alte Einträge \(älter als 30 Tage\)/);
      await popup.close();

      // Later: Maria's Focused list without Mateo, who was pending in the sample.
      t.site.set(RECEIVED_PATH, mariaLater());
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      const { ledger, last } = await t.nextRead(since, "the read of Maria's list");
      assert.equal(last.acc, `in:${MARIA}`);
      assert.equal(last.all, true);
      assert.deepEqual(vanishedNames(ledger), ["Chloé Martin", "Mateo Silva"]);
      // Everything else the sample knew is still there.
      const accounts = Object.keys(ledger.a).sort();
      assert.deepEqual(accounts, [`in:${MARIA}`, "in:sam-taylor-0f9e8d", "unknown"]);
      assert.equal(Object.keys(ledger.a["in:sam-taylor-0f9e8d"].r).length, 6);
      assert.equal(ledger.a[`in:${MARIA}`].s["in:amara-eze"].s.t, "p");
    });
  });
}
