// The privacy policy reaches the user: the options page links to privacy.html (PRIVACY.md as the
// build ships it) in the page's language, and the page it opens is the whole of PRIVACY.md.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { ROOT, waitFor } from "./site.mjs";

const SETTINGS = { tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 };
const words = (text) => text.replace(/\s+/g, " ").trim();

for (const browser of BROWSERS) {
  describe(`privacy policy (${browser.name})`, () => {
    let t;
    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });

    test("the options page links to the shipped policy, in its language, and the policy is PRIVACY.md", async () => {
      await t.setSettings({ ...SETTINGS, language: "en" });
      const options = await t.session.newTab();
      await options.goto(t.session.extensionUrl("options.html"));
      const link = () => options.eval(`const a = document.querySelector("#privacy a");
        return a && { text: a.textContent, href: a.href, lang: document.documentElement.lang };`);
      const english = await waitFor("the policy link", link);
      assert.deepEqual(english, {
        text: "The full privacy policy",
        href: t.session.extensionUrl("privacy.html"),
        lang: "en",
      });

      await options.select("#language", "de");
      const german = await waitFor("the link in German", async () => {
        const state = await link();
        return state?.lang === "de" ? state : null;
      });
      assert.equal(german.text, "Die vollständige Datenschutzerklärung (auf Englisch)");
      assert.equal(german.href, t.session.extensionUrl("privacy.html"));

      const policy = await t.session.newTab();
      await policy.goto(german.href);
      const page = await waitFor("the policy page", () =>
        policy.eval(`const pre = document.querySelector("pre");
          return pre && { title: document.title, text: pre.textContent };`));
      assert.equal(page.title, "Invite Watch — privacy policy");
      assert.equal(words(page.text), words(readFileSync(join(ROOT, "PRIVACY.md"), "utf8")));
      await policy.close();
      await options.close();
    });
  });
}
