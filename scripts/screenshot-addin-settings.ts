// Screenshots of the add-in's settings (rules per currency, Rates and holidays) at 350 px in
// Chinese and English, for the README: `npx tsx scripts/screenshot-addin-settings.ts`.
// Builds the task pane, serves it with the in-memory Excel host in place of office.js, and
// drives Debian's Chromium (CHROME_PATH or /usr/bin/chromium). Writes docs/excel-addin-settings-350-<lang>.png.
import { mkdirSync } from 'node:fs';
import { startTaskPaneServer } from '../test/e2e/excel-addin/task-pane-server.ts';

const pane = await startTaskPaneServer();
try {
  const page = await pane.openPane(350, 2600, 'rates-settings');
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
  await pane.close();
}
