import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseLogCsv, type LogEntry } from '../../../shared/log/index.ts';
import { shiftBackgroundClock } from './background-clock.ts';
import { ARTIFACTS, importList, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { expectPickerOnScreen, insertNotice } from './picker-checks.ts';

let browser: ExtensionBrowser;
const HEADER = '\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n';

/** A local calendar day `offset` days from today, as the extension dates its rows. */
function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openCompose(url = 'https://mail.google.com/mail/u/0/', opener = '#compose-button'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator(opener).click();
  await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
  return page;
}

async function openPickerFor(page: Page, customer: string): Promise<void> {
  await page.getByTestId('dunning-insert').click();
  await page.getByTestId('dunning-customer-search').fill(customer);
  await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(1);
}

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect.poll(() => page.getByTestId('log-summary').innerText()).toMatch(/\d/);
  return page;
}

/** Imports a log file on the options page and returns the report. */
async function importLog(name: string, text: string): Promise<string> {
  const page = await optionsPage();
  await page.getByTestId('log-import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  const report = page.getByTestId('log-import-report');
  await expect.poll(() => report.count()).toBe(1);
  const out = await report.innerText();
  await page.close();
  return out;
}

/** Empties the extension's storage through the options page's "clear all data". */
async function clearAll(): Promise<void> {
  const page = await optionsPage();
  await page.getByTestId('clear-data').click();
  await page.getByTestId('clear-data-confirm').click();
  await expect.poll(() => page.getByTestId('log-summary').innerText()).toBe('Rows: 0 · customers: 0');
  await page.close();
}

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://mail.google.com/mail/u/0/', 'gmail-new-message.html');
  browser.serve('https://outlook.office.com/mail/', 'outlook-new-mail.html');
});

afterAll(async () => {
  await browser?.close();
});

/** The webmails whose compose fixtures the log is tested on: where new mail opens, and its body. */
const WEBMAILS = [
  { name: 'Gmail', url: 'https://mail.google.com/mail/u/0/', opener: '#compose-button', body: '[g_editable="true"]' },
  { name: 'Outlook', url: 'https://outlook.office.com/mail/', opener: '#new-mail', body: 'div[contenteditable="true"][aria-multiline="true"]' },
] as const;

/** The log as the background exports it (the options page's own request), read back by the core. */
async function exportedLog(): Promise<LogEntry[]> {
  const page = await optionsPage();
  const reply = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ csv: string }> } } }).chrome.runtime.sendMessage({ type: 'log-export' }));
  await page.close();
  const read = parseLogCsv(reply.csv);
  if (!read.ok) throw new Error(read.error.message);
  expect(read.value.rejected).toEqual([]);
  return read.value.entries;
}

describe('the collection log in the webmail picker', () => {
  afterEach(async () => {
    await shiftBackgroundClock(browser, 0);
  });

  it.each(WEBMAILS)('$name: Insert records the reminder (stage, e-mail, the invoices in the message, today); the next opening shows it and suggests the next stage only once minGapDays have passed; undo takes back only its row', async (webmail) => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    // Another customer's row, recorded earlier (the CLI's file): undo must leave it alone.
    expect(await importLog('dunning-log.csv', `${HEADER}${day(-3)},Northbridge Components Ltd,INV-2026-1003,reminder,friendly,email,,,,,,Tom Becker\r\n`)).toContain('1 rows added');
    const open = async (): Promise<Page> => {
      const page = await openCompose(webmail.url, webmail.opener);
      await openPickerFor(page, 'minghua');
      return page;
    };

    const page = await open();
    // Nothing recorded for the customer: the case says so, the stage follows the days overdue.
    await expect.poll(() => page.getByTestId('dunning-case-status').innerText()).toBe('Open');
    await page.getByTestId('dunning-stage-statement').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0902');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator(webmail.body).first().innerText()).toContain('INV-2026-0815');
    expect(await insertNotice(page)).toContain('Recorded in the collection log: Statement');
    expect(await page.getByTestId('dunning-insert-undo').isVisible()).toBe(true);
    await page.close();

    // The row, as the CLI would read it from the exported file.
    const recorded = (await exportedLog()).find((e) => e.customer.startsWith('Shanghai Minghua'));
    expect(recorded).toMatchObject({
      date: day(), customer: 'Shanghai Minghua Electronics Co. Ltd', action: 'reminder', stage: 'statement', channel: 'email',
      invoices: ['INV-2026-0815', 'INV-2026-0902'],
    });

    // The next opening for that customer shows it; the next stage is named for 7 days on, not suggested now.
    const again = await open();
    await expect.poll(() => again.getByTestId('dunning-case-status').innerText()).toBe('Waiting');
    const lines = again.getByTestId('dunning-history-lines');
    expect(await lines.innerText()).toContain(day());
    expect(await lines.innerText()).toMatch(/Statement.*e-mail · INV-2026-0815, INV-2026-0902/);
    expect(await again.getByTestId('dunning-case-why').innerText()).toContain(day(7));
    expect(await again.getByTestId('dunning-stage-payment-plan').getAttribute('data-suggested')).toBe('later');
    expect(await again.getByTestId('dunning-stage-statement').getAttribute('aria-checked')).toBe('true');
    expect(await again.getByTestId('dunning-suggestion').innerText()).toContain(day(7));
    await expectPickerOnScreen(again);
    mkdirSync(ARTIFACTS, { recursive: true });
    await again.screenshot({ path: join(ARTIFACTS, `picker-history-${webmail.name.toLowerCase()}-en.png`) });
    await again.close();

    // Six days later the gap has not passed yet; seven days later the payment plan is suggested.
    expect(await shiftBackgroundClock(browser, 6)).toBe(day(6));
    const sixDays = await open();
    await expect.poll(() => sixDays.getByTestId('dunning-stage-payment-plan').getAttribute('data-suggested')).toBe('later');
    await sixDays.close();
    expect(await shiftBackgroundClock(browser, 7)).toBe(day(7));
    const later = await open();
    await expect.poll(() => later.getByTestId('dunning-stage-payment-plan').getAttribute('data-suggested')).toBe('true');
    expect(await later.getByTestId('dunning-stage-payment-plan').getAttribute('aria-checked')).toBe('true');
    expect(await later.getByTestId('dunning-history-lines').innerText()).toContain(day());

    // A second insertion (dated that day), then its undo: only that row goes.
    await later.getByTestId('dunning-language-en').click();
    await expect.poll(() => later.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0902');
    await later.getByTestId('dunning-insert-confirm').click();
    expect(await insertNotice(later)).toContain('Recorded in the collection log: Offer payment plan');
    expect((await exportedLog()).map((e) => [e.date, e.stage])).toEqual([[day(-3), 'friendly'], [day(), 'statement'], [day(7), 'payment-plan']]);
    await later.getByTestId('dunning-insert-undo').click();
    await expect.poll(() => later.getByTestId('dunning-insert-recorded').innerText()).toContain('Taken back');
    await later.close();
    const left = await exportedLog();
    expect(left.map((e) => [e.date, e.customer, e.stage])).toEqual([
      [day(-3), 'Northbridge Components Ltd', 'friendly'], [day(), 'Shanghai Minghua Electronics Co. Ltd', 'statement'],
    ]);
    expect(browser.strayRequests).toEqual([]);
  });

  it('suggests the stage after the last one sent once minGapDays have passed since it (a log imported from the CLI)', async () => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    const report = await importLog('dunning-log.csv', '\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n'
      + `${day(-8)},Northbridge Components Ltd,INV-2026-1003,reminder,friendly,email,,,,,,Tom Becker\r\n`
      + `${day(-9)},Shanghai Minghua Electronics Co. Ltd,,promise,,phone,5000.00,CNY,${day(10)},,Zhou Min on the phone,Tom Becker\r\n`);
    expect(report).toContain('2 rows added, 0 already in the log, 0 refused');
    const page = await openCompose();
    await openPickerFor(page, 'northbridge');
    await expect.poll(() => page.getByTestId('dunning-case-status').innerText()).toBe('Open');
    await expect.poll(() => page.getByTestId('dunning-stage-statement').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('dunning-stage-statement').getAttribute('data-suggested')).toBe('true');
    // A pending promise stops chasing until the day after its date.
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await expect.poll(() => page.getByTestId('dunning-case-status').innerText()).toBe('Promised to pay');
    expect(await page.getByTestId('dunning-history').innerText()).toContain(`Promised CN¥5,000.00 by ${day(10)}`);
    await page.close();
  });

  it('records a promise, a dispute, a pause and a note from the picker without inserting anything', async () => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    const page = await openCompose();
    await openPickerFor(page, 'minghua');
    const record = async (action: string, fill: Record<string, string>): Promise<void> => {
      await page.getByTestId(`dunning-record-${action}`).click();
      for (const [field, value] of Object.entries(fill)) await page.getByTestId(`dunning-record-field-${field}`).fill(value);
      await page.getByTestId('dunning-record-save').click();
      await expect.poll(() => page.getByTestId('dunning-recorded').getAttribute('data-kind')).toBe('recorded');
    };
    await record('promise', { amount: '6000', until: day(5) });
    await expect.poll(() => page.getByTestId('dunning-case-status').innerText()).toBe('Promised to pay');
    await record('dispute', { reason: 'price differs from the order' });
    await record('note', { note: 'AP manager on leave until Monday' });
    await record('pause', { until: day(14), reason: 'month-end closing' });
    await expect.poll(() => page.getByTestId('dunning-history-lines').locator('li').count()).toBe(4);
    expect(await page.getByTestId('dunning-history-lines').innerText()).toContain('price differs from the order');
    // Nothing went into the message.
    expect(await page.locator('[g_editable="true"]').innerText()).not.toContain('INV-2026-0815');
    // A refused row says why, in words, and records nothing.
    await page.getByTestId('dunning-record-dispute').click();
    await page.getByTestId('dunning-record-save').click();
    await expect.poll(() => page.getByTestId('dunning-recorded').getAttribute('data-kind')).toBe('error');
    expect(await page.getByTestId('dunning-recorded').innerText()).toContain('Reason is needed.');
    await page.close();
  });

  it('exports the log as the CLI reads it, asks before clearing, and imports the export back without duplicates', async () => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    const cliLog = readFileSync('examples/collection-log.csv', 'utf8');
    expect(await importLog('collection-log.csv', cliLog)).toContain('21 rows added');
    const page = await optionsPage();
    await expect.poll(() => page.getByTestId('log-summary').innerText()).toBe('Rows: 21 · customers: 5');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('log-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`dunning-log-${day()}.csv`);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported.startsWith('\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n')).toBe(true);
    const read = parseLogCsv(exported);
    const original = parseLogCsv(cliLog);
    if (!read.ok || !original.ok) throw new Error('unreadable export');
    expect(read.value.rejected).toEqual([]);
    expect(read.value.entries.map((e) => ({ ...e, row: 0 }))).toEqual(original.value.entries.map((e) => ({ ...e, row: 0 })));

    // Clearing asks first and offers the export.
    await page.getByTestId('clear-data').click();
    expect(await page.getByTestId('clear-data-dialog').innerText()).toContain('collection log (21 rows)');
    // The export it offers is the whole log, before anything is lost.
    const offered = page.waitForEvent('download');
    await page.getByTestId('clear-data-export').click();
    const offeredRows = parseLogCsv(readFileSync(await (await offered).path(), 'utf8'));
    expect(offeredRows.ok && offeredRows.value.entries.length).toBe(21);
    await page.getByTestId('clear-data-cancel').click();
    expect(await page.getByTestId('log-summary').innerText()).toBe('Rows: 21 · customers: 5');
    await page.getByTestId('clear-data').click();
    await page.getByTestId('clear-data-confirm').click();
    await expect.poll(() => page.getByTestId('log-summary').innerText()).toBe('Rows: 0 · customers: 0');
    await page.close();

    expect(await importLog('dunning-log.csv', exported)).toContain('21 rows added, 0 already in the log');
    expect(await importLog('dunning-log.csv', exported)).toContain('0 rows added, 21 already in the log');
  });

  it('updates a log kept by the previous version (every row an object in one item) when the background starts, and keeps every row', async () => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    const key = 'shanghai minghua electronics co. ltd';
    const cells = (date: string, action: string, stage: string, note: string): string[] =>
      [date, 'Shanghai Minghua Electronics Co. Ltd', 'INV-2026-0815', action, stage, stage ? 'email' : '', '', '', '', '', note, 'Li Na'];
    const v1 = {
      columns: ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'],
      rows: [
        { id: 'v1-a', key, cells: cells(day(-20), 'reminder', 'friendly', '') },
        { id: 'v1-b', key, cells: cells(day(-12), 'note', '', 'AP on leave, back next week') },
        { id: 'v1-c', key: 'northbridge components ltd', cells: [day(-4), 'Northbridge Components Ltd', '', 'reminder', 'friendly', 'email', '', '', '', '', '', 'Tom Becker'] },
      ],
    };
    const worker = browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)).at(-1)!;
    await worker.evaluate(async (value) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('log')));
      await local.set({ log: value, log$: { v: 1 } });
    }, v1);
    // Chrome stops the background when idle; the next message starts it, with the migration.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await options.reload();
    await expect.poll(() => options.getByTestId('log-summary').innerText()).toBe('Rows: 3 · customers: 2');
    await options.close();
    const page = await openCompose();
    await openPickerFor(page, 'minghua');
    await expect.poll(() => page.getByTestId('dunning-history-lines').locator('li').count()).toBe(2);
    expect(await page.getByTestId('dunning-history-lines').innerText()).toContain('AP on leave, back next week');
    await page.close();
    expect((await exportedLog()).map((e) => [e.date, e.customer.slice(0, 10), e.action])).toEqual([
      [day(-20), 'Shanghai M', 'reminder'], [day(-12), 'Shanghai M', 'note'], [day(-4), 'Northbridg', 'reminder'],
    ]);
  });
});
