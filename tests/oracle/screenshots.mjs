// The two screenshots docs/publishing.md shows, taken from the golden pages:
//   node tests/oracle/screenshots.mjs && pngquant --force --quality 60-85 --ext .png docs/_static/page-*.png
// Run from the repository's root, after `npm ci --prefix tests/oracle`, with Chromium installed.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { chromium } from "playwright-core";

const SHOTS = [
  ["tests/golden/federal.nl.html", "docs/_static/page-nl-phone.png", 360, 740],
  ["tests/golden/federal.fr.html", "docs/_static/page-fr-desktop.png", 1280, 900],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [file, out, width, height] of SHOTS) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(pathToFileURL(resolve(file)).href);
  await page.screenshot({ path: out });
  await page.close();
}
await browser.close();
