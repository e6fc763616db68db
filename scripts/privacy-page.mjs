// Prints privacy.html for the extension: PRIVACY.md as plain text (which Markdown is written to
// read as), its wrapped lines joined so that the browser wraps them, so that the options page
// links to the very policy of the version installed, and nothing is fetched.
// Usage: node scripts/privacy-page.mjs PRIVACY.md
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8");
const escape = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const title = text.split("\n", 1)[0].replace(/^#\s*/, "");
// A line that continues a paragraph or a list item (not blank, not a heading, not a new item)
// joins the line before it.
const lines = [];
for (const line of text.trimEnd().split("\n")) {
  const previous = lines.at(-1);
  const continues = line.trim() !== "" && !/^\s*(#|- )/.test(line);
  if (continues && previous !== undefined && previous.trim() !== "" && !previous.startsWith("#")) {
    lines[lines.length - 1] = `${previous} ${line.trim()}`;
  } else {
    lines.push(line);
  }
}
process.stdout.write(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <title>${escape(title)}</title>
    <style>
      :root { color-scheme: light dark; }
      body { margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
      pre { white-space: pre-wrap; font: 1rem/1.5 system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <main>
<pre>${escape(lines.join("\n"))}</pre>
    </main>
  </body>
</html>
`);
