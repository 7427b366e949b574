/**
 * Screenshots for README of the options page's "Rates and holidays" section and the picker's
 * figures with their rules, at 1280×720, in English and Chinese (docs/extension-rates-*.png,
 * docs/extension-figures-*.png). Run on purpose, after `npm run build:extension`:
 *
 *   npx tsx scripts/screenshot-rates-settings.ts
 *
 * Uses the e2e tests' browser (Debian's Chromium with the built extension, every request answered
 * locally); the user's entry is the 2026 year of the hand-out calendar, imported as a file.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, REPO } from '../test/e2e/extension/extension-browser.ts';

const LEDGER = [
  'Customer Name,Invoice Number,Email,Currency,Invoice Date,Due Date,Amount,Amount Paid,Balance Due',
  'Harbour Bridge Trading Ltd,HB-GBP-1003,ap@harbourbridge.example,GBP,2026-09-03,2026-10-03,4200.00,0.00,4200.00',
  'Harbour Bridge Trading Ltd,HB-CNY-1031,ap@harbourbridge.example,CNY,2026-10-01,2026-10-31,10000.00,0.00,10000.00',
].join('\n');

async function shoot(uiLanguage: 'en-GB' | 'zh-CN', name: string): Promise<void> {
  const browser = await launchWithExtension({ uiLanguage });
  try {
    browser.serve('https://outlook.office365.com/mail/', 'outlook-new-mail.html');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('import-file').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER) });
    await options.getByTestId('import-report').waitFor();
    await options.getByTestId('defaults-rule').selectOption('none');
    for (const [currency, preset] of [['GBP', 'uk-late-payment'], ['CNY', 'cn-lpr-1.5x']] as const) {
      await options.getByTestId('currency-rule-code').fill(currency);
      await options.getByTestId('currency-rule-add').click();
      await options.getByTestId(`currency-rule-${currency}`).selectOption(preset);
    }
    await options.getByTestId('defaults-save').click();
    await options.getByTestId('rates-import-file').setInputFiles({
      name: 'cn-holidays-2026.json', mimeType: 'application/json',
      buffer: readFileSync(join(REPO, 'test/fixtures/reference-data/cn-holidays-2026.json')),
    });
    await options.getByTestId('rates-entry').waitFor();
    await options.getByTestId('rates-section').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await options.screenshot({ path: join(REPO, 'docs', `extension-rates-${name}.png`) });
    await options.getByTestId('currency-rules').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await options.screenshot({ path: join(REPO, 'docs', `extension-currency-rules-${name}.png`) });

    const page = await browser.context.newPage();
    await page.goto('https://outlook.office365.com/mail/');
    await page.locator('#new-mail').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('harbour');
    await page.getByTestId('dunning-stage-formal-notice').click();
    await page.getByTestId('dunning-figures').waitFor();
    await page.getByTestId('dunning-figures').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(REPO, 'docs', `extension-figures-${name}.png`) });
  } finally {
    await browser.close();
  }
}

mkdirSync(join(REPO, 'docs'), { recursive: true });
await shoot('en-GB', 'en');
await shoot('zh-CN', 'zh-CN');
console.log('docs/extension-rates-{en,zh-CN}.png, docs/extension-currency-rules-{en,zh-CN}.png, docs/extension-figures-{en,zh-CN}.png written');
