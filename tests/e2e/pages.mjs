// Pages for scenarios: the era-E "Focused" fixture (tests/fixtures/pages/) with its list of rows
// replaced by any number of rows cut from the same fixture's markup. Everything around the list
// (global nav, bucket picker, sidebar, footer) is the fixture's own, so the pages stay models of
// the site rather than of the reader.
import { fixture } from "./site.mjs";

const SOURCE = "era-e-received-focused-complete.html";
const ROW_START = '          <div class="_3f83465a"><div data-display-contents="true">';
const ROW_END = "          </div></div></div>\n";

export const RECEIVED_URL = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
export const RECEIVED_PATH = "/mynetwork/invitation-manager/received/";
export const FEED_URL = "https://www.linkedin.com/feed/";

function split() {
  const html = fixture(SOURCE);
  const first = html.indexOf(ROW_START);
  const lastEnd = html.lastIndexOf(ROW_END) + ROW_END.length;
  const firstEnd = html.indexOf(ROW_END, first) + ROW_END.length;
  if (first < 0 || lastEnd < firstEnd) throw new Error(`${SOURCE} no longer has the expected rows`);
  return { head: html.slice(0, first), row: html.slice(first, firstEnd), tail: html.slice(lastEnd) };
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
    .replaceAll("urn:li:invitation:7301122334455667788", p.urn)
    .replaceAll("jane-doe-8a7b6c", encodeURIComponent(p.slug))
    .replaceAll("Jane Doe", escape(p.name))
    .replaceAll("Jane is inviting", `${escape(first)} is inviting`)
    .replaceAll("VP Engineering at Contoso", escape(p.headline))
    .replaceAll(">2 days ago<", `>${escape(p.age)}<`);
  // The template's row carries a note; keep it only when asked.
  if (!p.note) {
    row = row.replace(/<div class="bd89c6be">[\s\S]*?<\/div>\n/, "");
  } else {
    row = row.replace(/(<span data-testid="expandable-text-box"[^>]*>)[\s\S]*?(<\/span>)/, `$1${escape(p.note)}$2`);
  }
  return row;
}

/**
 * An era-E received page (Focused bucket) with these rows. `count` is the number in the bucket
 * picker ("Focused (N)"), by default the number of rows; `loader` adds the batch spinner.
 */
export function receivedPage(rows, { count = rows.length, loader = false } = {}) {
  const { head, row, tail } = split();
  const list = rows.map((p) => rowFor(row, p)).join("");
  const spinner = loader
    ? '          <div data-testid="loader" class="_5a1c0e2f" role="progressbar" aria-label="Loading"><svg width="24" height="24" aria-hidden="true"></svg></div>\n'
    : "";
  return head.replace("Focused (3)", `Focused (${count})`) + list + spinner + tail;
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
