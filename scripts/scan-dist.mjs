// Scans built extensions for what must never ship: innerHTML/outerHTML/insertAdjacentHTML
// writes, eval, new Function, document.write, string timers, and addresses of remote scripts or
// wasm (anything ending .js/.mjs/.wasm off www.linkedin.com) — and the bench's hooks: the shipped
// engines are built without the cargo feature `bench` (crate/src/browser/bench_hooks.rs), so no
// .wasm exports, and no glue or no-wasm engine names, `content_stats`, `content_reset_longest` or
// `content_read_now` (the bench build, target/bench-extension/, has them; never scan it here).
// Usage: node scripts/scan-dist.mjs DIR...
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const FORBIDDEN = [
  [/\.(inner|outer)HTML\s*=/, "an innerHTML/outerHTML write"],
  [/insertAdjacentHTML\s*\(/, "insertAdjacentHTML"],
  [/\beval\s*\(/, "eval"],
  [/new\s+Function\s*\(/, "new Function"],
  [/document\.write\s*\(/, "document.write"],
  [/\bsetTimeout\s*\(\s*["'`]/, "setTimeout with a string"],
  [/\bcontent_(stats|reset_longest|read_now)\b/, "a bench hook (the build had the feature bench)"],
  [/https?:\/\/(?!www\.linkedin\.com\/)[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*\.(js|mjs|wasm)\b/i, "a remote script address"],
];

/** The content engine's exports in a build with the feature `bench` (crate/src/browser/mod.rs). */
const BENCH_HOOKS = ["content_stats", "content_reset_longest", "content_read_now"];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|mjs|html|json|wasm)$/.test(name)) yield path;
  }
}

let problems = 0;
let scanned = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of files(dir)) {
    scanned++;
    if (path.endsWith(".wasm")) {
      // What the module exports, as the browser sees it (not a text search of the bytes).
      const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(path))).map((e) => e.name);
      for (const name of exports.filter((name) => BENCH_HOOKS.includes(name))) {
        problems++;
        console.log(`${path}: exports ${name}, a bench hook (the build had the feature bench)`);
      }
      continue;
    }
    const text = readFileSync(path, "utf8");
    for (const [pattern, what] of FORBIDDEN) {
      const match = text.match(pattern);
      if (match) {
        problems++;
        console.log(`${path}: ${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
      }
    }
  }
}
console.log(`scanned ${scanned} files: ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
