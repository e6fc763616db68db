// Prints the manifest for one browser: extension/manifest.base.json plus that browser's keys.
// Usage: node scripts/manifest.mjs chrome|firefox VERSION
import { readFileSync } from "node:fs";

const [browser, version] = process.argv.slice(2);
const base = JSON.parse(readFileSync(new URL("../extension/manifest.base.json", import.meta.url)));
const manifest = { ...base, version };

if (browser === "chrome") {
  manifest.background = { service_worker: "background.js", type: "module" };
  manifest.minimum_chrome_version = "111";
} else if (browser === "firefox") {
  manifest.background = { scripts: ["background.js"], type: "module" };
  manifest.browser_specific_settings = {
    gecko: {
      id: "invite-watch@invite-watch.dev",
      strict_min_version: "140.0",
      data_collection_permissions: { required: ["none"] },
    },
    // Firefox for Android knows data_collection_permissions only from 142; desktop from 140,
    // the ESR that a fresh Debian 12 installs (web-ext lint is 0/0/0 with both).
    gecko_android: { strict_min_version: "142.0" },
  };
} else {
  console.error(`unknown browser: ${browser} (expected chrome or firefox)`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(manifest, null, 2) + "\n");
