/**
 * The registry page in headless Chromium (Debian's `chromium` package, driven by playwright-core, as
 * the report's browser test does), against `promptops serve`'s server on a folder of HOSTILE prompt
 * texts: catalog, search, prompt page, diff, preview with input errors, the token gate, label history,
 * and promote / roll back with scoped tokens (on `--writable --public-read --tokens`, whose moves land in
 * the files). Markup in prompt texts must never run: every page is
 * checked for `window.__pwned`, CSP violations and console errors. The reading pages are also driven
 * with JavaScript disabled.
 *
 * `PROMPTOPS_SCREENSHOTS=docs` writes the screenshots shown in docs/registry-page.md.
 * Without Chromium this file is skipped with a message (`PROMPTOPS_CHROMIUM` overrides the path).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  cspViolations,
  launchChromium,
  type PageWatch,
  recordCspViolations,
  watchPage,
} from '../../helpers/chromium-page.js';
import { serveHostile } from './serve-hostile.js';

const READ_TOKEN = 'browser-read-token-0123456789';
const SUPPORT_TOKEN = 'support-ci-token-0123456789';
const BILLING_TOKEN = 'billing-ci-token-0123456789';
const available = chromiumAvailable('page.browser.test');
const SCREENSHOTS = process.env.PROMPTOPS_SCREENSHOTS;

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** `promptops serve` on a copy of the hostile folder (a writable server may write into it). */
async function serve(options: { token?: string; writable?: boolean } = {}): Promise<string> {
  const running = await serveHostile({ copy: true, ...options });
  stops.push(running.stop);
  return running.url;
}

/** `promptops serve --writable --public-read --tokens …` on a copy of the hostile folder. */
async function serveWithTokens(): Promise<{ url: string; dir: string }> {
  const running = await serveHostile({
    copy: true,
    writable: true,
    publicRead: true,
    tokens: [
      { name: 'support-ci', token: SUPPORT_TOKEN, scopes: ['promote'], prefixes: ['support/'] },
      { name: 'billing-ci', token: BILLING_TOKEN, scopes: ['promote'], prefixes: ['billing/'] },
    ],
  });
  stops.push(running.stop);
  return running;
}

async function open(context: BrowserContext, base: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  return { page, watch: watchPage(page, base) };
}

/** Nothing from a prompt ran: no `__pwned`, no CSP violation, no console error, nothing fetched elsewhere. */
async function expectClean(page: Page, watch: PageWatch): Promise<void> {
  if (await page.evaluate(() => typeof document !== 'undefined')) {
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      injected: document.querySelectorAll('main img, main svg, main iframe, main script, main b, [onerror], [onload]')
        .length,
    }));
    expect({ ...state, violations: await cspViolations(page) }).toEqual({ pwned: null, violations: [], injected: 0 });
  }
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
}

/** Accessibility basics of every page: a language, one `<h1>`, a label for every form control. */
async function expectAccessible(page: Page): Promise<void> {
  const report = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    headings: document.querySelectorAll('h1').length,
    unlabelled: Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((el) => (el.labels?.length ?? 0) === 0 && !el.hasAttribute('aria-label'))
      .map((el) => el.outerHTML),
  }));
  expect(report).toEqual({ lang: 'en', headings: 1, unlabelled: [] });
}

/** Wait until the page's `<h1>` is `text` (the script swaps pages in place). */
async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

/** A screenshot for the docs (only with `PROMPTOPS_SCREENSHOTS`): the viewport, the full page, or one element. */
async function shot(page: Page, file: string, what: 'viewport' | 'full' | string = 'viewport'): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  const path = resolve(SCREENSHOTS, file);
  if (what === 'viewport' || what === 'full') await page.screenshot({ path, fullPage: what === 'full' });
  else await page.locator(what).screenshot({ path });
}

describe.skipIf(!available)('the registry page in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newContext(options: { javaScriptEnabled?: boolean; width?: number; dark?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1100, height: 800 },
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      colorScheme: options.dark === true ? 'dark' : 'light',
    });
    await recordCspViolations(context);
    return context;
  }

  it('catalog, search, prompt page, diff and preview with input errors; no prompt markup runs', async () => {
    const base = await serve();
    const context = await newContext();
    try {
      const { page, watch } = await open(context, base);
      await page.goto(`${base}/`);
      expect(await page.title()).toBe('Prompts · promptops registry');
      const rows = page.locator('table.catalog tbody tr');
      expect(await rows.count()).toBe(3);
      // Hostile texts are shown as text.
      expect(await page.locator('tr[data-name="support/greeting"]').textContent()).toContain(
        `</textarea><script>window.__pwned='tag'</script>`,
      );
      expect(await page.locator('tr[data-name="billing/refund"] td[data-label="Owner"]').textContent()).toBe(
        'billing <b>ops</b>',
      );
      await expectAccessible(page);
      await shot(page, 'registry-catalog.png', 'full');

      // Search: the form puts the query in the URL.
      await page.getByLabel('Search by name, owner or tag').fill('owner:billing');
      await page.getByLabel('Search by name, owner or tag').press('Enter');
      await page.waitForURL(/\?q=owner%3Abilling$/);
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-name')).toBe('billing/refund');
      await page.getByLabel('Search by name, owner or tag').fill('tag:greeting support');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\?q=tag%3Agreeting\+support$/);
      expect(await rows.count()).toBe(1);

      // The prompt page, by keyboard: focus the link and press Enter.
      await page.getByRole('link', { name: 'support/greeting' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/p\/support\/greeting$/);
      expect(await page.locator('h1').textContent()).toBe('support/greeting');
      expect(await page.locator('table.versions tbody tr').count()).toBe(2);
      expect(await page.locator('pre.template').textContent()).toContain(
        `<script>window.__pwned = 'template'</script>`,
      );
      expect(await page.locator('table.versions').textContent()).toContain(
        `gpt-4o<script>window.__pwned='model'</script>`,
      );
      await expectAccessible(page);
      await shot(page, 'registry-prompt.png');

      // The diff of the two versions.
      await page.getByRole('link', { name: 'Diff' }).click();
      await page.getByLabel('From').selectOption('1.0.0');
      await page.getByLabel('To', { exact: true }).selectOption('1.1.0');
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForURL(/diff\?from=1\.0\.0&to=1\.1\.0$/);
      const template = page.locator('.diff').first();
      expect(await template.locator('.line.add').count()).toBe(4);
      expect(await template.locator('.line.del').count()).toBe(1);
      // Within the changed line, the words that changed are marked.
      expect((await template.locator('.line.del mark').allTextContents())[0]).toBe('.');
      expect(await template.locator('.line.add mark').first().textContent()).toBe(',');
      expect(await page.locator('h3', { hasText: 'Model' }).textContent()).toContain('+2');
      await expectAccessible(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, 'registry-diff-dark.png');
      await page.emulateMedia({ colorScheme: 'light' });

      // The preview: input problems as render reports them, then a render.
      await page.getByRole('link', { name: 'Preview', exact: true }).click();
      await page.getByLabel('company').fill('Acme');
      await page.getByLabel('visits').fill('three');
      await page.getByRole('button', { name: 'Render' }).click();
      const issues = page.locator('ul.issues li');
      await page.locator('ul.issues').waitFor();
      expect(await issues.count()).toBe(2);
      expect(await issues.allInnerTexts()).toEqual([
        'customer: missing required variable "customer" (string) (missing)',
        'visits: expected integer | null, got string "three" (invalid_type)',
      ]);
      expect(await page.getByLabel('visits').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('company').inputValue()).toBe('Acme');
      await expectAccessible(page);
      await shot(page, 'registry-preview.png', 'full');
      await page.getByLabel('customer').fill('</textarea><img src=x onerror="window.__pwned=1">');
      await page.getByLabel('visits').fill('2');
      await page.getByRole('button', { name: 'Render' }).click();
      await page.locator('pre.rendered').waitFor();
      const rendered = await page.locator('pre.rendered').textContent();
      expect(rendered).toContain(
        'Hello </textarea><img src=x onerror="window.__pwned=1"> from Acme, in a friendly tone.',
      );
      expect(rendered).toContain('Welcome back: visit 2.');
      await expectClean(page, watch);
      // Trusted Types are enforced: no HTML sink takes a plain string, even from the page's own code.
      const sink = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch (error) {
          return (error as Error).name;
        }
      });
      expect(sink).toBe('TypeError');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('reading pages work with JavaScript disabled', async () => {
    const base = await serve({ writable: true });
    const context = await newContext({ javaScriptEnabled: false });
    try {
      const { page, watch } = await open(context, base);
      await page.goto(`${base}/?q=${encodeURIComponent('tag:refunds')}`);
      expect(await page.locator('table.catalog tbody tr').count()).toBe(1);
      await page.getByLabel('Search by name, owner or tag').fill('greet');
      await page.getByLabel('Search by name, owner or tag').press('Enter');
      await page.waitForURL(/\?q=greet$/);
      await page.getByRole('link', { name: 'support/greeting' }).click();
      expect(await page.locator('h1').textContent()).toBe('support/greeting');
      // The label panel needs the script: hidden, and a note says why.
      expect(await page.locator('[data-label-panel]').isVisible()).toBe(false);
      expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
      expect(await page.locator('#token-form').isVisible()).toBe(false);
      await page.getByRole('link', { name: 'Compare with 1.0.0' }).click();
      expect(await page.locator('.diff .line.add').count()).toBeGreaterThan(0);
      // An unchanged run folds into <details>, which opens without a script.
      await page.goto(`${base}/p/billing/refund/-/diff?from=1.0.0&to=2.0.0`);
      await page.getByRole('link', { name: 'Preview', exact: true }).click();
      await page.getByLabel('ticket').fill('Where is my refund?');
      await page.getByLabel('amount').fill('12,5');
      await page.getByLabel('items').fill('["cup"');
      await page.getByRole('button', { name: 'Render' }).click();
      await page.waitForSelector('ul.issues');
      expect(await page.locator('ul.issues li').allInnerTexts()).toEqual([
        'amount: expected number, got string "12,5" (invalid_type)',
        'items: expected array, got string "[\\"cup\\"" (invalid_type)',
      ]);
      await page.getByLabel('amount').fill('12.5');
      await page.getByLabel('items').fill('["cup"]');
      await page
        .getByLabel('Placeholder history')
        .fill('[{"role":"user","content":"<script>window.__pwned=1</script>"}]');
      await page.getByRole('button', { name: 'Render' }).click();
      await page.waitForSelector('.message');
      expect(await page.locator('.message .role').allInnerTexts()).toEqual(['system', 'user', 'user']);
      expect(await page.locator('.message pre').nth(1).textContent()).toBe('<script>window.__pwned=1</script>');
      expect(watch.problems).toEqual([]);
      expect(watch.foreign).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('where reads need a token, asks for it first and sends it as a bearer header only', async () => {
    const base = await serve({ token: READ_TOKEN });
    const context = await newContext({ width: 390 });
    try {
      const { page, watch } = await open(context, base);
      const authorizations: string[] = [];
      const urls: string[] = [];
      page.on('request', (r) => {
        urls.push(r.url());
        const header = r.headers().authorization;
        if (header !== undefined) authorizations.push(`${new URL(r.url()).pathname} ${header}`);
      });
      const first = await page.goto(`${base}/p/support/greeting`);
      expect(first?.status()).toBe(401);
      expect(await page.locator('h1').textContent()).toBe('Access token needed');
      expect(await page.locator('#token-input').evaluate((el) => el === document.activeElement)).toBe(true);
      await shot(page, 'registry-token.png');

      await page.getByLabel('Access token').fill('not-the-token');
      await page.getByRole('button', { name: 'Use token' }).click();
      await heading(page, 'Token refused');
      expect(await page.locator('.gate .problem').textContent()).toContain('Invalid bearer token');

      await page.getByLabel('Access token').fill(READ_TOKEN);
      await page.getByRole('button', { name: 'Use token' }).click();
      await heading(page, 'support/greeting');
      expect(await page.locator('pre.template').textContent()).toContain('<script>');
      // Links go through the script, with the header.
      await page.getByRole('link', { name: 'Diff' }).click();
      await page.locator('.diff').first().waitFor();
      expect(page.url()).toBe(`${base}/p/support/greeting/-/diff`);
      // Forms too: the preview POSTs with the header, and shows render's problems.
      await page.getByRole('link', { name: 'Preview', exact: true }).click();
      await page.getByLabel('company').waitFor();
      await page.getByLabel('company').fill('Acme');
      await page.getByRole('button', { name: 'Render' }).click();
      await page.locator('ul.issues').waitFor();
      expect(await page.locator('ul.issues li').allTextContents()).toEqual([
        'customer: missing required variable "customer" (string) (missing)',
      ]);
      await page.goBack();
      await page.locator('.diff').first().waitFor();
      await page.goBack();
      await page.locator('table.versions').waitFor();
      // A reload finds the token in session storage and fetches the page again with it.
      await page.reload();
      await heading(page, 'support/greeting');

      expect(authorizations.length).toBeGreaterThan(0);
      expect(authorizations.filter((a) => !/ Bearer (not-the-token|browser-read-token-0123456789)$/.test(a))).toEqual(
        [],
      );
      expect(await page.content()).not.toContain(READ_TOKEN);
      expect(await context.cookies()).toEqual([]);
      expect(urls.filter((u) => u.includes(READ_TOKEN))).toEqual([]);
      expect(await page.evaluate(() => sessionStorage.getItem('promptops.token'))).toBe(READ_TOKEN);

      await page.getByRole('button', { name: 'Forget' }).click();
      await heading(page, 'Access token needed');
      // The refused first load and the refused token are the only console errors (failed resources).
      watch.problems = watch.problems.filter((p) => !/status of 401/.test(p));
      await expectClean(page, watch);
    } finally {
      await context.close();
    }
  }, 60_000);
  it('promotes and rolls back with a scoped token; the history shows the moves at once; a refused token says why', async () => {
    const { url: base, dir } = await serveWithTokens();
    const context = await newContext();
    try {
      const { page, watch } = await open(context, base);
      await page.goto(`${base}/p/support/greeting`);
      const panel = page.locator('[data-label-panel]');
      await panel.waitFor();
      expect(await page.locator('[data-needs-script]').isVisible()).toBe(false);
      expect(await page.locator('table.history').count()).toBe(0);
      const promote = panel.locator('form[data-label-move="promote"]');
      const status = page.locator('[data-move-status]');

      // No token yet.
      await promote.getByLabel('Version').selectOption('1.1.0');
      await promote.getByRole('button', { name: 'Promote' }).click();
      await page.locator('[data-move-status].error').waitFor();
      // The token field gets the focus, to type one.
      expect(await page.locator('#token-input').evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await status.textContent()).toContain('Enter a token that may promote support/greeting first');

      // A token for another team's prompts is refused, saying what it may do.
      await page.getByLabel('Access token').fill(BILLING_TOKEN);
      await page.getByRole('button', { name: 'Use token' }).click();
      await promote.getByRole('button', { name: 'Promote' }).click();
      await page.getByText('Refused (forbidden)').waitFor();
      expect(await status.textContent()).toContain('token "billing-ci" may read and promote prompts under "billing/"');
      expect(await page.locator('table.history').count()).toBe(0);

      // The right token: the move and the new history show at once.
      await page.getByLabel('Access token').fill(SUPPORT_TOKEN);
      await page.getByRole('button', { name: 'Use token' }).click();
      await promote.getByLabel('Label').fill('production');
      await promote.getByLabel('Version').selectOption('1.1.0');
      await promote.getByLabel('Reason (optional)').fill('friendlier <b>tone</b>');
      await promote.getByRole('button', { name: 'Promote' }).click();
      await page.getByText('Promoted: production of support/greeting now points at 1.1.0.').waitFor();
      const history = page.locator('table.history tbody tr');
      expect(await history.count()).toBe(1);
      expect(await history.first().locator('td').allTextContents()).toEqual([
        expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        'production',
        '1.0.0',
        '1.1.0',
        'support-ci',
        'friendlier <b>tone</b>',
      ]);
      expect(await page.locator('table.versions tbody tr').first().textContent()).toContain('production');
      await expectAccessible(page);
      await shot(page, 'registry-history.png', 'section.label-moves');

      // Roll back: to where production pointed before.
      const rollback = page.locator('form[data-label-move="rollback"]');
      await rollback.getByLabel('Label').selectOption('production');
      await rollback.getByRole('button', { name: 'Roll back' }).click();
      await page.getByText('Rolled back: production of support/greeting now points at 1.0.0.').waitFor();
      expect(await history.count()).toBe(2);
      expect(await history.first().locator('td').allTextContents()).toEqual([
        expect.any(String),
        'production',
        '1.1.0',
        '1.0.0',
        'support-ci',
        'rollback',
      ]);
      // What the API says agrees with the page.
      const moves = (await (await fetch(`${base}/v1/prompts/support%2Fgreeting/history`)).json()) as {
        moves: Array<{ label: string; from: string | null; to: string; actor: string }>;
      };
      expect(moves.moves.map((m) => `${m.label} ${m.from}->${m.to} ${m.actor}`)).toEqual([
        'production 1.1.0->1.0.0 support-ci',
        'production 1.0.0->1.1.0 support-ci',
      ]);
      // The folder is the record: the label sits in the file of 1.0.0 again.
      expect(await readFile(join(dir, 'support/greeting/1.0.0.prompt.md'), 'utf8')).toMatch(
        /^labels: \[production\]$/m,
      );
      expect(await readFile(join(dir, 'support/greeting/1.1.0.prompt.md'), 'utf8')).not.toMatch(/production/);
      expect(await page.content()).not.toContain(SUPPORT_TOKEN);
      watch.problems = watch.problems.filter((p) => !/status of 40[13]/.test(p));
      await expectClean(page, watch);
    } finally {
      await context.close();
    }
  }, 60_000);
});
