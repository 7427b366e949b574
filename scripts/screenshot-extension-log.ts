/*
 * The README's screenshots of the collection log in the extension, at 1280×720, in English and
 * Chinese: the picker's case history above the stages, and the "recorded · undo" notice after
 * Insert. Run on purpose (never by the tests), after `npm run build:extension`:
 *
 *   npx tsx scripts/screenshot-extension-log.ts
 *
 * Writes docs/extension-log-history-<lang>.png and docs/extension-log-recorded-<lang>.png, on the
 * Gmail compose fixture served at the real Gmail URL, with the fixture receivables and a short
 * log (a reminder, a call, a promise that was not kept) dated around today.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importList, launchWithExtension, REPO } from '../test/e2e/extension/extension-browser.ts';

const DOCS = join(REPO, 'docs');

function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const LOG = '\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n'
  + `${day(-30)},Shanghai Minghua Electronics Co. Ltd,INV-2026-0815;INV-2026-0902,reminder,friendly,email,,,,,,Li Na\r\n`
  + `${day(-16)},Shanghai Minghua Electronics Co. Ltd,,call,,phone,,,,,"Zhou Min: the payment run is delayed, half this month",Li Na\r\n`
  + `${day(-16)},Shanghai Minghua Electronics Co. Ltd,INV-2026-0815,promise,,phone,6000.00,CNY,${day(-5)},,,Li Na\r\n`
  + `${day(-9)},Northbridge Components Ltd,INV-2026-1003,reminder,friendly,email,,,,,,Tom Becker\r\n`;

const LANGS = [
  { lang: 'en', uiLanguage: 'en-GB', url: 'https://mail.google.com/mail/u/0/', fixture: 'gmail-new-message.html' },
  { lang: 'zh-CN', uiLanguage: 'zh-CN', url: 'https://mail.google.com/mail/u/1/', fixture: 'gmail-new-message-zh.html' },
] as const;

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function importLog(page: Page): Promise<void> {
  await page.getByTestId('log-import-file').setInputFiles({ name: 'collection-log.csv', mimeType: 'text/csv', buffer: Buffer.from(LOG, 'utf8') });
  await page.getByTestId('log-import-report').waitFor();
}

mkdirSync(DOCS, { recursive: true });
for (const { lang, uiLanguage, url, fixture } of LANGS) {
  const browser = await launchWithExtension({ uiLanguage, viewport: { width: 1280, height: 720 } });
  try {
    browser.serve(url, fixture);
    await importList(browser, 'receivables.csv');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await importLog(options);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('#compose-button').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await waitFor(async () => (await page.getByTestId('dunning-history-lines').locator('li').count()) === 3, 'the case history');
    await waitFor(async () => (await page.getByTestId('dunning-preview').innerText()).includes('INV-2026-0815'), 'the preview');
    await page.screenshot({ path: join(DOCS, `extension-log-history-${lang}.png`) });

    await page.getByTestId('dunning-insert-confirm').click();
    await page.getByTestId('dunning-insert-recorded').waitFor();
    await page.screenshot({ path: join(DOCS, `extension-log-recorded-${lang}.png`) });
    process.stdout.write(`docs/extension-log-history-${lang}.png, docs/extension-log-recorded-${lang}.png\n`);
  } finally {
    await browser.close();
  }
}
