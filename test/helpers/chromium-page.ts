/**
 * Headless Chromium for the browser tests (the outcome report, the eval report, the registry page): Debian's
 * `chromium` package driven by playwright-core, launched as scripts/chromium.mjs says, and the watch every
 * such test keeps on a page (console errors and warnings, page errors, dialogs, requests, CSP violations).
 * Without Chromium a test file skips itself with a message (`PROMPTOPS_CHROMIUM` overrides the path).
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Whether Chromium is installed; when it is not, says so (naming `test`) and how to install it. */
export function chromiumAvailable(test: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  console.warn(
    `${test}: skipped, no Chromium at ${CHROMIUM_PATH}. Install it with ` +
      '"apt-get update && apt-get install -y chromium" (or set PROMPTOPS_CHROMIUM to a Chromium binary).',
  );
  return false;
}

/** Launch headless Chromium with the project's flags (no sandbox, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** What a page did: what a test forbids (`problems`), and the URLs it requested. */
export interface PageWatch {
  /** Console errors and warnings, uncaught page errors, dialogs (dismissed). */
  problems: string[];
  /** Every URL requested. */
  requests: string[];
  /** The requested URLs outside the `base` given to {@link watchPage} (all of them without one). */
  foreign: string[];
}

/** Start watching `page` (before its first `goto`); `base` is the server under test, if there is one. */
export function watchPage(page: Page, base?: string): PageWatch {
  const watch: PageWatch = { problems: [], requests: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    watch.problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    watch.requests.push(r.url());
    if (base === undefined || !r.url().startsWith(base)) watch.foreign.push(r.url());
  });
  return watch;
}

/**
 * Record every CSP violation of the context's pages in `window.__violations` (read it with
 * {@link cspViolations}). The init script is the test's, not the page's.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = store;
    document.addEventListener('securitypolicyviolation', (e) => {
      store.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
}

/** The CSP violations recorded on `page` since it loaded (see {@link recordCspViolations}). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

/**
 * Open a self-contained HTML file (a report) in a fresh browser at 1200×900 and run `check` on it; then
 * take a full-page screenshot (it must hold something: over 10 kB; also written to `PROMPTOPS_SCREENSHOT`
 * when set) and require no console error, page error or dialog, and no request beyond the file itself.
 */
export async function checkHtmlFile(file: string, check: (page: Page) => Promise<void>): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = watchPage(page);
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    await check(page);
    const screenshot = join(dirname(file), 'page.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
    if (process.env.PROMPTOPS_SCREENSHOT !== undefined)
      await page.screenshot({ path: process.env.PROMPTOPS_SCREENSHOT, fullPage: true });
    expect(watch.problems).toEqual([]);
    expect(watch.requests).toEqual([url]);
  } finally {
    await browser.close();
  }
}

/** A report's dot chart (`svg.chart`) shows `dots` estimates, each with its interval, at a readable size. */
export async function expectDotChart(chart: Locator, dots: number): Promise<void> {
  expect(await chart.locator('circle.dot').count()).toBe(dots);
  expect(await chart.locator('line.ci').count()).toBe(dots);
  const box = await chart.boundingBox();
  expect(box?.width).toBeGreaterThan(200);
  expect(box?.height).toBeGreaterThan(50);
}
