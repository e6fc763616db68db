// What the user sees, in a real browser: the in-page card after a vanish (who, ranked reasons,
// next steps, draft, buttons; focus, Esc, Tab order, polite announcement), the badge, the toolbar
// popup's #vanished list and #status line, tone changes from the options page applied without a
// reload, export and clear of the history, and names from the page kept inert.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, people, person, receivedPage } from "./pages.mjs";
import { fixture, waitFor } from "./site.mjs";

const HOST = "invite-watch-root";
const XSS = "<img src=x onerror=alert(1)>";

/** A page script that records alert/confirm/prompt calls instead of showing them. */
const DIALOG_TRAP =
  "<script>window.__iwDialogs = [];" +
  "for (const k of ['alert', 'confirm', 'prompt']) window[k] = (...a) => { window.__iwDialogs.push(k + ':' + a.join(',')); };" +
  "</script>";

/** Everything the tests ask of the card, read from its open shadow root in one go. */
const CARD_STATE = `
  const root = document.getElementById(${JSON.stringify(HOST)})?.shadowRoot;
  const card = root?.querySelector(".card");
  if (!card) return null;
  const all = (sel, el = card) => [...el.querySelectorAll(sel)];
  const text = (el) => el?.textContent ?? null;
  return {
    tone: card.dataset.tone,
    lang: card.getAttribute("lang"),
    heading: text(card.querySelector("h2")),
    role: card.getAttribute("role"),
    live: card.getAttribute("aria-live"),
    label: card.getAttribute("aria-label"),
    focused: root.activeElement === card,
    active: root.activeElement ? (root.activeElement.className || root.activeElement.localName) : null,
    items: all("article.item").map((item) => ({
      key: item.dataset.key ?? null,
      name: text(item.querySelector(".name")),
      headline: text(item.querySelector(".headline")),
      summary: text(item.querySelector(".summary")),
      lead: text(item.querySelector(".lead")),
      question: text(item.querySelector(".ask .question")),
      pending: text(item.querySelector(".pending")),
      reasons: all(".reasons > .reason", item).map((r) => ({
        id: r.dataset.reason,
        title: text(r.querySelector("strong")),
        likelihood: text(r.querySelector(".likelihood")),
        why: text(r.querySelector(".why")),
      })),
      actions: all(".actions > *", item).map((a) => text(a.querySelector("strong"))),
      draft: item.querySelector(".draft textarea")?.value ?? null,
      buttons: all("button, a.profile", item).map((b) => b.textContent),
      profile: item.querySelector("a.profile")?.getAttribute("href") ?? null,
    })),
    footer: all("footer button").map((b) => b.textContent),
    images: root.querySelectorAll("img").length,
    text: root.textContent,
  };`;

for (const browser of BROWSERS) {
  describe(`surfaces (${browser.name})`, () => {
    let t;
    let popupTab;
    let optionsTab;

    /** Serves `html` at the received URL, visits it, and waits for its read. */
    async function visit(html) {
      t.site.set(RECEIVED_PATH, html);
      const since = Date.now();
      await t.main.goto(RECEIVED_URL);
      return t.nextRead(since, "a read of the received page");
    }

    const card = () => t.main.eval(CARD_STATE);
    const waitForCard = (what, check = () => true) =>
      waitFor(what, async () => {
        const state = await card();
        return state && check(state) ? state : null;
      }, { timeout: 20000 });

    /** Visits `before`, then `afterwards` (some gone), and waits for the card about the gone. */
    async function vanish(beforeRows, afterRows, { trap = false } = {}) {
      const page = (rows) => {
        const html = receivedPage(rows);
        return trap ? html.replace("<head>", `<head>${DIALOG_TRAP}`) : html;
      };
      await visit(page(beforeRows));
      await visit(page(afterRows));
      const gone = beforeRows.filter((p) => !afterRows.includes(p)).map((p) => p.name);
      return waitForCard(`a card about ${gone.join(", ")}`, (state) => state.items.length === gone.length);
    }

    const badge = () => t.badge();
    const waitForBadge = (expected) =>
      waitFor(`the badge to read "${expected}"`, async () => ((await badge()) === expected ? true : null));

    async function openPopup() {
      popupTab ??= await t.session.newTab();
      await popupTab.goto(t.session.extensionUrl("popup.html"));
      await waitFor("the popup's status", async () => {
        const status = await popupTab.eval("return document.getElementById('status')?.textContent ?? '';");
        return status && !status.startsWith("Loading") ? status : null;
      });
      return popupTab;
    }

    /** Leaves the popup page: an open popup marks everything it shows as seen. */
    async function closePopup() {
      if (popupTab) await popupTab.goto("about:blank");
    }

    const popupState = () =>
      popupTab.eval(`
        const list = document.getElementById("vanished");
        const status = document.getElementById("status");
        return {
          status: status.textContent,
          problem: status.classList.contains("problem"),
          items: [...list.children].map((li) => ({
            tag: li.localName,
            key: li.dataset.key ?? null,
            name: li.querySelector(".name")?.textContent ?? null,
            marked: li.querySelector(".new") !== null,
            text: li.textContent,
          })),
          images: list.querySelectorAll("img").length,
          empty: document.querySelector(".empty")?.textContent ?? null,
        };`);

    async function openOptions() {
      optionsTab ??= await t.session.newTab();
      await optionsTab.goto(t.session.extensionUrl("options.html"));
      await waitFor("the options page", async () => (await optionsTab.count("#tone option")) === 3);
      return optionsTab;
    }

    async function chooseTone(tone) {
      const options = await openOptions();
      await options.select("#tone", tone);
      await waitFor(`the options preview in the ${tone} tone`, async () =>
        (await options.eval("return document.getElementById('preview')?.dataset.tone;")) === tone ? true : null);
      await waitFor(`the ${tone} tone saved`, async () =>
        (await t.inExtension("return (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings?.tone;")) === tone
          ? true
          : null);
    }

    /** Clicks #export on the options page and returns the parsed JSON behind a#export-link. */
    async function exportHistory() {
      const options = await openOptions();
      // The page clicks the link itself to start a download; keep that from leaving files.
      await options.eval(`
        document.addEventListener("click", (e) => { if (e.target?.id === "export-link") e.preventDefault(); }, true);
        document.getElementById("export-link")?.removeAttribute("href");
        return true;`);
      await options.click("#export");
      const href = await waitFor("a blob: URL on #export-link", async () => {
        const value = await options.eval("return document.getElementById('export-link')?.getAttribute('href') ?? null;");
        return value?.startsWith("blob:") ? value : null;
      });
      const text = await options.eval("return await (await fetch(arg)).text();", href);
      return JSON.parse(text);
    }

    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await closePopup();
      await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
      await t.inExtension(
        "return await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'clear-history' });",
      );
      await waitForBadge("");
    });

    test("after a vanish the card names the person, ranks the reasons, and offers steps, draft and buttons", async () => {
      const [a, , c] = people(3);
      const b = person(1, { age: "3 weeks ago" });
      const state = await vanish([a, b, c], [a, c]);
      assert.equal(state.items.length, 1);
      const [item] = state.items;
      assert.equal(state.heading, "An invitation has left your list");
      assert.equal(state.lang, "en");
      assert.equal(item.name, b.name);
      assert.equal(item.headline, b.headline);
      assert.match(item.summary, new RegExp(`${b.name}'s invitation`));
      assert.match(item.pending ?? "", /week/, "how long it was pending");
      // All seven reasons, the evidence's choice first, with its reason in words.
      assert.equal(new Set(item.reasons.map((r) => r.id)).size, 7, JSON.stringify(item.reasons));
      assert.equal(item.reasons[0].id, "old_invitations_cleaned_up");
      assert.ok(item.reasons[0].why, "the first reason says why it is likelier");
      assert.ok(item.reasons.every((r) => r.title && r.likelihood), "every reason has a title and a likelihood");
      assert.equal(item.actions.length, 5, JSON.stringify(item.actions));
      // First what most likely happened, then "answered elsewhere?" with its button.
      assert.equal(item.lead, "Most likely, they cleared out old invitations they'd sent, and that's usually nothing personal.");
      assert.equal(item.question, "Did you answer it somewhere else (app, e-mail)?");
      assert.ok(item.draft.includes(b.name.split(" ")[0]), `the draft greets ${b.name}: ${item.draft}`);
      assert.ok([...item.draft].length <= 200);
      assert.deepEqual(item.buttons, ["Yes, I accepted or ignored it", "Copy", "Open profile"]);
      assert.match(item.profile, /^https:\/\/www\.linkedin\.com\/in\/[^?]+\/$/);
      assert.deepEqual(state.footer, ["Dismiss"]);
      // Nobody else is on the card.
      assert.ok(!state.text.includes(a.name) && !state.text.includes(c.name));
      // Announced politely, and focus is on the card.
      assert.equal(state.live, "polite");
      assert.equal(state.role, "region");
      assert.equal(state.label, state.heading);
      assert.ok(state.focused, `focus on the card, not ${state.active}`);
      assert.equal(await badge(), "1");
    });

    test("Tab walks the card in reading order: close, resolve, more reasons, draft, copy, profile, dismiss", async () => {
      const [a, b, c] = people(3);
      await vanish([a, b, c], [a, c]);
      await waitForCard("focus on the card", (state) => state.focused);
      const order = [];
      for (let i = 0; i < 8; i++) {
        await t.main.press("Tab");
        const state = await card();
        order.push(state.active);
      }
      assert.deepEqual(order.slice(0, 7), [
        "close",
        "resolve primary",
        "summary",
        "textarea",
        "copy",
        "profile button",
        "dismiss",
      ]);
    });

    test("Esc closes the card and marks it seen: the badge drops", async () => {
      const [a, b, c] = people(3);
      await vanish([a, b, c], [a, c]);
      await waitForCard("focus on the card", (state) => state.focused);
      assert.equal(await badge(), "1");
      await t.main.press("Escape");
      await waitFor("the card to close", async () => ((await card()) === null ? true : null));
      await waitForBadge("");
      const hostLeft = await t.main.eval(`return document.getElementById(${JSON.stringify(HOST)}) !== null;`);
      assert.equal(hostLeft, false, "the host element is removed");
    });

    test("Dismiss closes the card and marks it seen; the popup still lists it", async () => {
      const [a, b, c] = people(3);
      await vanish([a, b, c], [a, c]);
      assert.equal(await badge(), "1");
      await t.main.shadowClick(HOST, "footer button.dismiss");
      await waitFor("the card to close", async () => ((await card()) === null ? true : null));
      await waitForBadge("");
      await openPopup();
      const popup = await popupState();
      assert.deepEqual(popup.items.map((i) => i.name), [b.name]);
    });

    test("several vanishes make one card; “Yes, I accepted or ignored it” removes one and the badge drops", async () => {
      const [a, b, c, d, e] = people(5);
      const state = await vanish([a, b, c, d, e], [a, c, e]);
      assert.equal(state.heading, "A few things changed in your invitations");
      assert.deepEqual(state.items.map((i) => i.name).sort(), [b.name, d.name].sort());
      assert.equal(await badge(), "2");

      const index = state.items.findIndex((i) => i.name === b.name);
      await t.main.shadowClick(HOST, `article.item:nth-of-type(${index + 1}) button.resolve`);
      const after = await waitForCard("the card without " + b.name, (s) => s.items.length === 1);
      assert.equal(after.items[0].name, d.name);
      assert.equal(after.heading, "An invitation has left your list");
      await waitForBadge("1");
      const ledger = await t.ledger();
      const entries = Object.values(Object.values(ledger.a)[0].r);
      assert.equal(entries.find((x) => x.n === b.name).s.t, "x", "recorded as the user's own doing");
      assert.equal(entries.find((x) => x.n === d.name).s.t, "v");

      // The last one: the card goes, the badge empties, the popup lists only what is left.
      await t.main.shadowClick(HOST, "button.resolve");
      await waitFor("the card to close", async () => ((await card()) === null ? true : null));
      await waitForBadge("");
      await openPopup();
      const popup = await popupState();
      assert.equal(popup.items.length, 0);
      assert.ok(popup.empty, "the friendly empty state");
    });

    test("switching the tone on the options page rewords the card and the popup without a reload", async () => {
      const [a, b, c] = people(3);
      const warm = await vanish([a, b, c], [a, c]);
      assert.equal(warm.tone, "warm");
      assert.equal(warm.items[0].summary, `${b.name}'s invitation was no longer in your list when Invite Watch last looked.`);
      const marker = await t.main.eval("window.__iwNoReload = true; return true;");
      assert.equal(marker, true);

      await chooseTone("brief");
      const brief = await waitForCard("the card in the brief tone", (s) => s.tone === "brief");
      assert.equal(brief.heading, "Invitation gone");
      assert.equal(brief.items[0].summary, `${b.name}'s invite is gone.`);
      assert.notDeepEqual(brief.items[0].actions, warm.items[0].actions);
      assert.equal(await t.main.eval("return window.__iwNoReload === true;"), true, "the page was not reloaded");

      await openPopup();
      const summaryIn = () => popupTab.eval("return document.querySelector('#vanished .summary')?.textContent ?? null;");
      assert.equal(await summaryIn(), `${b.name}'s invite is gone.`);
      await popupTab.eval("window.__iwNoReload = true; return true;");
      await chooseTone("professional");
      await waitFor("the popup in the professional tone", async () =>
        (await summaryIn()) === `${b.name}'s invitation was no longer listed when the page was last read.` ? true : null);
      assert.equal(await popupTab.eval("return window.__iwNoReload === true;"), true, "the popup was not reloaded");
    });

    test("the options page's switches (in-page card) are saved as they change", async () => {
      const options = await openOptions();
      const saved = () =>
        t.inExtension("return (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings?.inPageCard;");
      assert.equal(await options.eval("return document.getElementById('in-page-card').checked;"), true);
      await options.click("#in-page-card");
      await waitFor("the in-page card turned off in storage", async () => ((await saved()) === false ? true : null));
      await options.click("#in-page-card");
      await waitFor("the in-page card turned on again in storage", async () => ((await saved()) === true ? true : null));
    });

    test("the popup's #vanished lists vanished invitations, not pending ones; #status says when, how many, and whether read", async () => {
      const [a, b, c, d, e] = people(5);
      await vanish([a, b, c, d, e], [a, c, d, e]);
      await visit(receivedPage([a, c, e]));
      await waitForCard("a card about two", (s) => s.items.length === 2);
      await openPopup();
      const popup = await popupState();
      assert.ok(popup.items.every((i) => i.tag === "li"));
      assert.deepEqual(popup.items.map((i) => i.name), [d.name, b.name], "one li each, newest first");
      for (const pending of [a, c, e]) {
        assert.ok(!popup.items.some((i) => i.text.includes(pending.name)), `${pending.name} is pending, not listed`);
      }
      assert.match(popup.status, /^Last read (just now|1 minute ago)/);
      assert.match(popup.status, /3 pending invitations watched/);
      assert.match(popup.status, /all 3 on the list were checked/);
      assert.equal(popup.problem, false);
      // Showing them in the popup counts as seeing them; they stay marked new while it is open.
      await waitForBadge("");
      const redrawn = await popupState();
      assert.deepEqual(redrawn.items.map((i) => i.marked), [true, true], "both still marked new");

      // A page that cannot be read: the status says so, and nothing is concluded.
      await closePopup();
      await visit(fixture("logged-out-sign-in.html"));
      await openPopup();
      const unread = await popupState();
      assert.equal(unread.problem, true);
      assert.match(unread.status, /could not be read/);
      assert.match(unread.status, /3 pending invitations watched/);
      assert.equal(unread.items.length, 2, "the vanished list is unchanged");
    });

    test("export produces valid JSON of the history, and clear empties it", async () => {
      const [a, b, c] = people(3);
      await vanish([a, b, c], [a, c]);
      const exported = await exportHistory();
      assert.equal(exported.exportedBy, "Invite Watch");
      assert.ok(!Number.isNaN(Date.parse(exported.exportedAt)));
      const accounts = Object.values(exported.history.a ?? {});
      assert.equal(accounts.length, 1);
      const entries = Object.values(accounts[0].r);
      assert.deepEqual(entries.map((x) => x.n).sort(), [a.name, b.name, c.name].sort());
      assert.equal(entries.find((x) => x.n === b.name).s.t, "v");
      assert.equal(await badge(), "1");

      await optionsTab.click("#clear");
      await waitFor("the confirmation", async () => (await optionsTab.count("#clear-yes")) === 1);
      await optionsTab.click("#clear-yes");
      await waitFor("“History cleared.”", async () =>
        (await optionsTab.eval("return document.getElementById('message')?.textContent;")) === "History cleared." ? true : null);
      await waitForBadge("");
      const stored = await t.ledger();
      assert.equal(Object.keys(stored?.a ?? {}).length, 0, "no account left in storage");
      const again = await exportHistory();
      assert.equal(Object.keys(again.history.a ?? {}).length, 0, "the export is empty too");
      await openPopup();
      const popup = await popupState();
      assert.equal(popup.items.length, 0);
      assert.ok(popup.empty);
    });

    test("a name with markup shows as text and runs nothing", async () => {
      const [a, , c] = people(3);
      const evil = person(1, { name: XSS, headline: `<b onmouseover=alert(2)>bold</b>` });
      const state = await vanish([a, evil, c], [a, c], { trap: true });
      assert.equal(state.items[0].name, XSS, "the name is shown literally");
      assert.equal(state.items[0].headline, evil.headline);
      assert.ok(state.text.includes(XSS));
      assert.equal(state.images, 0, "no <img> in the card");
      const page = await t.main.eval(`
        const root = document.getElementById(${JSON.stringify(HOST)}).shadowRoot;
        return { dialogs: window.__iwDialogs, bold: root.querySelectorAll("b").length, trapped: Array.isArray(window.__iwDialogs) };`);
      assert.equal(page.trapped, true, "the dialog trap is in place");
      assert.deepEqual(page.dialogs, [], "no alert, confirm or prompt ran");
      assert.equal(page.bold, 0);

      await openPopup();
      const popup = await popupState();
      assert.equal(popup.items[0].name, XSS);
      assert.equal(popup.images, 0, "no <img> in the popup");
    });
  });
}
