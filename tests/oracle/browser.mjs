// Test-only: loads charter's HTML pages in a real browser (Debian's Chromium, driven by
// playwright-core) and checks them with axe-core, for tests/test_html_page.py. It is run,
// never copied.
//
// Protocol: one JSON request on stdin, one JSON answer on stdout.
//
//   {"chromium": path, "tags": [axe tag, ...],
//    "jobs": [{"name": N, "file": path, "width": W, "height": H,
//              "scheme": "light" | "dark", "screenshot": path}, ...]}
//   -> {"ok": true, "results": [{"name": N, "width": W, "scheme": S,
//          "violations": [{"id", "impact", "help", "targets": [selector, ...]}, ...],
//          "passes": [id, ...], "incomplete": [id, ...],
//          "lang": html's lang, "charterLang": the article's lang or null,
//          "headings": [1, 2, 3, ...], "skip": null | {"href", "target", "focused",
//          "visible", "outline", "hash", "printed"},
//          "scrollWidth": n, "viewportWidth": n}, ...]}
//   anything that fails -> {"ok": false, "error": message}, exit code 1

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// As Chromium runs on a machine with no network but the package registries: no
// background connections, no first-run dialogs (playwright gives it a new profile).
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function check(browser, job, tags) {
  const context = await browser.newContext({
    viewport: { width: job.width, height: job.height },
    colorScheme: job.scheme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(job.file).href, { waitUntil: 'load' });
    const outline = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      charterLang: document.querySelector('article.charter')?.getAttribute('lang') ?? null,
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => Number(h.tagName[1]),
      ),
      scrollWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
    await page.addScriptTag({ content: AXE });
    const axe = await page.evaluate(
      (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }),
      tags,
    );
    await page.screenshot({ path: job.screenshot, fullPage: true });
    const skip = await skipLink(page);
    return {
      name: job.name,
      width: job.width,
      scheme: job.scheme,
      violations: axe.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
      passes: axe.passes.map((v) => v.id),
      incomplete: axe.incomplete.map((v) => v.id),
      ...outline,
      skip,
    };
  } finally {
    await context.close();
  }
}

// The skip link, if the page has one: where it leads, whether the first Tab reaches it,
// shows it with a focus ring, whether Enter follows it, and that print leaves it out.
async function skipLink(page) {
  const href = await page.evaluate(() => document.querySelector('a.skip')?.getAttribute('href'));
  if (href == null) return null;
  const target = await page.evaluate(
    (h) => h.startsWith('#') && document.getElementById(h.slice(1)) !== null,
    href,
  );
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const active = document.activeElement;
    const box = active.getBoundingClientRect();
    const style = getComputedStyle(active);
    return {
      focused: active.matches('a.skip'),
      visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
  await page.keyboard.press('Enter');
  const hash = await page.evaluate(() => window.location.hash);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(
    () => getComputedStyle(document.querySelector('a.skip')).display !== 'none',
  );
  await page.emulateMedia({ media: 'screen' });
  return { href, target, ...focus, hash, printed };
}

async function main() {
  const request = JSON.parse(readFileSync(0, 'utf8'));
  const browser = await chromium.launch({
    executablePath: request.chromium,
    headless: true,
    args: FLAGS,
  });
  try {
    const results = [];
    for (const job of request.jobs) {
      results.push(await check(browser, job, request.tags));
    }
    process.stdout.write(JSON.stringify({ ok: true, results }) + '\n');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error?.stack ?? error) }) + '\n');
  process.exitCode = 1;
});
