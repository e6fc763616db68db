// Detection on pages shaped like the live site, in a real browser: each recorded shape of the
// list's count (the live native checkbox picker — attribute or property only —, a role=checkbox
// picker with a span, an "All (N)" link, era-C facet pills in the filters section and in the
// toolbar) and a UI language without a word list must report an invitation that left the list;
// a page whose count cues disagree must report nothing, and say why in the popup.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { BROWSERS, start } from "./harness.mjs";
import { RECEIVED_PATH } from "./pages.mjs";
import { fixture } from "./site.mjs";

/** `html` without the element whose start tag contains `needle` (a balanced `tag` element). */
function withoutElement(html, needle, tag) {
  const at = html.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle} in the page`);
  const start = html.lastIndexOf(`<${tag}`, at);
  const open = new RegExp(`<${tag}[\\s>]|</${tag}>`, "g");
  open.lastIndex = start;
  let depth = 0;
  for (let match; (match = open.exec(html)); ) {
    depth += match[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(open.lastIndex);
  }
  throw new Error(`unbalanced <${tag}> around ${needle}`);
}

/** `html` with each count label `from` replaced by `to` ("Focused (4)" → "Focused (3)"). */
function recount(html, pairs) {
  let out = html;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`no "${from}" in the page`);
    out = out.replaceAll(from, to);
  }
  return out;
}

/** The live page's React state: the picker's checkbox checked as a property, no attribute. */
function checkedByScript(html) {
  const script =
    '<script>document.querySelector(\'[role="button"] input[type="checkbox"]\').checked = true;</script>';
  return html.replace("</body>", `${script}</body>`);
}

/** Keys of received entries in a state (`v` vanished, `p` pending). */
function keysIn(ledger, state) {
  return Object.values(ledger?.a ?? {})
    .flatMap((account) => Object.entries(account.r ?? {}))
    .filter(([, entry]) => entry.s?.t === state)
    .map(([key]) => key)
    .sort();
}

const SHAPES = [
  {
    what: "the live picker: native checkbox (attribute) and a label",
    page: () => fixture("era-e-live-received-focused.html"),
    tag: "div",
    counts: [["Focused (4)", "Focused (3)"]],
  },
  {
    what: "the live picker: native checkbox checked as a property only",
    page: () => checkedByScript(fixture("era-e-live-received-no-checked-attr.html")),
    tag: "div",
    counts: [["Focused (4)", "Focused (3)"]],
  },
  {
    what: "a role=checkbox picker with its count in a span",
    page: () => fixture("era-e-live-received-span-count.html"),
    tag: "div",
    counts: [["Focused (3)", "Focused (2)"]],
  },
  {
    what: "an \"All (N)\" link instead of the picker",
    page: () => fixture("era-e-live-received-all-nav.html"),
    tag: "div",
    counts: [["All (3)", "All (2)"]],
  },
  {
    what: "a UI language without a word list (Italian)",
    page: () => fixture("era-e-live-received-it.html"),
    tag: "div",
    counts: [["In evidenza (3)", "In evidenza (2)"]],
  },
  {
    what: "era C: the facet pill in the filters section",
    page: () => fixture("era-c-received-facet-pills-section.html"),
    tag: "li",
    counts: [["People (4)", "People (3)"]],
  },
  {
    what: "era C: the facet pills in the toolbar, All selected by class",
    page: () => fixture("era-c-received-facet-pills-toolbar.html"),
    tag: "li",
    counts: [
      ["All (4)", "All (3)"],
      ["People (4)", "People (3)"],
    ],
  },
];

for (const browser of BROWSERS) {
  describe(`live page shapes (${browser.name})`, () => {
    let t;

    async function visit(html) {
      t.site.set(RECEIVED_PATH, html);
      const since = Date.now();
      await t.main.goto(`https://www.linkedin.com${RECEIVED_PATH}`);
      return t.nextRead(since, "the read of the received page");
    }

    before(async () => {
      t = await start(browser);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(() => t.reset());

    for (const shape of SHAPES) {
      test(`${shape.what}: an invitation that left the list is reported`, async () => {
        const html = shape.page();
        const first = await visit(html);
        assert.equal(first.last.ok, true, "the page was read");
        assert.equal(first.last.all, true, `the whole list was on the page: ${JSON.stringify(first.last)}`);
        const pending = keysIn(first.ledger, "p");
        assert.ok(pending.length >= 3, `invitations watched: ${pending}`);
        // One invitation leaves the list (withdrawn by its sender): its row goes, the count drops.
        const key = pending[1];
        const needle = key.startsWith("urn:") ? `componentkey="${key}"` : `/in/${key.slice(3)}/`;
        const second = await visit(recount(withoutElement(html, needle, shape.tag), shape.counts));
        assert.equal(second.last.all, true, "the second read is complete too");
        assert.deepEqual(keysIn(second.ledger, "v"), [key]);
        assert.equal((await t.popupState()).count, 1);
      });
    }

    test("count cues that disagree: nothing is reported, and the popup says why", async () => {
      const html = fixture("era-e-live-received-cues-disagree.html");
      const first = await visit(html);
      assert.equal(first.last.all, false, "a read whose cues disagree is never complete");
      const pending = keysIn(first.ledger, "p");
      const second = await visit(
        recount(withoutElement(html, `componentkey="${pending[1]}"`, "div"), [["Focused (3)", "Focused (2)"]]),
      );
      assert.deepEqual(keysIn(second.ledger, "v"), []);
      const popup = await t.popupState();
      assert.equal(popup.count, 0);
      assert.match(popup.status, /disagree/i);
      assert.equal(popup.reportButton, true, "the popup offers a page-structure report");
      // The report kept for it shows the structure and no name, headline or note of the page.
      const { layoutReport } = await t.storage();
      assert.match(layoutReport, /CuesDisagree/);
      assert.match(layoutReport, /componentkey=urn:li:invitation:#/);
      const names = [...html.matchAll(/<strong[^>]*>([^<]+)<\/strong>/g)].map((m) => m[1].trim());
      assert.ok(names.length >= 2, `names found in the page: ${names}`);
      for (const name of names) assert.ok(!layoutReport.includes(name), `${name} is not in the report`);
    });

    test("the first batch of a long list: a newer invitation that left it is still reported, by its position", async () => {
      const html = fixture("era-e-live-received-partial.html");
      const first = await visit(html);
      assert.equal(first.last.all, false, "10 of 25: a partial list");
      const urns = [...html.matchAll(/componentkey="(urn:li:invitation:\d+)"/g)].map((m) => m[1]);
      assert.equal(urns.length, 10);
      // The fourth (sent 2 days ago) leaves; the rows around it prove it would be among them.
      const gone = urns[3];
      const second = await visit(
        recount(withoutElement(html, `componentkey="${gone}"`, "div"), [["Focused (25)", "Focused (24)"]]),
      );
      assert.deepEqual(keysIn(second.ledger, "v"), [gone]);
    });

    test("the first batch of a long list: the popup says how many were checked and what to do", async () => {
      const read = await visit(fixture("era-e-live-received-partial.html"));
      assert.equal(read.last.all, false);
      const popup = await t.popupState();
      assert.match(popup.status, /10 of 25/);
      assert.match(popup.status, /scroll/i);
    });
  });
}
