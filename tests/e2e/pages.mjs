// Pages for scenarios: the era-E "Focused" fixture modelled on the live page's structure
// (tests/fixtures/pages/era-e-live-received-focused.html: native checkbox picker with a label,
// rows in their display-contents wrappers between <hr>s, "Show more actions", a note with
// "Reply to …") with its invitation rows replaced by any number of rows cut from the same
// fixture's first row. Everything around the list (global nav, picker, radios, suggestions,
// sidebar, footer) is the fixture's own, so the pages stay models of the site, not of the reader.
import { fixture } from "./site.mjs";

const SOURCE = "era-e-live-received-focused.html";
const COLUMN_START = 'data-testid="lazy-column" data-component-type="LazyColumn">';
const ROW_START = '                    <div class="_175f6c4b _845acbad _69919e25 _93e2ccf0">\n';
const SEPARATOR = '                  <hr class="_74c45efc _9213b59e _5a6b3e95 e8b5a029 _0d3bca01 _1ce84daa" role="presentation">\n';
const AFTER_ROWS = '                    <div class="_175f6c4b _845acbad _69919e25 _61b6f9b3 _93e2ccf0">';
const PICKER_COUNT = "Focused (4)";
// The template row's own words, replaced per person.
const TEMPLATE = {
  urn: "urn:li:invitation:7306420642301720368",
  slug: "nadia-haddad-3f9e21",
  name: "Nadia Haddad",
  first: "Nadia",
  headline: "Head of Data at Northwind Traders",
  age: ">Today<",
  mutuals: "Omar Khalil and 7 other mutual connections",
};

export const RECEIVED_URL = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
export const RECEIVED_PATH = "/mynetwork/invitation-manager/received/";
export const FEED_URL = "https://www.linkedin.com/feed/";

function split() {
  const html = fixture(SOURCE);
  const column = html.indexOf(COLUMN_START);
  const first = html.indexOf(ROW_START, column);
  const firstEnd = html.indexOf(SEPARATOR, first);
  const rowsEnd = html.indexOf(AFTER_ROWS, first);
  if (column < 0 || first < 0 || firstEnd < 0 || rowsEnd < firstEnd || !html.includes(PICKER_COUNT)) {
    throw new Error(`${SOURCE} no longer has the expected rows`);
  }
  return { head: html.slice(0, first), row: html.slice(first, firstEnd), tail: html.slice(rowsEnd) };
}

const FIRST = ["Jane", "Omar", "Li", "Priya", "Mateo", "Chloé", "Kwame", "Sofia", "Yuki", "Lars", "Amara", "Diego"];
const LAST = ["Doe", "Haddad", "Wei", "Raman", "Silva", "Martin", "Mensah", "Rossi", "Tanaka", "Berg", "Eze", "Lopez"];

/** A deterministic person for row `i`, newest first: older rows have older ages. */
export function person(i, overrides = {}) {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 144 ? ` ${i}` : ""}`;
  const slug = `${name.toLowerCase().normalize("NFD").replace(/[^a-z0-9 ]/g, "").replace(/ /g, "-")}-${(1000 + i).toString(36)}`;
  const age = i < 3 ? "Today" : i < 6 ? `${i - 2} days ago` : i < 30 ? `${Math.floor(i / 3)} weeks ago` : `${Math.floor(i / 30) + 1} months ago`;
  return {
    urn: `urn:li:invitation:74${String(100000000 + i)}`,
    name,
    slug,
    headline: `Engineer #${i} at Example Corp`,
    age,
    ...overrides,
  };
}

/** The first `n` people. */
export function people(n) {
  return Array.from({ length: n }, (_, i) => person(i));
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function rowFor(template, p) {
  const first = p.name.split(" ")[0];
  let row = template
    .replaceAll(TEMPLATE.urn, p.urn)
    .replaceAll(TEMPLATE.slug, encodeURIComponent(p.slug))
    .replaceAll(TEMPLATE.name, escape(p.name))
    .replaceAll(TEMPLATE.headline, escape(p.headline))
    .replaceAll(`${TEMPLATE.first} is inviting`, `${escape(first)} is inviting`)
    .replaceAll(`Reply to ${TEMPLATE.first}`, `Reply to ${escape(first)}`)
    .replaceAll(TEMPLATE.age, `>${escape(p.age)}<`)
    // The row's mutual-connections line, as the template has it unless `mutuals` says otherwise.
    .replaceAll(TEMPLATE.mutuals, escape(p.mutuals ?? TEMPLATE.mutuals));
  // The template's row carries a note (with "…more" and "Reply to …"); keep it only when asked.
  if (!p.note) {
    row = row.replace(/ *<div class="_970c3eec a9b72b69 _23bc1528 _6e1b0a77">.*<\/div>\n/, "");
  } else {
    row = row.replace(/(<span data-testid="expandable-text-box"[^>]*>)[\s\S]*?(<\/span>)/, `$1${escape(p.note)}$2`);
  }
  // Like many live rows, an overflow menu after Accept.
  return row.replace(
    /(aria-label="Accept [^"]*"><span[^>]*>Accept<\/span><\/button>\n)/,
    `$1                              <button class="ad6ec31a ec2ae639 _6ec7d740 a67ed751 f255c433 bd49adbe" type="button" aria-label="Show more actions"><span class="dc0cb4c2 be9bc2bf _704ac4e0"><svg role="none" aria-hidden="true" width="24" height="24"></svg></span></button>\n`,
  );
}

const SPINNER =
  '                    <div data-testid="loader" class="_5a1c0e2f" role="progressbar" aria-label="Loading"><svg width="24" height="24" aria-hidden="true"></svg></div>\n';

/** The picker's menu of both buckets with their counts, in the DOM as a closed popover (as the
 *  page's "Me" menu is): what the reader takes every bucket's count from. */
function bucketMenu({ focused, other }) {
  return `<div class="_52a25667" popover="auto" role="menu" aria-label="Invitations"><div class="_71910c4e" role="menuitem" tabindex="-1">Focused (${focused})</div><div class="_71910c4e" role="menuitem" tabindex="-1">Other (${other})</div></div>`;
}

/**
 * An era-E received page (Focused bucket) with these rows. `count` is the number in the bucket
 * picker ("Focused (N)"), by default the number of rows; `loader` adds the batch spinner; `menu`
 * (`{ focused, other }`) adds the picker's menu with both buckets' counts. `rowsAfterMs`: the
 * page first shows the picker with its count and the spinner, no rows; the rows arrive that many
 * milliseconds later (the page's own script puts them in place of the spinner), as the live page
 * loads on a slow connection.
 */
export function receivedPage(rows, { count = rows.length, loader = false, menu = null, rowsAfterMs = null } = {}) {
  const { head: page, row, tail } = split();
  const list = rows.map((p, i) => (i ? SEPARATOR : "") + rowFor(row, p)).join("");
  let head = page.replace(PICKER_COUNT, `Focused (${count})`);
  if (menu) {
    const picker = head.indexOf(`Focused (${count})`);
    const pickerEnd = head.indexOf("</div>\n                    </div>\n", picker);
    if (picker < 0 || pickerEnd < 0) throw new Error("the picker was not found");
    const at = pickerEnd + "</div>\n".length;
    head = head.slice(0, at) + bucketMenu(menu) + head.slice(at);
  }
  if (rowsAfterMs !== null) {
    const late = `<template id="late-rows">${list}</template><script>
setTimeout(() => {
  const rows = document.getElementById("late-rows");
  const spinner = document.querySelector('[data-testid="loader"]');
  spinner.before(rows.content.cloneNode(true));
  spinner.remove();
  rows.remove();
}, ${Number(rowsAfterMs)});
</script>\n`;
    return head + SPINNER + late + tail;
  }
  return head + list + (loader ? SPINNER : "") + tail;
}

/** A LinkedIn feed page (not the invitation manager), with `posts` posts. */
export function feedPage(posts = 20) {
  const items = Array.from(
    { length: posts },
    (_, i) => `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${7000 + i}"><a href="https://www.linkedin.com/in/author-${i}/"><span>Author ${i}</span></a><p>Post ${i}: thoughts on shipping software.</p><button type="button">Like</button></div>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><header class="global-nav"><a href="https://www.linkedin.com/feed/">Home</a><a href="https://www.linkedin.com/mynetwork/">My Network</a></header>
<main class="scaffold-layout__main" aria-label="Main Feed">${items}</main></body></html>`;
}
