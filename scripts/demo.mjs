// The body of scripts/demo: plays a disappearance on a sample invitation-manager page in Debian's
// Chromium with the built extension, then either leaves the window open (headed) or writes
// screenshots of the card, the popup and the options page to target/demo/ (headless).
// Reuses the browser-test helpers: launchChromium, the fake site, and the era-E sample pages.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { start } from "../tests/e2e/harness.mjs";
import { RECEIVED_PATH, RECEIVED_URL, person, receivedPage } from "../tests/e2e/pages.mjs";
import { ROOT, fixture, waitFor } from "../tests/e2e/site.mjs";
import { storeImages } from "./demo-store.mjs";

const headless = process.argv[2] !== "headed";
// `scripts/demo --store`: only the store images (scripts/demo-store.mjs), into docs/store/images/.
const store = process.argv[3] === "store";
const OUT = join(ROOT, "target", "demo");
const TONES = ["warm", "professional", "brief"];
const HOST = "invite-watch-root";

// The sample list: four people; Omar's three-week-old invitation is the one that goes. His row
// names a mutual connection, whom the card's next steps name.
const jane = person(0, { name: "Jane Doe", headline: "VP Engineering at Contoso", age: "2 days ago" });
const omar = person(1, {
  name: "Omar Haddad",
  headline: "Product designer at Fabrikam",
  age: "3 weeks ago",
  mutuals: "Maria Lopez and 11 other mutual connections",
});
const li = person(2, { name: "Li Wei", headline: "Data scientist at Northwind", age: "1 week ago" });
const priya = person(3, { name: "Priya Raman", headline: "Recruiter at Tailspin Toys", age: "1 month ago" });

const log = (text) => console.log(`demo: ${text}`);

const t = await start({ launch: (site) => launchChromium(site, { headless }) });
const page = t.main.page;
const context = page.context();

async function visit(rows) {
  t.site.set(RECEIVED_PATH, receivedPage(rows));
  const since = Date.now();
  await t.main.goto(RECEIVED_URL);
  await t.nextRead(since, "a read of the sample page");
}

const cardTone = () =>
  page.evaluate((host) => document.getElementById(host)?.shadowRoot?.querySelector(".card")?.dataset.tone ?? null, HOST);
const cardLang = () =>
  page.evaluate((host) => document.getElementById(host)?.shadowRoot?.querySelector(".card")?.getAttribute("lang") ?? null, HOST);

try {
  await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
  log("visiting the invitation manager: Jane, Omar, Li and Priya are pending");
  await visit([jane, omar, li, priya]);
  log("visiting again: Omar's invitation is gone");
  await visit([jane, li, priya]);
  await waitFor("the in-page card", async () => (await cardTone()) === "warm", { timeout: 20000 });
  log(`the card is shown; badge: ${JSON.stringify(await t.badge())}`);

  if (store) {
    await storeImages(t, { tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 }, log);
  } else if (!headless) {
    await page.bringToFront();
    log("the window stays open: try the card, the toolbar button and the options. Ctrl-C to quit.");
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      context.once("close", resolve);
    });
  } else {
    mkdirSync(OUT, { recursive: true });
    const shot = async (target, name, options = {}) => {
      const path = join(OUT, name);
      await target.screenshot({ path, ...options });
      log(`wrote ${path}`);
    };
    const cardLocator = page.locator(`#${HOST} .card`);
    // Let the arrival animation finish before taking pictures.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await shot(page, "page-with-card.png");
    for (const tone of TONES) {
      await t.setSettings({ tone, inPageCard: true, notifications: false, retentionDays: 365 });
      await waitFor(`the card in the ${tone} tone`, async () => (await cardTone()) === tone);
      await cardLocator.evaluate((card) => card.scrollTo(0, 0));
      await shot(cardLocator, `card-${tone}.png`);
    }
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await shot(cardLocator, "card-brief-dark.png");
    // The next steps: the introduction through the mutual connection Omar's row named, and the
    // date by which LinkedIn's wait of up to three weeks is over.
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
    await waitFor("the card in the warm tone", async () => (await cardTone()) === "warm");
    await cardLocator.evaluate((card) => {
      const steps = card.querySelector(".actions");
      const top = steps ? steps.getBoundingClientRect().top - card.getBoundingClientRect().top : 0;
      card.scrollTo(0, card.scrollTop + top - 60);
    });
    await shot(cardLocator, "card-introduction.png");
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });

    // The card in German (the options page's language choice), and in a 360×480 window.
    await t.setSettings({ tone: "warm", language: "de", inPageCard: true, notifications: false, retentionDays: 365 });
    await waitFor("the card in German", async () => (await cardLang()) === "de" && (await cardTone()) === "warm");
    await cardLocator.evaluate((card) => card.scrollTo(0, 0));
    await shot(cardLocator, "card-warm-de.png");
    await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
    await waitFor("the card in English", async () => (await cardLang()) === "en");
    await page.setViewportSize({ width: 360, height: 480 });
    await cardLocator.evaluate((card) => card.scrollTo(0, 0));
    await shot(page, "card-360x480.png");
    await page.setViewportSize({ width: 1280, height: 900 });

    // The toolbar popup, in a tab as wide as the popup; the first entry expanded.
    await t.setSettings({ tone: "warm", inPageCard: true, notifications: false, retentionDays: 365 });
    const popup = await t.session.newTab();
    await popup.page.setViewportSize({ width: 400, height: 240 });
    // The user has also looked at their Sent tab: the popup sums it up in #sent.
    const sentTab = await t.session.newTab();
    t.site.set("/mynetwork/invitation-manager/sent/", fixture("era-e-sent.html"));
    const sentSince = Date.now();
    await sentTab.goto("https://www.linkedin.com/mynetwork/invitation-manager/sent/");
    await t.nextRead(sentSince, "a read of the Sent tab");
    await sentTab.close();
    await popup.goto(t.session.extensionUrl("popup.html"));
    await waitFor("the popup", async () => (await popup.count("#vanished li")) === 1 && (await popup.count("#sent .counts li")) > 0);
    // Not seen yet, the vanish opens expanded; the whole popup, then at most 600 pixels tall.
    await shot(popup.page, "popup.png", { fullPage: true });
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await shot(popup.page, "popup-expanded.png");
    // Folded: the status, the item, the last 12 weeks and the sent invitations.
    await popup.page.locator("#vanished summary").first().click();
    await popup.page.setViewportSize({ width: 400, height: 240 });
    await shot(popup.page, "popup-glance.png", { fullPage: true });
    await popup.page.emulateMedia({ colorScheme: "dark" });
    await shot(popup.page, "popup-glance-dark.png", { fullPage: true });

    const options = await t.session.newTab();
    await options.page.setViewportSize({ width: 900, height: 900 });
    await options.goto(t.session.extensionUrl("options.html"));
    await waitFor("the options page", async () => (await options.count("#tone option")) === 3);
    for (const tone of TONES) {
      await options.select("#tone", tone);
      await waitFor(`the ${tone} preview`, async () =>
        (await options.page.locator("#preview").getAttribute("data-tone")) === tone);
      await shot(options.page, `options-${tone}.png`, { fullPage: true });
    }
    log(`done: screenshots in ${OUT}`);
  }
} finally {
  await t.close();
}
