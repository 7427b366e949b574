import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { startTaskPaneServer } from '../test/e2e/excel-addin/task-pane-server.ts';
import { wholePaneScreenshot } from '../test/e2e/excel-addin/whole-pane-screenshot.ts';

/*
 * `npx tsx scripts/screenshot-addin-taskpane.ts`: the README's pictures of the whole task pane at
 * 350 px, in Chinese and English, after Flag overdue and "For selected row" (the final notice to
 * Shanghai Minghua Electronics with its 0.05 % a day penalty). Builds the pane, serves it with the
 * in-memory Excel host in place of office.js (the browser tests' startTaskPaneServer, host and
 * ledger) in Debian's Chromium (CHROME_PATH or /usr/bin/chromium), and writes
 * docs/excel-addin-taskpane-350-{zh-CN,en}.png, each beside its target first and renamed over it
 * (an interrupted run never leaves half a picture). Run on purpose, never by the tests.
 */

const pane = await startTaskPaneServer();
mkdirSync('docs', { recursive: true });
try {
  const page = await pane.openPane(350, 900);
  await page.getByTestId('flag-overdue').click();
  await page.getByTestId('pane-notice').filter({ hasText: 'invoices overdue' }).waitFor();
  await page.getByTestId('reminder-from-selection').click();
  await page.getByTestId('reminder-customer').filter({ hasText: 'Shanghai Minghua Electronics Co. Ltd' }).waitFor();
  await page.getByTestId('reminder-text').waitFor();
  for (const [lang, title] of [['zh-CN', '催款助手'], ['en', 'Dunning Desk']] as const) {
    await page.getByTestId(`dunning-language-${lang}`).click();
    await page.locator('h1', { hasText: title }).waitFor();
    const target = `docs/excel-addin-taskpane-350-${lang}.png`;
    writeFileSync(`${target}.tmp`, await wholePaneScreenshot(page));
    renameSync(`${target}.tmp`, target);
    process.stdout.write(`wrote ${target}\n`);
  }
  await page.close();
} finally {
  await pane.close();
}
