import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { bundleExcelHost } from './excel-host-script.ts';

const HOSTED = 'https://files.example.com/addins/dunning/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

let out: string;
let browser: Browser;
let hostScript: string;
let build: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dunning-addin-'));
  // As a team's admin runs it.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-addin.ts', '--url', HOSTED.replace(/\/$/, ''), '--out', out], { encoding: 'utf8' });
  build = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  hostScript = await bundleExcelHost();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run build:addin -- --url: the add-in for a team, served from any static HTTPS folder', () => {
  it('builds the pane and the functions for that folder and writes the manifest that points there', async () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain(`built for ${HOSTED}`);
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain(`src="${HOSTED}assets/taskpane.js"`);
    // Every URL the manifest names is a file of the folder (Microsoft's parser reads it).
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(HOSTED), url).toBe(true);
      expect(existsSync(join(out, url.slice(HOSTED.length).split('?')[0] as string)), url).toBe(true);
    }
    const info = await OfficeAddinManifest.readManifestFile(join(out, 'manifest.xml'));
    expect(info.defaultSettings?.sourceLocation).toBe(`${HOSTED}taskpane.html`);
    expect(info.appDomains).toEqual(['https://files.example.com']);
  });

  it('runs from that folder: the pane loads its scripts there and flags the sheet, the functions register', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
    const requested: string[] = [];
    // Nothing leaves the machine: the folder is served from the build, office.js by the in-memory host.
    await page.route(/^https?:\/\//, (route) => route.abort());
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: hostScript }));
    await page.route(`${HOSTED}**`, (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname.slice('/addins/dunning/'.length))).replace(/^(\.\.[/\\])+/, '');
      requested.push(path);
      const file = join(out, path);
      if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${HOSTED}taskpane.html`);
    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('6 of 7 invoices overdue; columns Sheet1!I1:R8');
    const functions = await page.evaluate(() => [...(window as unknown as { __excelHost: { customFunctions: Map<string, unknown> } }).__excelHost.customFunctions.keys()]);
    expect(functions).toEqual(['DAYSOVERDUE', 'PENALTY', 'BUCKET', 'STAGE', 'LPR', 'STATUTORYRATE']);
    expect(requested).toEqual(expect.arrayContaining(['taskpane.html', 'assets/taskpane.js']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
