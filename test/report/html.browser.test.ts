/**
 * Opens the HTML report in headless Chromium (Debian's `chromium` package, driven by playwright-core)
 * and checks that it renders: one chart per metric with its marks, no console error, no request
 * beyond the page itself. Install the browser with `apt-get update && apt-get install -y chromium`;
 * without it this file is skipped with a message. `PROMPTOPS_CHROMIUM` overrides the path.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { ReportBuilder } from '../../src/report/report.js';
import { checkHtmlFile, chromiumAvailable, expectDotChart } from '../helpers/chromium-page.js';
import { experimentEvents } from './generate.js';

const available = chromiumAvailable('report html.browser.test');

describe.skipIf(!available)('the HTML report in headless Chromium', () => {
  it('renders a chart per metric, with no console error and no external request', async () => {
    const builder = new ReportBuilder();
    for (const e of experimentEvents(
      'support/greeting',
      [
        { variant: 'control', version: '1.2.0', n: 800, pScore: 0.6, cost: 0.002 },
        { variant: 'candidate', version: '2.0.0', n: 200, pScore: 0.7, cost: 0.0025 },
      ],
      3,
    )) {
      builder.add(e);
    }
    for (const e of experimentEvents(
      'support/triage',
      [{ variant: 'control', version: '3.1.0', n: 50, pScore: 0.9, cost: 0.001 }],
      4,
    )) {
      builder.add(e);
    }
    builder.add({ type: 'outcome', name: 'x/<script>', version: '1.0.0', metrics: { '<b>bold</b>': 1 } });
    const report = builder.build();
    const dir = await mkdtemp(join(tmpdir(), 'promptops-html-'));
    const file = join(dir, 'report.html');
    await writeFile(file, renderReportHtml(report, { sources: ['events.jsonl'] }));

    await checkHtmlFile(file, async (page) => {
      expect(await page.title()).toBe('promptops outcome report');
      // Two metrics for each experiment, one for the last prompt.
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(5);
      const greeting = page.locator('section[data-name="support/greeting"] svg.chart');
      expect(await greeting.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        await expectDotChart(greeting.nth(i), 2); // control and candidate
      }
      expect(await page.locator('section[data-name="support/greeting"] ul.verdicts li').count()).toBe(2);
      // Names are text, never markup.
      expect(await page.locator('b').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(0);
    });
  }, 60_000);
});
