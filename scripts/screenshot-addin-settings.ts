// Screenshots of the add-in's settings (rules per currency, Rates and holidays) at 350 px in
// Chinese and English, for the README: `npx tsx scripts/screenshot-addin-settings.ts`.
// Builds the task pane, serves it with the in-memory Excel host in place of office.js, and
// drives Debian's Chromium (CHROME_PATH or /usr/bin/chromium). Writes docs/excel-addin-settings-350-<lang>.png.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { bundleExcelHost } from '../test/e2e/excel-addin/excel-host-script.ts';
import { ADDIN_PATHS } from '../excel-addin/addin-urls.ts';

const DIST = 'dist/excel-addin';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

await build({ configFile: 'excel-addin/vite.config.ts', logLevel: 'warn' });
const hostScript = await bundleExcelHost();
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path);
  if (!existsSync(file) || !file.startsWith(DIST)) { res.statusCode = 404; res.end(); return; }
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 350, height: 2600 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: hostScript }));
  await page.goto(`${origin}/${ADDIN_PATHS.taskpane}`);
  await page.getByTestId('rates-settings').waitFor();
  // What an accountant does in the section: a rule for yuan, the LPR quote of 2026-09-22 added.
  for (const id of ['currency-rules', 'rate-change-form', 'calendar-form']) await page.getByTestId(id).locator('summary').click();
  await page.getByTestId('setting-rule-currency-CNY').selectOption('cn-lpr-1x');
  await page.getByTestId('rate-change-from').fill('2026-09-22');
  await page.getByTestId('rate-change-known-until').fill('2026-11-22');
  await page.getByTestId('rate-change-rate').fill('2.90');
  await page.getByTestId('rate-change-five-year').fill('3.40');
  await page.getByTestId('rate-change-add').click();
  await page.getByTestId('rate-change-0').waitFor();
  await page.addStyleTag({ content: 'html, body { height: auto !important; display: block !important; } #app { overflow: visible !important; }' });
  mkdirSync('docs', { recursive: true });
  for (const lang of ['zh-CN', 'en'] as const) {
    await page.getByTestId(`dunning-language-${lang}`).click();
    await page.waitForTimeout(200);
    const path = `docs/excel-addin-settings-350-${lang}.png`;
    await page.getByTestId('settings').screenshot({ path });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  server.close();
}
