/**
 * Opens the eval HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core) and
 * checks that it renders: the pass-rate and score charts with a dot and an interval per version × model,
 * the cost chart, the verdict, the diff; no console error, no request beyond the page. Skipped with a
 * message when there is no Chromium (`PROMPTOPS_CHROMIUM` overrides the path).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { evaluate, renderEvalHtml } from '../../src/eval.js';
import { FIXTURES, fixtureStore, tempDir } from './helpers.js';
import { startAnthropicServer, startOpenAIServer } from './model-servers.js';

const available = existsSync(CHROMIUM_PATH);
if (!available) {
  console.warn(
    `eval html.browser.test: skipped, no Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium".`,
  );
}

describe.skipIf(!available)('the eval HTML report in headless Chromium', () => {
  it('renders charts per version × model, the verdicts and the diff, with no error and no request', async () => {
    const openai = await startOpenAIServer();
    const anthropic = await startAnthropicServer();
    const store = fixtureStore();
    let result: Awaited<ReturnType<typeof evaluate>>;
    try {
      result = await evaluate(
        {
          prompt: 'support/greeting',
          versions: ['production', '2.0.0'],
          models: [
            'openai:gpt-4o-mini',
            {
              provider: 'anthropic',
              name: 'claude-<b>x</b>',
              maxTokens: 50,
              pricing: { inputPerMTok: 1, outputPerMTok: 5 },
            },
          ],
          cases: join(FIXTURES, 'cases.jsonl'),
          expect: [{ contains: '{{customer}}' }],
        },
        {
          store,
          cwd: await tempDir(),
          env: {
            OPENAI_API_KEY: 'k',
            OPENAI_BASE_URL: openai.baseUrl,
            ANTHROPIC_API_KEY: 'k',
            ANTHROPIC_BASE_URL: anthropic.baseUrl,
          },
        },
      );
    } finally {
      await openai.close();
      await anthropic.close();
      await store.close();
    }
    const dir = await mkdtemp(join(tmpdir(), 'promptops-eval-html-'));
    const file = join(dir, 'eval.html');
    await writeFile(file, renderEvalHtml(result));

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });

      expect(await page.title()).toBe('promptops eval report');
      for (const kind of ['pass-rate', 'score']) {
        const chart = page.locator(`svg.chart[data-chart="${kind}"]`);
        expect(await chart.locator('circle.dot').count()).toBe(4); // 2 versions × 2 models
        expect(await chart.locator('line.ci').count()).toBe(4);
        const box = await chart.boundingBox();
        expect(box?.width).toBeGreaterThan(200);
        expect(box?.height).toBeGreaterThan(50);
      }
      expect(await page.locator('svg.chart[data-chart="cost"] circle.point').count()).toBe(4);
      expect(await page.locator('ul.verdicts li.better').count()).toBe(2);
      expect(await page.locator('pre.diff .add').count()).toBeGreaterThan(0);
      expect(await page.locator('table.cases tbody tr').count()).toBe(8);
      expect(await page.locator('b').count()).toBe(0); // a model name is text, never markup
      expect(await page.locator('script').count()).toBe(0);
      const screenshot = join(dir, 'eval.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
      if (process.env.PROMPTOPS_SCREENSHOT !== undefined)
        await page.screenshot({ path: process.env.PROMPTOPS_SCREENSHOT, fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
