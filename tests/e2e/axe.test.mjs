// Accessibility measured (issue 11): axe-core, a dev-dependency injected from node_modules into
// the page under test (never shipped), reports no WCAG 2.x A/AA violation on the in-page card,
// the popup (with its 12-week chart and #sent) and the options page, in light and in dark, with every <details> opened so that
// nothing is left unchecked. The figures (rules passed, violations) are printed for the record.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, person, receivedPage } from "./pages.mjs";
import { fixture, waitFor } from "./site.mjs";

const SENT_PATH = "/mynetwork/invitation-manager/sent/";

const HOST = "invite-watch-root";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Injects axe-core (once per page) and runs it on `include` (a selector list), every <details>
 *  under `openIn` opened first. Returns the violations (rule, impact, targets) and the passes. */
const RUN_AXE = (include, openIn) => `
  if (!window.axe) { ${AXE}\n }
  const scope = ${openIn};
  for (const d of scope.querySelectorAll("details")) d.open = true;
  // Colours are measured once the card's arrival animation (a fade) has finished.
  const animations = [...(scope.getAnimations?.() ?? []), ...document.getAnimations()];
  await Promise.all(animations.map((a) => a.finished.catch(() => null)));
  const result = await window.axe.run({ include: ${JSON.stringify(include)} }, {
    runOnly: { type: "tag", values: ${JSON.stringify(TAGS)} },
    resultTypes: ["violations"],
  });
  return {
    passes: result.passes.length,
    violations: result.violations.map((v) => ({
      id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => [n.target.join(" "), n.failureSummary]),
    })),
  };`;

const SCHEMES = ["light", "dark"];

for (const browser of BROWSERS) {
  for (const scheme of SCHEMES) {
    describe(`axe-core (${browser.name}, ${scheme})`, () => {
      let t;

      /** The page's colour scheme: Chromium emulates it per page, Firefox takes it from prefs. */
      async function inScheme(tab) {
        if (browser.name === "chromium") await tab.page.emulateMedia({ colorScheme: scheme });
        return tab;
      }

      before(async () => {
        const prefs =
          scheme === "dark"
            ? { "ui.systemUsesDarkTheme": 1, "layout.css.prefers-color-scheme.content-override": 0 }
            : { "ui.systemUsesDarkTheme": 0, "layout.css.prefers-color-scheme.content-override": 1 };
        t = await start(browser, browser.name === "firefox" ? { prefs } : {});
        await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
        await t.reset();
        await inScheme(t.main);
        // One invitation vanishes: a card, a popup item, and history for the options page.
        const rows = [person(0), person(1, { age: "3 weeks ago", note: "Hello! Let's connect." }), person(2)];
        for (const shown of [rows, [rows[0], rows[2]]]) {
          t.site.set(RECEIVED_PATH, receivedPage(shown));
          const since = Date.now();
          await t.main.goto(RECEIVED_URL);
          await t.nextRead(since);
        }
        await waitFor("the card", async () =>
          (await t.main.eval(`return !!document.getElementById(${JSON.stringify(HOST)})?.shadowRoot?.querySelector(".card");`)) || null,
        { timeout: 20000 });
        // The Sent tab read in another tab: the popup's #sent then has its numbers and tips.
        const sentTab = await t.session.newTab();
        t.site.set(SENT_PATH, fixture("era-e-sent.html"));
        const since = Date.now();
        await sentTab.goto(`https://www.linkedin.com${SENT_PATH}`);
        await t.nextRead(since);
        await sentTab.close();
      });
      after(async () => {
        await t?.close();
      });

      const check = (what, result) => {
        console.log(`axe ${browser.name} ${scheme} ${what}: ${result.passes} rules passed, ${result.violations.length} violations`);
        assert.deepEqual(result.violations, [], `${what}: ${JSON.stringify(result.violations, null, 1)}`);
      };

      test("the in-page card has no violations", async () => {
        const result = await t.main.eval(
          RUN_AXE([[`#${HOST}`]], `document.getElementById(${JSON.stringify(HOST)}).shadowRoot`),
        );
        check("card", result);
      });

      test("the popup has no violations", async () => {
        const popup = await inScheme(await t.session.newTab());
        await popup.goto(t.session.extensionUrl("popup.html"));
        await waitFor("the popup's list, chart and sent invitations", async () =>
          (await popup.count("#vanished li")) > 0 &&
          (await popup.count("#history svg rect.bar")) === 12 &&
          (await popup.count("#sent .tips li")) > 0
            ? true
            : null);
        check("popup", await popup.eval(RUN_AXE(["html"], "document")));
      });

      test("the options page has no violations", async () => {
        const options = await inScheme(await t.session.newTab());
        await options.goto(t.session.extensionUrl("options.html"));
        await waitFor("the options page", async () => ((await options.count("#language option")) === 5 ? true : null));
        check("options", await options.eval(RUN_AXE(["html"], "document")));
      });
    });
  }
}
