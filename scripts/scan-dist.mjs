// Scans built extensions for what must never ship: innerHTML/outerHTML/insertAdjacentHTML
// writes, eval, new Function, document.write, string timers, and addresses of remote scripts or
// wasm (anything ending .js/.mjs/.wasm off www.linkedin.com).
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
  [/https?:\/\/(?!www\.linkedin\.com\/)[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*\.(js|mjs|wasm)\b/i, "a remote script address"],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|mjs|html|json)$/.test(name)) yield path;
  }
}

let problems = 0;
let scanned = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of files(dir)) {
    scanned++;
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
