/// <reference types="office-js" />
import { mkdirSync } from 'node:fs';
import { startTaskPaneServer } from '../test/e2e/excel-addin/task-pane-server.ts';

/*
 * `npx tsx scripts/addin-log-screenshots.ts`: the README's pictures of the add-in's collection log
 * at 350 px, in English and Chinese: the Today view and the Record form (an instalment plan with
 * its rows shown before saving). Builds the task pane, serves it with the in-memory Excel host in
 * place of office.js (the browser tests' host and ledger), types a log into the workbook as a
 * team would, and writes docs/excel-addin-{today,record}-350-{en,zh-CN}.png. Run on purpose,
 * never by the tests.
 */

/** A log as the team has kept it since October (dates as text: Excel takes them as dates). */
const LOG = [
  ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'],
  ['2026-10-08', 'Hengyuan Foods (Hangzhou) Ltd', 'INV-2026-0907', 'reminder', 'friendly', 'email', '', '', '', '', '', '李娜'],
  ['2026-10-22', 'Hengyuan Foods (Hangzhou) Ltd', '', 'promise', '', 'phone', 36800, 'CNY', '2026-11-10', '', '财务王经理电话承诺', '李娜'],
  ['2026-10-15', 'Shanghai Minghua Electronics Co. Ltd', 'INV-2026-0815', 'reminder', 'statement', 'email', '', '', '', '', '', '李娜'],
  ['2026-11-02', 'Globex GmbH', 'INV-2026-1105', 'dispute', '', 'email', '', '', '', 'price differs from the order', '', 'Tom'],
  ['2026-11-12', 'Acme Ltd', 'INV-2026-1020', 'reminder', 'friendly', 'email', '', '', '', '', '', 'Tom'],
];

// The browser tests' server: the built pane and the in-memory Excel host in place of office.js.
const pane = await startTaskPaneServer();
mkdirSync('docs', { recursive: true });
try {
  for (const lang of ['en', 'zh-CN'] as const) {
    const page = await pane.openPane(350, 900);
    await page.evaluate(async (rows) => {
      await Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.add('催收记录');
        sheet.getRangeByIndexes(0, 0, rows.length, 12).values = rows as (string | number)[][];
        sheet.tables.add(`A1:L${rows.length}`, true).name = 'DunningLog';
        await ctx.sync();
      });
    }, LOG);
    await page.getByTestId(`dunning-language-${lang}`).click();
    await page.getByTestId('show-today').click();
    await page.getByTestId('today-action').first().waitFor();
    await page.getByTestId('today').screenshot({ path: `docs/excel-addin-today-350-${lang}.png` });
    // The Record form: an instalment plan for the selected row's customer, its rows shown before saving.
    await page.getByTestId('reminder-from-selection').click();
    await page.getByTestId('record-plan').click();
    await page.getByTestId('record-by').fill(lang === 'zh-CN' ? '李娜' : 'Li Na');
    await page.getByTestId('plan-preview').waitFor();
    await page.getByTestId('log-actions').screenshot({ path: `docs/excel-addin-record-350-${lang}.png` });
    process.stdout.write(`docs/excel-addin-today-350-${lang}.png, docs/excel-addin-record-350-${lang}.png\n`);
    await page.close();
  }
} finally {
  await pane.close();
}
