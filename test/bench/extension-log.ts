import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { importList, launchWithExtension, type ExtensionBrowser } from '../e2e/extension/extension-browser.ts';

const ROUNDS = Number(process.env.BENCH_EXTENSION_ROUNDS ?? 15);
const LOG_ROWS = 20_000;
const HEADER = 'date,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by';
const STAGES = ['friendly', 'statement', 'payment-plan', 'deadline', 'formal-notice'];

/**
 * A collection log of `rows` rows as the CLI writes it: two years of work over 2,000 customers
 * (reminders on every channel, calls, promises, notes), 40 of them about the customer the
 * picker opens on (Shanghai Minghua, the fixture list's most urgent).
 */
export function benchLogCsv(rows = LOG_ROWS): string {
  const lines = [HEADER];
  const date = (i: number, later = 0): string => new Date(Date.UTC(2024, 11, 1) + ((i % 700) + later) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < rows; i++) {
    const own = i % 500 === 0;
    const customer = own ? 'Shanghai Minghua Electronics Co. Ltd' : `Customer ${String(i % 1_999).padStart(4, '0')} Trading Co. Ltd`;
    const invoice = own ? 'INV-2026-0815' : `INV-${String(i % 1_999).padStart(4, '0')}-${i % 7}`;
    const kind = i % 10;
    if (kind < 6) lines.push(`${date(i)},${customer},${invoice},reminder,${STAGES[i % STAGES.length]},${['email', 'phone', 'letter', 'wechat'][i % 4]},,,,,,Li Na`);
    else if (kind < 8) lines.push(`${date(i)},${customer},${invoice},call,,phone,,,,,Spoke to accounts payable,Li Na`);
    else if (kind === 8) lines.push(`${date(i)},${customer},${invoice},promise,,phone,1000.00,CNY,${date(i, 14)},,,Li Na`);
    else lines.push(`${date(i)},${customer},,note,,,,,,,Asked for a copy of invoice ${invoice},Li Na`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sends a message to the background from an extension page (the options page's own channel). */
async function ask<T>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events: the next
 * opening starts it again and reads the log from storage (the cold case every user meets).
 */
async function stopBackground(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Clicks the Dunning button and times, with the page's clock, until the picker shows the
 * customer's case (status and history from the log): what the user waits for. The picker is
 * closed again afterwards.
 */
async function timeOpening(page: Page): Promise<number> {
  // Plain JavaScript text: tsx would wrap named functions in a helper the page does not have.
  const ms = await page.evaluate(`new Promise((resolve, reject) => {
    const button = document.querySelector('dunning-desk-button')?.shadowRoot?.querySelector('[data-testid="dunning-insert"]')
      ?? document.querySelector('[data-testid="dunning-insert"]');
    if (!button) { reject(new Error('no Dunning button')); return; }
    const channel = new MessageChannel();
    const start = performance.now();
    const check = () => {
      const root = document.querySelector('dunning-desk-picker')?.shadowRoot;
      const status = root?.querySelector('[data-testid="dunning-history"] [data-testid="dunning-case-status"]');
      if (status && status.textContent.trim()) { resolve(performance.now() - start); return; }
      if (performance.now() - start > 10000) { reject(new Error('the picker showed no case within 10 s')); return; }
      channel.port2.postMessage(null);
    };
    channel.port1.onmessage = check;
    button.click();
    check();
  })`) as number;
  await page.locator('dunning-desk-picker').locator('.dd-close').click();
  await page.waitForFunction(() => !document.querySelector('dunning-desk-picker'));
  return ms;
}

export interface PickerLogFigures {
  readonly rows: number;
  /** Opening with an empty log, background running (the baseline of the same run). */
  readonly emptyMs: number;
  /** Opening with the 20,000-row log, background running. */
  readonly warmMs: number;
  /** Opening with the 20,000-row log right after the background was stopped (starts it, reads the log). */
  readonly coldMs: number;
  /** Opening with an empty log right after the background was stopped. */
  readonly emptyColdMs: number;
  /** The background's own answer to the picker (list, case derived from the log), round trip from an extension page. */
  readonly backgroundMs: number;
}

/**
 * The picker's opening with a collection log of 20,000 rows, in Chromium with the built
 * extension (issue 13: within 100 ms): from the click on the Dunning button in the Gmail compose
 * fixture to the customer's case on screen, the background's derivation and the picker's render
 * together; with the background running and right after Chrome stopped it; against the same
 * opening with an empty log in the same run.
 */
export async function benchPickerWithLog(): Promise<PickerLogFigures> {
  const browser = await launchWithExtension();
  try {
    browser.serve('https://mail.google.com/mail/u/0/', 'gmail-new-message.html');
    await importList(browser, 'receivables.csv');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await ask(options, { type: 'log-clear' });
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.locator('#compose-button').click();
    await page.getByTestId('dunning-insert').waitFor();

    const series = async (cold: boolean): Promise<number> => {
      const times: number[] = [];
      await timeOpening(page); // the first opening loads the picker's code paths
      for (let i = 0; i < ROUNDS; i++) {
        if (cold) await stopBackground(browser, options);
        times.push(await timeOpening(page));
      }
      return Math.round(median(times) * 10) / 10;
    };
    const emptyMs = await series(false);
    const emptyColdMs = await series(true);

    const imported = await ask<{ ok: boolean; report?: { added: number } }>(options, { type: 'log-import', file: 'bench-log.csv', text: benchLogCsv() });
    if (!imported.ok || imported.report?.added !== LOG_ROWS) throw new Error(`the bench log did not import: ${JSON.stringify(imported).slice(0, 200)}`);
    const warmMs = await series(false);
    const coldMs = await series(true);
    const backgroundTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      backgroundTimes.push(await options.evaluate(async () => {
        const start = performance.now();
        await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'picker-load', recipients: [] });
        return performance.now() - start;
      }));
    }
    return { rows: LOG_ROWS, emptyMs, warmMs, coldMs, emptyColdMs, backgroundMs: Math.round(median(backgroundTimes) * 10) / 10 };
  } finally {
    await browser.close();
  }
}

/**
 * The figure's line for `npm run bench`. Target (issue 13): with the background running, the
 * opening within 100 ms; right after Chrome stopped the background, the log adds at most 100 ms
 * to the same opening with an empty log (starting the background itself is Chrome's cost, and
 * is there with no log at all).
 */
export function pickerLogLine(f: PickerLogFigures): string {
  const ok = f.warmMs <= 100 && f.coldMs - f.emptyColdMs <= 100;
  return `extension picker opening with a ${f.rows.toLocaleString('en-GB')}-row log: ${f.warmMs} ms median (${(f.warmMs / f.emptyMs).toFixed(2)}× the empty log's ${f.emptyMs} ms); ` +
    `after Chrome stopped the background ${f.coldMs} ms (empty log ${f.emptyColdMs} ms); the background's answer ${f.backgroundMs} ms ` +
    `(target: opening ≤ 100 ms, the log adding ≤ 100 ms to a stopped background's start) ${ok ? 'OK' : 'MISSED'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${pickerLogLine(await benchPickerWithLog())}\n`);
}
