// The browser's language reaches every surface alike (issue 18, item 5): with the language option
// left on "Same as the browser", a browser started in German or in French gets the in-page card,
// the toolbar popup and the options page in that language. The card is worded by the background
// (service worker in Chromium, event page in Firefox) and the popup and options by their own
// pages: all of them read the browser's language list (`navigator.languages`), which every
// extension context sees alike. Chromium is started in a language two ways: its switches
// (`--lang`, `--accept-lang`; this Debian build has no translation of its own UI, so
// `i18n.getUILanguage()` stays "en-US" everywhere: every surface was English), and playwright's
// locale emulation, under which a page's `i18n.getUILanguage()` says the language while the
// service worker's may say "en-US". Firefox is started with a profile's `intl.locale.requested`
// and `intl.accept_languages` (without a language pack its `i18n.getUILanguage()` stays "en-US"
// too).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, person, receivedPage } from "./pages.mjs";
import { waitFor } from "./site.mjs";

const HOST = "invite-watch-root";
// No `language`: the stored settings follow the browser ("auto" is the default).
const SETTINGS = { tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 };

/** Each language: how each browser is started in it, and the words expected of each surface. */
const LANGUAGES = {
  de: {
    chromium: { args: ["--lang=de", "--accept-lang=de-DE,de"] },
    firefox: { prefs: { "intl.locale.requested": "de", "intl.accept_languages": "de-DE, de" } },
    heading: "Eine Einladung ist aus Ihrer Liste verschwunden",
    lead: "Wahrscheinlich hat die Person alte Einladungen aufgeräumt – das ist meist nichts Persönliches.",
    noticed: /^Bemerkt (gerade eben|vor 1 Minute)$/,
    resolve: "Ja, ich habe sie angenommen oder ignoriert",
    optionsTitle: "Invite Watch – Einstellungen",
    auto: "Wie der Browser (Deutsch)",
  },
  fr: {
    chromium: { locale: "fr-FR", args: ["--lang=fr"] },
    firefox: { prefs: { "intl.locale.requested": "fr", "intl.accept_languages": "fr-FR, fr" } },
    heading: "Une invitation a quitté votre liste",
    lead: "Le plus probable : la personne a fait le tri dans ses anciennes invitations, rien de personnel en général.",
    noticed: /^Remarquée (à l'instant|il y a 1 minute)$/,
    resolve: "Oui, je l'ai acceptée ou ignorée",
    optionsTitle: "Invite Watch – Options",
    auto: "Comme le navigateur (Français)",
  },
};

const CARD = `
  const card = document.getElementById(${JSON.stringify(HOST)})?.shadowRoot?.querySelector(".card");
  if (!card) return null;
  return {
    lang: card.getAttribute("lang"),
    heading: card.querySelector("h2")?.textContent ?? null,
    leads: [...card.querySelectorAll("article.item .lead")].map((p) => p.textContent),
    resolve: card.querySelector("button.resolve")?.textContent ?? null,
  };`;

for (const browser of BROWSERS) {
  for (const [code, words] of Object.entries(LANGUAGES)) {
    describe(`language (${browser.name}, started in ${code})`, () => {
      let t;
      before(async () => {
        t = await start(browser, words[browser.name]);
        await t.setSettings(SETTINGS);
        await t.reset();
      });
      after(async () => {
        await t?.close();
      });

      test("the card, the popup and the options page speak the browser's language", async () => {
        const [a, b, c] = [person(0), person(1, { age: "3 weeks ago" }), person(2)];
        for (const rows of [[a, b, c], [a, c]]) {
          t.site.set(RECEIVED_PATH, receivedPage(rows));
          const since = Date.now();
          await t.main.goto(RECEIVED_URL);
          await t.nextRead(since, `a read of ${rows.length} invitations`);
        }
        const card = await waitFor("the card", async () => {
          const state = await t.main.eval(CARD);
          return state?.leads.length === 1 ? state : null;
        }, { timeout: 20000 });
        assert.deepEqual(card, { lang: code, heading: words.heading, leads: [words.lead], resolve: words.resolve });

        const popup = await t.session.newTab();
        await popup.goto(t.session.extensionUrl("popup.html"));
        await waitFor("the popup's list", async () => ((await popup.count("#vanished li")) > 0 ? true : null));
        const shown = await popup.eval(`return {
          lang: document.documentElement.lang,
          when: document.querySelector("#vanished .when")?.textContent ?? null,
          resolve: document.querySelector("#vanished button.resolve")?.textContent ?? null };`);
        assert.equal(shown.lang, code);
        assert.match(shown.when ?? "", words.noticed);
        assert.equal(shown.resolve, words.resolve);

        await popup.goto(t.session.extensionUrl("options.html"));
        await waitFor("the options page", async () => ((await popup.count("#language option")) === 5 ? true : null));
        const options = await popup.eval(`const select = document.getElementById("language");
          return {
            lang: document.documentElement.lang,
            h1: document.querySelector("h1").textContent,
            choice: select.value,
            auto: select.querySelector('option[value="auto"]').textContent };`);
        assert.deepEqual(options, { lang: code, h1: words.optionsTitle, choice: "auto", auto: words.auto });
        await popup.close();
      });
    });
  }
}
