/**
 * Opens the HTML report in headless Chromium (Debian's `chromium` package, driven by playwright-core)
 * and checks that it renders: one chart per metric with its marks, no console error, no request
 * beyond the page itself. Install the browser with `apt-get update && apt-get install -y chromium`;
 * without it this file is skipped with a message. `PROMPTOPS_CHROMIUM` overrides the path.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { renderReportHtml } from '../../src/report/html.js';
import { ReportBuilder } from '../../src/report/report.js';
import { experimentEvents } from './generate.js';

const CHROMIUM = CHROMIUM_PATH;
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(
    `html.browser.test: skipped, no Chromium at ${CHROMIUM}. Install it with ` +
      '"apt-get update && apt-get install -y chromium" (or set PROMPTOPS_CHROMIUM to a Chromium binary).',
  );
}

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

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
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

      expect(await page.title()).toBe('promptops outcome report');
      // Two metrics for each experiment, one for the last prompt.
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(5);
      const greeting = page.locator('section[data-name="support/greeting"] svg.chart');
      expect(await greeting.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        const chart = greeting.nth(i);
        expect(await chart.locator('circle.dot').count()).toBe(2); // control and candidate
        expect(await chart.locator('line.ci').count()).toBe(2);
        const box = await chart.boundingBox();
        expect(box?.width).toBeGreaterThan(200);
        expect(box?.height).toBeGreaterThan(50);
      }
      expect(await page.locator('section[data-name="support/greeting"] ul.verdicts li').count()).toBe(2);
      // Names are text, never markup.
      expect(await page.locator('b').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(0);

      const screenshot = join(dir, 'report.png');
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
