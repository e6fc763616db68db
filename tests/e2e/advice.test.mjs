// Issue 19 in a real browser: next steps drawn from what the page showed (the mutual connection
// the vanished invitation's row named, the date by which LinkedIn's wait of up to three weeks is
// over), the popup's #sent section filled by a visit to the Sent tab (and nothing from it ever a
// "vanished" alert), the 12-week chart with its text alternative, and an unseen vanish opening
// expanded in the popup while a seen one stays folded.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, person, receivedPage } from "./pages.mjs";
import { fixture, waitFor } from "./site.mjs";

const HOST = "invite-watch-root";
const SETTINGS = { tone: "warm", language: "en", inPageCard: true, notifications: false, retentionDays: 365 };
const SENT_PATH = "/mynetwork/invitation-manager/sent/";
const SENT_URL = `https://www.linkedin.com${SENT_PATH}`;

/** "23 December" (and the year when it is not this year's), as the extension writes dates. */
function inThreeWeeks() {
  const end = new Date(Date.now() + 21 * 24 * 60 * 60 * 1000);
  const words = end.toLocaleDateString("en-GB", { day: "numeric", month: "long" });
  return end.getFullYear() === new Date().getFullYear() ? words : `${words} ${end.getFullYear()}`;
}

/** The popup's sections, read once it has drawn them. */
const POPUP = `
  const text = (el) => el?.textContent.replace(/\\s+/g, " ").trim() ?? null;
  const sent = document.getElementById("sent");
  const history = document.getElementById("history");
  const svg = history?.querySelector("svg");
  return {
    vanished: document.querySelectorAll("#vanished li").length,
    open: [...document.querySelectorAll("#vanished li > details")].map((d) => d.open),
    sent: {
      text: text(sent),
      never: text(sent?.querySelector(".never")),
      link: sent?.querySelector("a.sent-link")?.getAttribute("href") ?? null,
      counts: [...(sent?.querySelectorAll(".counts li") ?? [])].map(text),
      oldest: [...(sent?.querySelectorAll(".oldest li .name") ?? [])].map(text),
      tips: [...(sent?.querySelectorAll(".tips li") ?? [])].map((li) => li.dataset.tip),
    },
    chart: svg && {
      role: svg.getAttribute("role"),
      labelledBy: svg.getAttribute("aria-labelledby"),
      bars: svg.querySelectorAll("rect.bar").length,
      marked: svg.querySelectorAll("rect.bar.marked").length,
      marks: svg.querySelectorAll("circle.mark").length,
      title: text(svg.querySelector("title")),
      width: svg.getBoundingClientRect().width,
      height: svg.getBoundingClientRect().height,
    },
    chartText: text(document.getElementById("history-text")),
    figures: [...(history?.querySelectorAll(".figures .figure") ?? [])].map(text),
  };`;

for (const browser of BROWSERS) {
  describe(`advice (${browser.name})`, () => {
    let t;

    async function visit(path, url, html) {
      t.site.set(path, html);
      const since = Date.now();
      await t.main.goto(url);
      return t.nextRead(since, `a read of ${url}`);
    }

    async function popup(ready = (state) => state.sent.text !== null) {
      const tab = await t.session.newTab();
      await tab.goto(t.session.extensionUrl("popup.html"));
      const state = await waitFor("the popup's sections", async () => {
        const s = await tab.eval(POPUP);
        return ready(s) ? s : null;
      });
      return { tab, state };
    }

    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await t.setSettings(SETTINGS);
      await t.reset();
    });

    test("the card names the mutual connection the vanished invitation's row named, and dates the wait", async () => {
      const maria = person(1, { age: "3 weeks ago", mutuals: "Maria Lopez and 11 other mutual connections" });
      const rows = [person(0), maria, person(2)];
      await visit(RECEIVED_PATH, RECEIVED_URL, receivedPage(rows));
      await visit(RECEIVED_PATH, RECEIVED_URL, receivedPage([rows[0], rows[2]]));
      const card = await waitFor("the card", async () => {
        const state = await t.main.eval(`const card = document.getElementById(${JSON.stringify(HOST)})?.shadowRoot?.querySelector(".card");
          if (!card) return null;
          return { names: [...card.querySelectorAll("article.item .name")].map((n) => n.textContent),
                   steps: [...card.querySelectorAll(".actions [role=listitem], .actions li")].map((li) => li.textContent) };`);
        return state?.names.length === 1 ? state : null;
      }, { timeout: 20000 });
      assert.deepEqual(card.names, [maria.name]);
      // Moved up to the first of the steps that reach out, naming her and the 12 they share.
      assert.ok(card.steps.length >= 5, JSON.stringify(card.steps));
      assert.match(card.steps[1], /Maria Lopez is one of the 12 connections you share/);
      const watch = card.steps.find((s) => /three weeks/.test(s)) ?? "";
      assert.ok(watch.includes(`until ${inThreeWeeks()} at the latest`), watch);
      // Someone else's row named nobody new: the template's line, still Omar Khalil there.
      assert.ok(!card.steps.some((s) => /Omar Khalil/.test(s)));
    });

    test("before the Sent tab was read #sent says so with a link; a visit fills it, and never raises a vanish", async () => {
      const first = await popup();
      assert.match(first.state.sent.never ?? "", /hasn't seen your sent invitations yet/);
      assert.equal(first.state.sent.link, SENT_URL);
      await first.tab.close();

      const sent = fixture("era-e-sent.html");
      await visit(SENT_PATH, SENT_URL, sent);
      const filled = await popup((s) => s.sent.counts.length > 0);
      assert.equal(filled.state.sent.never, null);
      assert.deepEqual(filled.state.sent.counts, [
        "6 invitations pending",
        "3 of them for more than three weeks",
        "2 for more than three months",
        "6 sent without a note",
      ]);
      assert.deepEqual(filled.state.sent.oldest, ["Pablo Ruiz", "Noor Al-Sayed", "Arjun Mehta"]);
      assert.deepEqual(filled.state.sent.tips, ["withdraw_oldest", "personalise_your_note"]);
      assert.equal(filled.state.sent.link, SENT_URL);
      assert.equal(filled.state.vanished, 0);
      await filled.tab.close();

      // Two of them gone from the Sent list (accepted, ignored or withdrawn: nobody can tell):
      // counted out, and nothing is a vanish.
      const withoutTwo = dropSentRows(sent, ["Pablo Ruiz", "Noor Al-Sayed"]);
      const { last } = await visit(SENT_PATH, SENT_URL, withoutTwo);
      assert.equal(last.ok, true);
      const after = await popup((s) => s.sent.counts[0] === "4 invitations pending");
      assert.equal(after.state.vanished, 0);
      assert.equal(await t.badge(), "");
      const ledger = await t.ledger();
      const events = Object.values(ledger.a ?? {}).flatMap((account) => account.e ?? []);
      assert.deepEqual(events, []);
      await after.tab.close();
    });

    test("the chart shows 12 weeks with the vanish marked, and its text alternative says the same", async () => {
      const rows = [person(0), person(1, { age: "2 weeks ago" }), person(2)];
      await visit(RECEIVED_PATH, RECEIVED_URL, receivedPage(rows));
      await visit(RECEIVED_PATH, RECEIVED_URL, receivedPage([rows[0], rows[2]]));
      const { tab, state } = await popup((s) => s.vanished === 1 && s.chart);
      assert.equal(state.chart.role, "img");
      assert.equal(state.chart.labelledBy, "history-text");
      assert.equal(state.chart.bars, 12);
      assert.equal(state.chart.marked, 1);
      assert.equal(state.chart.marks, 1);
      assert.ok(state.chart.width > 100 && state.chart.height > 30, JSON.stringify(state.chart));
      assert.match(state.chartText, /^Received invitations pending each week, from 12 weeks ago to this week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2\. One vanished in the week of /);
      assert.equal(state.chart.title, state.chartText);
      assert.deepEqual(state.figures, ["Received3", "Answered0", "Vanished1"]);
      // Not seen before: open at once. Once seen, a later opening shows it folded.
      assert.deepEqual(state.open, [true]);
      await tab.close();
      const again = await popup((s) => s.vanished === 1);
      assert.deepEqual(again.state.open, [false]);
      await again.tab.close();
    });
  });
}

/** The Sent fixture without the rows of `names` (and its count lowered to match). */
function dropSentRows(html, names) {
  let out = html;
  for (const name of names) {
    const label = `Withdraw invitation sent to ${name}`;
    const at = out.indexOf(label);
    if (at < 0) throw new Error(`no row for ${name}`);
    const start = out.lastIndexOf('<div role="listitem"', at);
    // The row ends where the next row (or the list's end) begins.
    const next = out.indexOf('<div role="listitem"', at);
    const end = next < 0 ? out.indexOf("</div>", at) : next;
    if (start < 0 || end < 0) throw new Error(`cannot cut the row of ${name}`);
    out = out.slice(0, start) + out.slice(end);
  }
  const people = /People \((\d+)\)/;
  const count = Number(out.match(people)?.[1] ?? NaN) - names.length;
  return out.replace(people, `People (${count})`);
}
