/**
 * Opens the eval HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core) and
 * checks that it renders: the pass-rate and score charts with a dot and an interval per version × model,
 * the cost chart, the verdict, the diff; no console error, no request beyond the page. Skipped with a
 * message when there is no Chromium (`PROMPTOPS_CHROMIUM` overrides the path).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, renderEvalHtml } from '../../src/eval.js';
import { checkHtmlFile, chromiumAvailable, expectDotChart } from '../helpers/chromium-page.js';
import { FIXTURES, fixtureStore, tempDir } from './helpers.js';
import { startAnthropicServer, startOpenAIServer } from './model-servers.js';

const available = chromiumAvailable('eval html.browser.test');

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

    await checkHtmlFile(file, async (page) => {
      expect(await page.title()).toBe('promptops eval report');
      for (const kind of ['pass-rate', 'score']) {
        await expectDotChart(page.locator(`svg.chart[data-chart="${kind}"]`), 4); // 2 versions × 2 models
      }
      expect(await page.locator('svg.chart[data-chart="cost"] circle.point').count()).toBe(4);
      expect(await page.locator('ul.verdicts li.better').count()).toBe(2);
      expect(await page.locator('pre.diff .add').count()).toBeGreaterThan(0);
      expect(await page.locator('table.cases tbody tr').count()).toBe(8);
      expect(await page.locator('b').count()).toBe(0); // a model name is text, never markup
      expect(await page.locator('script').count()).toBe(0);
    });
  }, 60_000);
});
