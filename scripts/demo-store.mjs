// The store images, for `scripts/demo --store`: per language of the extension (en, de, fr, es),
// three 1280×800 screenshots of the real extension at work on the sample invitation manager —
// the in-page card, the toolbar popup (over the page, where it opens), the options page — and
// one 440×280 small promotional tile. Written to docs/store/images/ (committed; regenerate them
// with this one command whenever the surfaces change).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, waitFor } from "../tests/e2e/site.mjs";

export const STORE_OUT = join(ROOT, "docs", "store", "images");
const LANGS = ["en", "de", "fr", "es"];
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const HOST = "invite-watch-root";

/** The tile's words per language: the name and what it does, in a few words. */
const TAGLINE = {
  en: "Notices when a LinkedIn invitation vanishes, and kindly explains why.",
};

const dataUrl = (png) => `data:image/png;base64,${png.toString("base64")}`;

/**
 * Writes the store images. `t` is the started demo harness (the sample page already showing a
 * vanished invitation); `settings` the demo's settings; `log` its logger.
 */
export async function storeImages(t, settings, log) {
  mkdirSync(STORE_OUT, { recursive: true });
  const page = t.main.page;
  const write = async (target, name, options = {}) => {
    const path = join(STORE_OUT, name);
    await target.screenshot({ path, ...options });
    log(`wrote ${path}`);
  };
  const cardLang = () =>
    page.evaluate((host) => document.getElementById(host)?.shadowRoot?.querySelector(".card")?.getAttribute("lang") ?? null, HOST);

  await page.setViewportSize(SCREEN);
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  // The sample page is LinkedIn's markup without LinkedIn's styles: it stays in the picture as
  // the place the extension works in, faded, so that what the extension shows stands out.
  await page.addStyleTag({
    content: `body { font-family: system-ui, sans-serif; background: #f4f2ee; }
      body > :not(#${HOST}) { filter: blur(1.2px) grayscale(.6); opacity: .55; }`,
  });
  for (const lang of LANGS) {
    await t.setSettings({ ...settings, language: lang });
    await waitFor(`the card in ${lang}`, async () => (await cardLang()) === lang, { timeout: 20000 });
    await page.locator(`#${HOST} .card`).evaluate((card) => card.scrollTo(0, 0));
    await write(page, `screenshot-card-${lang}.png`);

    // The popup as it opens under the toolbar button: its own page, drawn over the page's
    // right-hand side with the shadow a browser gives it (the page itself without the card).
    const popup = await t.session.newTab();
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await popup.goto(t.session.extensionUrl("popup.html"));
    await waitFor("the popup", async () => (await popup.count("#vanished li")) === 1);
    await popup.page.locator("#vanished summary").first().click();
    const popupHeight = await popup.page.evaluate(() => Math.min(600, document.documentElement.scrollHeight));
    const popupPng = await popup.page.screenshot({ clip: { x: 0, y: 0, width: 400, height: popupHeight } });
    await popup.close();
    await page.evaluate((host) => document.getElementById(host)?.style.setProperty("visibility", "hidden"), HOST);
    const pagePng = await page.screenshot();
    await page.evaluate((host) => document.getElementById(host)?.style.removeProperty("visibility"), HOST);
    const canvas = await t.session.newTab();
    await canvas.page.setViewportSize(SCREEN);
    await canvas.page.setContent(`<!doctype html><html><body style="margin:0">
      <img src="${dataUrl(pagePng)}" style="position:absolute;inset:0;width:1280px;height:800px">
      <img src="${dataUrl(popupPng)}" style="position:absolute;top:8px;right:16px;width:400px;
        border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.32),0 0 0 1px rgba(0,0,0,.12)">
      </body></html>`);
    await write(canvas.page, `screenshot-popup-${lang}.png`);
    await canvas.close();

    const options = await t.session.newTab();
    await options.page.setViewportSize(SCREEN);
    await options.goto(t.session.extensionUrl("options.html"));
    await waitFor("the options page", async () => (await options.count("#tone option")) === 3);
    await waitFor("the options page in its language", async () =>
      (await options.eval("return document.documentElement.lang;")) === lang);
    await write(options.page, `screenshot-options-${lang}.png`);
    await options.close();
  }
  await t.setSettings(settings);

  // The small promotional tile: the icon, the name and one line.
  const icon = readFileSync(join(ROOT, "extension", "icons", "icon-128.png"));
  const tile = await t.session.newTab();
  await tile.page.setViewportSize(TILE);
  await tile.page.setContent(`<!doctype html><html lang="en"><body style="margin:0;width:440px;height:280px;
      display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;
      background:linear-gradient(135deg,#eef4fb,#dce8f5);font-family:system-ui,sans-serif;color:#1d2733">
      <img src="${dataUrl(icon)}" width="112" height="112" alt="">
      <div><div style="font-size:34px;font-weight:700;letter-spacing:-.5px">Invite Watch</div>
      <div style="font-size:17px;line-height:1.35;margin-top:8px">${TAGLINE.en}</div></div>
    </body></html>`);
  await write(tile.page, "tile-440x280.png");
  await tile.close();
}
