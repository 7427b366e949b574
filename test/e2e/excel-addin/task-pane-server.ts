import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleExcelHost } from './excel-host-script.ts';
import { ADDIN_PATHS } from '../../../excel-addin/addin-urls.ts';

const DIST = 'dist/excel-addin';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

/** The built task pane served locally with the in-memory Excel host in place of office.js, and Debian's Chromium. */
export interface TaskPaneServer {
  readonly browser: Browser;
  /** Opens the pane at a width (nothing leaves the machine) and waits for `readyTestId`. */
  openPane(width: number, height?: number, readyTestId?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the add-in (dist/excel-addin), bundles the host, serves both on 127.0.0.1 and launches Chromium (CHROME_PATH or /usr/bin/chromium). */
export async function startTaskPaneServer(): Promise<TaskPaneServer> {
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    async openPane(width, height = 1000, readyTestId = 'flag-overdue') {
      const page = await browser.newPage({ viewport: { width, height } });
      // Nothing else leaves the machine (registered first: Playwright tries the latest route first).
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: hostScript }));
      await page.goto(`${origin}/${ADDIN_PATHS.taskpane}`);
      await page.getByTestId(readyTestId).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
