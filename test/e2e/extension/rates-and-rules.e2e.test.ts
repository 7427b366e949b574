import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { expectPickerOnScreen } from './picker-checks.ts';

// One customer owing in GBP and CNY. The CNY invoice's first overdue day (2026-11-01) is past the
// built-in LPR's known-until date (2026-09-19); the GBP one's reference day (30 June 2026) is not.
const LEDGER = [
  'Customer Name,Invoice Number,Email,Currency,Invoice Date,Due Date,Amount,Amount Paid,Balance Due',
  'Harbour Bridge Trading Ltd,HB-GBP-1003,ap@harbourbridge.example,GBP,2026-09-03,2026-10-03,4200.00,0.00,4200.00',
  'Harbour Bridge Trading Ltd,HB-CNY-1031,ap@harbourbridge.example,CNY,2026-10-01,2026-10-31,10000.00,0.00,10000.00',
].join('\n');

let browser: ExtensionBrowser;
const optionsUrl = (): string => `chrome-extension://${browser.extensionId}/options.html`;

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://outlook.office365.com/mail/', 'outlook-new-mail.html');
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The picker's formal notice for the customer, open in an Outlook compose window of `context`
 * (the shared English browser unless given), in English unless `english` is false.
 */
async function formalNotice(context = browser.context, english = true): Promise<Page> {
  const page = await context.newPage();
  await page.goto('https://outlook.office365.com/mail/');
  await page.locator('#new-mail').click();
  await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
  await page.getByTestId('dunning-insert').click();
  await page.getByTestId('dunning-customer-search').fill('harbour');
  await page.getByTestId('dunning-stage-formal-notice').click();
  if (english) await page.getByTestId('dunning-language-en').click();
  await expect.poll(() => page.getByTestId('dunning-figure').count()).toBe(2);
  return page;
}

const figure = (page: Page, invoice: string) => page.locator(`[data-testid="dunning-figure"][data-invoice="${invoice}"]`);

describe('options: rates and holidays, rule per currency; picker: the rule and the assumed mark beside each figure', () => {
  it('shows each table with its known-until date and warns of a stale one; refuses a bad rate in plain words; takes a calendar year; escapes a file name', async () => {
    const page = await browser.context.newPage();
    await page.goto(optionsUrl());
    const section = page.getByTestId('rates-section');
    await expect.poll(() => section.getByTestId('rates-status-row').count()).toBe(5);
    const row = (id: string) => section.locator(`[data-testid="rates-status-row"][data-table="${id}"]`);
    expect(await row('cnLpr').getByTestId('rates-known-until').innerText()).toBe('2026-09-19');
    expect(await row('ecbMro').getByTestId('rates-last-value').innerText()).toBe('2.40%');
    // Today is after 2026-12-07: the ECB table (known until 2026-07-01) is more than 45 days old.
    expect(await section.locator('[data-testid="rates-stale-warning"][data-table="ecbMro"]').innerText()).toMatch(/ECB main refinancing rate is \d+ days past its known-until date \(2026-07-01\): figures after it assume 2\.40%/);

    await page.getByTestId('rate-table').selectOption('ecbMro');
    await page.getByTestId('rate-from').fill('2026-12-17');
    await page.getByTestId('rate-value').fill('2,65');
    await page.getByTestId('rate-add').click();
    await expect.poll(() => page.getByTestId('rate-error').innerText()).toBe('Not added. ECB MRO, change 1, rate: must be a percent a year as a decimal string such as "3.75" (between -10 and 100) (got "2,65")');
    expect(await page.getByTestId('rates-entry').count()).toBe(0);

    await page.getByTestId('rates-paste').fill(JSON.stringify({ year: 2027, offDays: ['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-02', '2027-10-03'], workDays: [] }));
    await page.getByTestId('rates-paste-add').click();
    await expect.poll(() => row('cnHolidays').getByTestId('rates-known-until').innerText()).toBe('2027-12-31');
    expect(await page.getByTestId('rates-entry').innerText()).toContain('2027: 6 days off, 0 make-up working days');

    const hostile = '<img src=x onerror="document.title=\'pwned\'">.json';
    await page.getByTestId('rates-import-file').setInputFiles({ name: hostile, mimeType: 'application/json', buffer: Buffer.from('{"ecbMro": {"knownUntil": "2026-12-31", "changes": [{"from": "2026-12-17", "rate": "2.65"}]}}') });
    await expect.poll(() => page.getByTestId('rates-entry').count()).toBe(2);
    expect(await page.getByTestId('rates-entry').nth(1).innerText()).toContain(hostile);
    expect(await section.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await row('ecbMro').getByTestId('rates-last-value').innerText()).toBe('2.65%');
    await expect.poll(() => section.locator('[data-testid="rates-stale-warning"][data-table="ecbMro"]').count()).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'options-rates-en.png') });

    // Removing an entry takes its data back out.
    await page.getByTestId('rates-entry-remove').nth(1).click();
    await page.getByTestId('rates-entry-remove').nth(0).click();
    await expect.poll(() => page.getByTestId('rates-none').count()).toBe(1);
    expect(await row('cnHolidays').getByTestId('rates-known-until').innerText()).toBe('2026-12-31');
    await page.close();
  });

  it('charges each invoice by the rule of its currency, names the rule beside the figure and marks the assumed LPR next to it until the user adds the quote', async () => {
    const options = await browser.context.newPage();
    await options.goto(optionsUrl());
    await options.getByTestId('import-file').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER) });
    await expect.poll(() => options.getByTestId('import-report').innerText()).toContain('ledger.csv');
    await options.getByTestId('defaults-rule').selectOption('none');
    for (const [currency, preset] of [['GBP', 'uk-late-payment'], ['CNY', 'cn-lpr-1.5x']]) {
      await options.getByTestId('currency-rule-code').fill(currency!);
      await options.getByTestId('currency-rule-add').click();
      await options.getByTestId(`currency-rule-${currency}`).selectOption(preset!);
    }
    // Each currency's contract clause, worded for its rule.
    expect(await options.getByTestId('defaults-clause-GBP').innerText()).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(await options.getByTestId('defaults-clause-CNY').innerText()).toMatch(/Loan Prime Rate|LPR/);
    await options.getByTestId('currency-rule-code').fill('XX');
    await options.getByTestId('currency-rule-add').click();
    expect(await options.getByTestId('currency-rule-error').innerText()).toBe('"XX" is not an ISO currency code such as GBP, EUR or CNY.');
    await options.getByTestId('defaults-save').click();

    const page = await formalNotice();
    const cny = figure(page, 'HB-CNY-1031');
    const gbp = figure(page, 'HB-GBP-1003');
    expect(await cny.getByTestId('dunning-figure-rule').innerText()).toContain('China, no agreed penalty: 1-year LPR + 50 %');
    expect(await gbp.getByTestId('dunning-figure-rule').innerText()).toContain('UK Late Payment Act: Bank Rate + 8 %');
    expect(await cny.getByTestId('dunning-figure-assumed').innerText()).toBe('⚠ assumed: LPR after 2026-09-19');
    expect(await gbp.getByTestId('dunning-figure-assumed').count()).toBe(0);
    // The mark sits right beside the figure, on the same line, not in a list elsewhere.
    const amount = (await cny.getByTestId('dunning-figure-amount').boundingBox())!;
    const mark = (await cny.getByTestId('dunning-figure-assumed').boundingBox())!;
    expect(Math.abs(mark.y - amount.y)).toBeLessThan(amount.height);
    expect(mark.x).toBeGreaterThan(amount.x + amount.width - 1);
    expect(mark.x - (amount.x + amount.width)).toBeLessThan(40);
    // Each figure is the one the message states.
    const message = await page.locator('.dd-html').innerText();
    expect(message).toContain(await gbp.getByTestId('dunning-figure-amount').innerText());
    expect(message).toContain(await cny.getByTestId('dunning-figure-amount').innerText());
    await expectPickerOnScreen(page);
    await page.getByTestId('dunning-figures').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(ARTIFACTS, 'picker-figures-en.png') });
    await page.close();

    // The user adds the LPR quote in force on the first overdue day: the mark goes.
    await options.getByTestId('rate-table').selectOption('cnLpr');
    await options.getByTestId('rate-from').fill('2026-10-20');
    await options.getByTestId('rate-value').fill('2.90');
    await options.getByTestId('rate-five-year').fill('3.40');
    await options.getByTestId('rate-known-until').fill('2026-11-19');
    await options.getByTestId('rate-add').click();
    await expect.poll(() => options.getByTestId('rates-entry').count()).toBe(1);
    const again = await formalNotice();
    expect(await figure(again, 'HB-CNY-1031').getByTestId('dunning-figure-assumed').count()).toBe(0);
    expect(await figure(again, 'HB-CNY-1031').getByTestId('dunning-figure-rule').innerText()).toContain('LPR + 50 %');
    await again.close();
    await options.close();
    expect(browser.strayRequests).toEqual([]);
  });
});

describe('the same in Chinese', () => {
  it('warns of the stale tables, refuses a bad rate and marks the assumed LPR beside the figure in Chinese', async () => {
    const zh = await launchWithExtension({ uiLanguage: 'zh-CN' });
    try {
      zh.serve('https://outlook.office365.com/mail/', 'outlook-new-mail.html');
      const options = await zh.context.newPage();
      await options.goto(`chrome-extension://${zh.extensionId}/options.html`);
      const section = options.getByTestId('rates-section');
      await expect.poll(() => section.locator('h2').innerText()).toBe('利率与节假日');
      expect(await section.locator('[data-testid="rates-stale-warning"][data-table="cnLpr"]').innerText()).toMatch(/^贷款市场报价利率 LPR（一年期 \/ 五年期以上） 已超过“已知至”日期（2026-09-19）\d+ 天：此后的金额均按 3\.00% \/ 3\.50% 假定计算。/);
      await options.getByTestId('rate-table').selectOption('deBasiszinssatz');
      await options.getByTestId('rate-from').fill('2027-02-01');
      await options.getByTestId('rate-value').fill('1.27');
      await options.getByTestId('rate-add').click();
      await expect.poll(() => options.getByTestId('rate-error').innerText()).toBe('未添加。德国基础利率，第 1 条调整，日期：德国基础利率只在 1 月 1 日和 7 月 1 日调整（BGB 第247条）（填写的是 "2027-02-01"）');

      await options.getByTestId('import-file').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER) });
      await expect.poll(() => options.getByTestId('import-report').innerText()).toContain('ledger.csv');
      await options.getByTestId('defaults-rule').selectOption('cn-lpr-1.5x');
      await options.getByTestId('defaults-save').click();

      const page = await formalNotice(zh.context, false);
      const cny = page.locator('[data-testid="dunning-figure"][data-invoice="HB-CNY-1031"]');
      expect(await cny.getByTestId('dunning-figure-assumed').innerText()).toBe('⚠ 假定值：LPR 2026-09-19 之后');
      expect(await cny.getByTestId('dunning-figure-rule').innerText()).toContain('未约定违约金：一年期 LPR 加计 50%');
      await page.getByTestId('dunning-figures').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(ARTIFACTS, 'picker-figures-zh-CN.png') });
      expect(zh.strayRequests).toEqual([]);
    } finally {
      await zh.close();
    }
  });
});
