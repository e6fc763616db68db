// Checks the store listings in docs/store/ against the stores' limits and the extension itself:
// both stores in every language the extension ships (extension/_locales), each with its fields;
// names and summaries within each store's limit; the Chrome summary equal to the manifest's
// description in that language (the Chrome Web Store takes it from there); every permission of
// extension/manifest.base.json justified in the Chrome listing; and every image a listing names
// present, a PNG of exactly the size the store asks for. Prints what is wrong; exits 1 if any.
// Usage: node scripts/check-store.mjs
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const STORE = join(ROOT, "docs", "store");
const manifest = JSON.parse(readFileSync(join(ROOT, "extension", "manifest.base.json"), "utf8"));
const langs = readdirSync(join(ROOT, "extension", "_locales")).sort();

// The limits, from the stores' documentation (see docs/store/README.md).
const STORES = {
  chrome: {
    name: 75,
    summary: 132,
    description: 16000,
    fields: ["Name", "Summary", "Description", "Category", "Single purpose", "Permissions", "Data use", "Screenshots"],
  },
  firefox: {
    name: 50,
    summary: 250,
    description: Infinity,
    fields: ["Name", "Summary", "Description", "Categories", "Permissions", "Data use", "Screenshots"],
  },
};
const SIZES = { screenshot: [1280, 800], tile: [440, 280] };

const problems = [];
const chars = (text) => [...text].length;

/** The sections of a listing: `## Heading` → its text. */
function sections(text) {
  const out = new Map();
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf("\n");
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return out;
}

function pngSize(path) {
  const bytes = readFileSync(path);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

let files = 0;
for (const [store, limits] of Object.entries(STORES)) {
  for (const lang of langs) {
    const file = join(STORE, store, `${lang}.md`);
    const shown = `docs/store/${store}/${lang}.md`;
    if (!existsSync(file)) {
      problems.push(`${shown}: missing (the extension ships ${lang})`);
      continue;
    }
    files += 1;
    const listing = sections(readFileSync(file, "utf8"));
    for (const field of limits.fields) {
      if (!listing.get(field)) problems.push(`${shown}: no "## ${field}" section, or it is empty`);
    }
    const name = listing.get("Name") ?? "";
    const summary = listing.get("Summary") ?? "";
    const description = listing.get("Description") ?? "";
    if (chars(name) > limits.name) problems.push(`${shown}: the name has ${chars(name)} characters (limit ${limits.name})`);
    if (summary.includes("\n")) problems.push(`${shown}: the summary is more than one line`);
    if (chars(summary) > limits.summary) {
      problems.push(`${shown}: the summary has ${chars(summary)} characters (limit ${limits.summary})`);
    }
    if (chars(description) > limits.description) {
      problems.push(`${shown}: the description has ${chars(description)} characters (limit ${limits.description})`);
    }
    if (store === "chrome") {
      const messages = JSON.parse(readFileSync(join(ROOT, "extension", "_locales", lang, "messages.json"), "utf8"));
      if (summary !== messages.extDescription.message) {
        problems.push(`${shown}: the summary is not the manifest's description in ${lang} (extension/_locales/${lang}/messages.json)`);
      }
      const permissions = listing.get("Permissions") ?? "";
      const declared = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
      ];
      for (const permission of declared) {
        if (!permissions.includes(permission)) problems.push(`${shown}: the permission ${permission} is not justified`);
      }
    }
    for (const [, image] of (listing.get("Screenshots") ?? "").matchAll(/images\/([\w.-]+\.png)/g)) {
      const path = join(STORE, "images", image);
      const kind = image.startsWith("tile") ? "tile" : "screenshot";
      const size = existsSync(path) ? pngSize(path) : null;
      const [width, height] = SIZES[kind];
      if (!size) problems.push(`${shown}: names images/${image}, which is missing or not a PNG (run ./scripts/demo --store)`);
      else if (size[0] !== width || size[1] !== height) {
        problems.push(`${shown}: images/${image} is ${size[0]}×${size[1]}, not ${width}×${height}`);
      }
    }
    if (!/images\/screenshot-/.test(listing.get("Screenshots") ?? "")) problems.push(`${shown}: names no screenshot`);
  }
}

if (problems.length) {
  console.error(`store listings: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`store listings: ${files} listings (${Object.keys(STORES).join(", ")} × ${langs.join(", ")}) within the stores' limits, images at their sizes`);
