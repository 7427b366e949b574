import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLogCsv } from '../../../shared/log/index.ts';
import { ARTIFACTS, importList, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { expectPickerOnScreen, insertNotice } from './picker-checks.ts';

let browser: ExtensionBrowser;

/** A local calendar day `offset` days from today, as the extension dates its rows. */
function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openCompose(url = 'https://mail.google.com/mail/u/0/'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('#compose-button').click();
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
});

afterAll(async () => {
  await browser?.close();
});

describe('the collection log in the webmail picker', () => {
  it('records the reminder Insert puts in, shows it the next time with the next stage after the gap, and undoes only that row', async () => {
    await clearAll();
    await importList(browser, 'receivables.csv');
    const page = await openCompose();
    await openPickerFor(page, 'hengyuan');
    // Nothing recorded yet: the case says so, the stage follows the days overdue.
    await expect.poll(() => page.getByTestId('dunning-case-status').innerText()).toBe('Open');
    await page.getByTestId('dunning-stage-statement').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await page.getByTestId('dunning-insert-confirm').click();
    expect(await insertNotice(page)).toContain('Recorded in the collection log:');
    await page.close();

    // The next opening for that customer shows the row.
    const again = await openCompose();
    await openPickerFor(again, 'hengyuan');
    const history = again.getByTestId('dunning-history');
    await expect.poll(() => again.getByTestId('dunning-case-status').innerText()).toBe('Waiting');
    expect(await history.getByTestId('dunning-history-lines').innerText()).toContain(day());
    expect(await history.getByTestId('dunning-history-lines').innerText()).toMatch(/Statement.*e-mail · INV-2026-0907/);
    // After the statement: a payment plan, once the 7 days between contacts have passed.
    expect(await again.getByTestId('dunning-case-why').innerText()).toContain(day(7));
    expect(await again.getByTestId('dunning-stage-payment-plan').getAttribute('data-suggested')).toBe('true');
    expect(await again.getByTestId('dunning-stage-payment-plan').getAttribute('aria-checked')).toBe('true');
    await expectPickerOnScreen(again);
    mkdirSync(ARTIFACTS, { recursive: true });
    await again.screenshot({ path: join(ARTIFACTS, 'picker-history-en.png') });

    // A second insertion, then its undo: only that row goes.
    await again.getByTestId('dunning-insert-confirm').click();
    expect(await insertNotice(again)).toContain('Recorded in the collection log:');
    await again.getByTestId('dunning-insert-undo').click();
    await expect.poll(() => again.getByTestId('dunning-insert-recorded').innerText()).toContain('Taken back');
    await again.close();
    const options = await optionsPage();
    await expect.poll(() => options.getByTestId('log-summary').innerText()).toBe('Rows: 1 · customers: 1');
    await options.close();
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
    expect(await page.getByTestId('clear-data-export').isVisible()).toBe(true);
    await page.getByTestId('clear-data-cancel').click();
    expect(await page.getByTestId('log-summary').innerText()).toBe('Rows: 21 · customers: 5');
    await page.getByTestId('clear-data').click();
    await page.getByTestId('clear-data-confirm').click();
    await expect.poll(() => page.getByTestId('log-summary').innerText()).toBe('Rows: 0 · customers: 0');
    await page.close();

    expect(await importLog('dunning-log.csv', exported)).toContain('21 rows added, 0 already in the log');
    expect(await importLog('dunning-log.csv', exported)).toContain('0 rows added, 21 already in the log');
  });
});
