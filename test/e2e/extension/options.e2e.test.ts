import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO, importList, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://outlook.office365.com/mail/', 'outlook-new-mail.html');
  await importList(browser, 'receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

async function insertFor(customer: string, stage: string): Promise<{ body: string; subject: string }> {
  const page = await browser.context.newPage();
  await page.goto('https://outlook.office365.com/mail/');
  await page.locator('#new-mail').click();
  await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
  await page.getByTestId('dunning-insert').click();
  await page.getByTestId('dunning-customer-search').fill(customer);
  await page.getByTestId(`dunning-stage-${stage}`).click();
  await page.getByTestId('dunning-language-en').click();
  await expect.poll(() => page.getByTestId('dunning-insert-confirm').isEnabled()).toBe(true);
  await page.getByTestId('dunning-insert-confirm').click();
  const body = page.locator('div[contenteditable="true"][aria-multiline="true"]');
  await expect.poll(() => body.innerText()).toContain('Northbridge');
  const result = { body: await body.innerText(), subject: await page.locator('input[maxlength="255"]').inputValue() };
  await page.close();
  return result;
}

describe('options page', () => {
  it('shows the import report with rejected rows by row, column and value', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'ar-aging.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Customer,Invoice,Email,Currency,Due Date,Amount,Paid,Balance\nMinghua,INV-1,ap@minghua.example,CNY,2026-02-30,100.00,0.00,100.00\n'),
    });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('ar-aging.csv');
    expect(await report.innerText()).toMatch(/dueDate|Due Date/);
    expect(await report.innerText()).toContain('2026-02-30');
    // Put the full list back for the other tests.
    await page.getByTestId('import-file').setInputFiles(`${process.cwd()}/test/fixtures/webmail/receivables.csv`);
    await expect.poll(() => report.innerText()).toContain('receivables.csv');
    await page.close();
  });

  it('imports the JSON of `dunning report --format json` (the add-in exports the same) and inserts from it', async () => {
    const json = execFileSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'report', join(FIXTURES, 'receivables.csv'), '--format', 'json'], { cwd: REPO });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('import-file').setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: json });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('report.json');
    expect(await report.innerText()).toContain('report-json');
    const inserted = await insertFor('northbridge', 'statement');
    expect(inserted.body).toContain('INV-2026-1003');
    // Put the CSV back for the other tests.
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'receivables.csv'));
    await expect.poll(() => report.innerText()).toContain('receivables.csv');
    await page.close();
  });

  it('a saved profile and template override are what gets inserted; reset brings back the built-in', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('profile-company').fill('Huadong Trading Co., Ltd.');
    await page.getByTestId('profile-sender').fill('Li Na');
    await page.getByTestId('profile-save').click();

    await page.getByTestId('template-stage').selectOption('friendly');
    await page.getByTestId('template-lang').selectOption('en');
    await page.getByTestId('template-body').fill('Dear {{customer.nmae}}');
    await expect.poll(() => page.getByTestId('template-errors').innerText()).toContain('customer.nmae');
    expect(await page.getByTestId('template-save').isDisabled()).toBe(true);
    await page.getByTestId('template-subject').fill('Open items from {{company.name}}');
    await page.getByTestId('template-body').fill('Dear {{customer.name}},\n\nour records show {{totals.outstanding}} open.\n\n{{sender.name}}');
    await expect.poll(() => page.getByTestId('template-preview').innerText()).toContain('Huadong Trading Co., Ltd.');
    await page.getByTestId('template-save').click();

    const custom = await insertFor('northbridge', 'friendly');
    expect(custom.subject).toBe('Open items from Huadong Trading Co., Ltd.');
    expect(custom.body).toContain('our records show £4,200.00 open.');
    expect(custom.body).toContain('Li Na');

    await page.getByTestId('template-reset').click();
    await expect.poll(() => page.getByTestId('template-body').inputValue()).not.toContain('our records show');
    const builtIn = await insertFor('northbridge', 'friendly');
    expect(builtIn.body).not.toContain('our records show');
    await page.close();
  });

  it('defaults: the rule preset shows its contract clause, and its penalty is what a formal notice states', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const clause = page.getByTestId('defaults-clause');
    await page.getByTestId('defaults-rule').selectOption('uk-late-payment');
    await expect.poll(() => clause.innerText()).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    await page.getByTestId('defaults-lang').selectOption('zh-CN');
    await page.getByTestId('defaults-rule').selectOption('cn-contract-0.05pct-daily');
    await expect.poll(() => clause.innerText()).toContain('万分之五');
    await page.getByTestId('defaults-lang').selectOption('en');
    await page.getByTestId('defaults-save').click();

    const notice = await insertFor('northbridge', 'formal-notice');
    // £4,200.00 overdue at 0.05 % a day: a figure the reminder states only under a penalty rule.
    expect(notice.body).toMatch(/0\.05\s?%/);

    await page.getByTestId('defaults-rule').selectOption('none');
    await expect.poll(() => clause.innerText()).not.toContain('0.05');
    await page.getByTestId('defaults-save').click();
    const without = await insertFor('northbridge', 'formal-notice');
    expect(without.body).not.toMatch(/0\.05\s?%/);
    await page.close();
  });

  it('a corrupt stored list is reset with a notice, never a broken picker; clear data empties it', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ receivables: { receivables: 'oops' } });
    });
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office365.com/mail/');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.getByTestId('dunning-insert').click();
    await expect.poll(() => page.locator('.dd-notice').innerText()).toContain('receivables list');
    expect(await page.getByTestId('dunning-customer').count()).toBe(0);
    // Typing a customer in still works.
    await page.getByTestId('dunning-manual').click();
    await page.getByTestId('dunning-manual-name').fill('Wuxi Lianfa Machinery');
    await page.getByTestId('dunning-manual-email').fill('cw@lianfa.example');
    await page.getByTestId('dunning-manual-invoice').fill('LF-88');
    await page.getByTestId('dunning-manual-amount').fill('5600.00');
    await page.getByTestId('dunning-manual-due').fill('2026-10-31');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('LF-88');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('[data-well="to"]').innerText(), { timeout: 5000 }).toContain('cw@lianfa.example');
    await page.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('.notice').innerText()).toContain('receivables list');
    await options.getByTestId('clear-data').click();
    await options.getByTestId('clear-data-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').innerText()).toContain('0 invoices');
    await options.close();
    expect(browser.strayRequests).toEqual([]);
  });

  it('cannot reach the network at all: the CSP of the extension pages and background allows only the extension itself', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const outcome = await page.evaluate(() => fetch('https://example.com/collect').then(() => 'reached', (e: Error) => e.name));
    expect(outcome).toBe('TypeError');
    // The background too (the same CSP covers the service worker), even to a webmail host.
    const worker = browser.context.serviceWorkers()[0]!;
    for (const url of ['https://example.com/collect', 'https://mail.google.com/mail/u/0/']) {
      expect(await worker.evaluate((u) => fetch(u).then(() => 'reached', (e: Error) => e.name), url)).toBe('TypeError');
    }
    expect(browser.strayRequests.filter((u) => u.includes('example.com'))).toEqual([]);
    await page.close();
  });
});
