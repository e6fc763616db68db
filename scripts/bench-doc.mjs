// Puts the last ./scripts/bench run (target/bench/latest.json) at the top of BENCHMARKS.md: one
// table for what both browsers share (the package, native figures) and one per browser, between
// the `<!-- bench:begin -->` and `<!-- bench:end -->` markers; the rest of the file is left as
// it is. Usage: node scripts/bench-doc.mjs [REPORT.json]   (after ./scripts/bench)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const DOC = join(ROOT, "BENCHMARKS.md");
const report = JSON.parse(readFileSync(process.argv[2] ?? join(ROOT, "target", "bench", "latest.json"), "utf8"));
const { machine, rows } = report;

const cell = (text) => String(text ?? "").replaceAll("|", "\\|").trim();
const groups = [
  ["Both browsers: the package and the native figures", (r) => !r.browser],
  ["Chromium", (r) => r.browser === "chromium"],
  ["Firefox", (r) => r.browser === "firefox"],
];

const out = [
  `Run at commit \`${machine.commit}\`, ${machine.date.slice(0, 10)}: ${machine.chromium}; ${machine.firefox};`,
  `${machine.cores} cores (${machine.cpu}), node ${machine.node}.`,
];
for (const [title, pick] of groups) {
  const mine = rows.filter(pick);
  if (!mine.length) continue;
  const met = mine.filter((r) => r.status === "PASS").length;
  const missed = mine.filter((r) => r.status === "FAIL").length;
  out.push("", `### ${title} (${met} budgets met, ${missed} missed)`, "");
  out.push("| section | measure | value | budget | |", "|---|---|---|---|---|");
  for (const r of mine) {
    const status = r.status === "FAIL" ? "**missed**" : r.status === "PASS" ? "met" : "";
    out.push(`| ${cell(r.section)} | ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.budget)} | ${status} |`);
  }
}

const text = readFileSync(DOC, "utf8");
const begin = "<!-- bench:begin -->";
const end = "<!-- bench:end -->";
const from = text.indexOf(begin);
const to = text.indexOf(end);
if (from < 0 || to < from) {
  console.error(`bench-doc: BENCHMARKS.md has no ${begin} … ${end} block`);
  process.exit(1);
}
writeFileSync(DOC, `${text.slice(0, from + begin.length)}\n${out.join("\n")}\n${text.slice(to)}`);
console.log(`bench-doc: BENCHMARKS.md's tables are now the run at ${machine.commit} (${rows.length} lines)`);
