import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADDIN_PATHS } from '../../../excel-addin/addin-urls.ts';

const DIST = 'dist/excel-addin';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ARTIFACTS = 'test/e2e/artifacts';
const SCREENSHOT = `${ARTIFACTS}/excel-addin-taskpane.png`;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

let server: Server;
let origin: string;
let browser: Browser;
let hostScript: string;

/** The in-memory host as one classic script (what office.js is). */
async function bundleHost(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'test/excel-host/browser-entry.ts', formats: ['iife'], name: 'DunningExcelHost' },
    },
  }) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = (Array.isArray(out) ? out[0] : out)?.output[0];
  if (!output || output.type !== 'chunk') throw new Error('host bundle missing');
  return output.code;
}

beforeAll(async () => {
  await build({ configFile: 'excel-addin/vite.config.ts', logLevel: 'warn' });
  hostScript = await bundleHost();
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path);
    if (!existsSync(file) || !file.startsWith(DIST)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function openPane(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 1100 } });
  // Nothing else leaves the machine (registered first: Playwright tries the latest route first).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: hostScript }));
  await page.goto(`${origin}/${ADDIN_PATHS.taskpane}`);
  await page.getByTestId('flag-overdue').waitFor();
  return page;
}

describe('Excel add-in task pane in Chromium on the in-memory host', () => {
  it('serves every file the manifest names', () => {
    for (const p of [ADDIN_PATHS.taskpane, ADDIN_PATHS.functionsScript, ADDIN_PATHS.functionsMetadata, ...ADDIN_PATHS.icons]) {
      expect(existsSync(join(DIST, p)), p).toBe(true);
    }
    const meta = JSON.parse(readFileSync(join(DIST, ADDIN_PATHS.functionsMetadata), 'utf8')) as { functions: Array<{ id: string }> };
    expect(meta.functions.map((f) => f.id)).toEqual(['DAYSOVERDUE', 'PENALTY', 'BUCKET', 'STAGE', 'LPR', 'STATUTORYRATE']);
  });

  it('flags the sheet, then drafts the reminder for the selected row', async () => {
    const page = await openPane();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('6 of 7 invoices overdue; columns Sheet1!I1:M8');
    const row = await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ rows: Array<Array<{ value: unknown } | undefined>> }> } } }).__excelHost;
      return (host.model.sheets[0]?.rows[1] ?? []).slice(8, 13).map((c) => c?.value);
    });
    // 12,000.00 CNY outstanding, 99 days at 0.05 % a day = 594.00.
    expect(row).toEqual([99, '91-180', 594, 12594, 'Final notice']);
    const customFunctions = await page.evaluate(() =>
      [...(window as unknown as { __excelHost: { customFunctions: Map<string, unknown> } }).__excelHost.customFunctions.keys()]);
    expect(customFunctions).toEqual(['DAYSOVERDUE', 'PENALTY', 'BUCKET', 'STAGE', 'LPR', 'STATUTORYRATE']);

    await page.getByTestId('reminder-from-selection').click();
    await expect.poll(() => page.getByTestId('reminder-customer').textContent()).toBe('Shanghai Minghua Electronics Co. Ltd');
    await expect.poll(() => page.getByTestId('dunning-stage-final-notice').getAttribute('aria-pressed')).toBe('true');
    const text = await page.getByTestId('reminder-text').textContent();
    expect(text).toContain('INV-2026-0815');
    expect(await page.getByTestId('mailto-reminder').getAttribute('href')).toMatch(/^mailto:ap%40minghua-electronics\.example\?subject=/);

    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('催款助手');
    // The contract clause of the rule in use sits under the rule picker, in the pane's language.
    expect(await page.getByTestId('rule-clause').textContent()).toContain('每逾期一日按逾期未付金额的万分之五');
    await page.getByTestId('dunning-language-en').click();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    mkdirSync('docs', { recursive: true });
    copyFileSync(SCREENSHOT, 'docs/excel-addin-taskpane.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds the aging summary sheet with its chart', async () => {
    const page = await openPane();
    await page.getByTestId('aging-summary').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('Aging summary on sheet Aging summary');
    const model = await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ name: string }>; charts: Array<{ chartType: string; title: string }> } } }).__excelHost;
      return { sheets: host.model.sheets.map((s) => s.name), charts: host.model.charts.map((c) => [c.chartType, c.title]) };
    });
    expect(model).toEqual({ sheets: ['Sheet1', 'Aging summary'], charts: [['ColumnStacked', 'Outstanding by bucket']] });
    await page.close();
  });

  it('shows an error in plain words with office-js-helpers\' banner, loaded only then', async () => {
    const page = await openPane();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    expect(scripts.some((u) => u.includes('office.helpers'))).toBe(false);
    await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ rows: Array<Array<unknown>> }> } } }).__excelHost;
      // A note typed to the right of the table, where the owned columns would go.
      (host.model.sheets[0]?.rows[3] as unknown[])[10] = { value: 'call Friday', numberFormat: 'General' };
    });
    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => page.getByTestId('pane-error').textContent()).toContain('already hold other data (Sheet1!K4)');
    await expect.poll(() => page.locator('.office-js-helpers-notification').count()).toBe(1);
    expect(scripts.some((u) => u.includes('office.helpers'))).toBe(true);
    await page.close();
  });
});
