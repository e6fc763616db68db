// Fails unless web-ext lint reported 0 errors and 0 warnings; prints what it found.
// Usage: node scripts/check-lint.mjs target/web-ext-lint.json
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
for (const kind of ["errors", "warnings", "notices"]) {
  for (const item of report[kind] ?? []) {
    console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ""} ${item.message}`);
  }
}
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 && warnings === 0 ? 0 : 1);
