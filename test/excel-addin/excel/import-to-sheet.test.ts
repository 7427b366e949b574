/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, readCells } from '../../excel-host/index.ts';
import { importToSheet } from '../../../excel-addin/excel/import-to-sheet.ts';
import { writeImportReport } from '../../../excel-addin/excel/write-import-report.ts';
import { findReceivablesTable } from '../../../excel-addin/excel/find-receivables-table.ts';
import { readTable } from '../../../excel-addin/excel/read-table.ts';
import { importReceivables } from '../../../shared/import/index.ts';

const CSV = [
  'Customer Name,Invoice Number,Email,Currency,Amount,Amount Paid,Invoice Date,Due Date',
  'Acme Ltd,INV-0101,ap@acme.example,USD,"12,000.00",2000.00,2026-08-01,2026-08-31',
  '"=HYPERLINK(""http://x"",""y"")",INV-0102,,USD,300.00,0,2026-04-01,2026-05-01',
  '+1-2,00123,,CNY,86000.50,0,2026-10-01,2026-10-31',
  '@SUM(A1),1-30,,JPY,15000,0,2026-09-01,2026-09-30',
  'Umbrella Corp,INV-0105,,USD,abc,0,2026-09-01,2026-09-30',
].join('\n');

function imported() {
  return importReceivables(new TextEncoder().encode(CSV), { file: 'ar-export.csv' });
}

describe('importToSheet', () => {
  it('writes a table with real dates and numbers, and every text exactly as it was (never a formula)', async () => {
    const result = imported();
    expect(result.receivables).toHaveLength(4);
    const host = createExcelHost();
    const out = await host.Excel.run((ctx) => importToSheet(ctx, result.receivables, { sheetName: 'ar-export.csv', lang: 'en' }));
    expect(out).toEqual({ sheet: 'ar-export.csv', table: 'Receivables', address: "'ar-export.csv'!A1:J5", rows: 4 });
    const s = "'ar-export.csv'";
    expect(readCells(host.model, `${s}!A2:B5`)).toEqual([
      ['Acme Ltd', 'INV-0101'],
      ['=HYPERLINK("http://x","y")', 'INV-0102'],
      ['+1-2', '00123'],
      ['@SUM(A1)', '1-30'],
    ]);
    for (const a of ['A3', 'A4', 'A5', 'B4', 'B5']) expect(cellInfo(host.model, `${s}!${a}`).formula).toBeUndefined();
    expect(cellInfo(host.model, `${s}!J2`)).toMatchObject({ value: 46265, numberFormat: 'yyyy-mm-dd' });
    expect(cellInfo(host.model, `${s}!F2`)).toMatchObject({ value: 12000, numberFormat: '[$USD] #,##0.00' });
    expect(cellInfo(host.model, `${s}!H2`)).toMatchObject({ value: 10000 });
    expect(cellInfo(host.model, `${s}!F5`)).toMatchObject({ value: 15000, numberFormat: '[$JPY] #,##0' });
    expect(host.model.tables).toMatchObject([{ name: 'Receivables', rect: { row: 0, col: 0, rows: 5, cols: 10 } }]);
    expect(host.model.activeSheet.name).toBe('ar-export.csv');
  });

  it('gives a second import its own sheet and table name, and reads back to the same receivables', async () => {
    const result = imported();
    const host = createExcelHost();
    await host.Excel.run((ctx) => importToSheet(ctx, result.receivables, { sheetName: 'ar-export.csv', lang: 'zh-CN' }));
    const second = await host.Excel.run((ctx) => importToSheet(ctx, result.receivables, { sheetName: 'ar-export.csv', lang: 'zh-CN' }));
    expect(second).toMatchObject({ sheet: 'ar-export.csv (2)', table: 'Receivables2' });
    host.model.selection = { sheet: host.model.activeSheet, rect: { row: 1, col: 1, rows: 1, cols: 1 } };
    const back = await host.Excel.run(async (ctx) => {
      const loc = await findReceivablesTable(ctx);
      if (!loc.ok) throw new Error(loc.error.message);
      return readTable(ctx, loc.value, { currency: 'CNY' });
    });
    if (!back.ok) throw new Error(back.error.message);
    const strip = (r: { customer: string; invoice: string; currency: string; outstanding: { minor: number }; dueDate: string }) =>
      [r.customer, r.invoice, r.currency, r.outstanding.minor, r.dueDate];
    expect(back.value.receivables.map(strip)).toEqual(result.receivables.map(strip));
  });
});

describe('writeImportReport', () => {
  it('lists rejected and skipped rows with the file values as text', async () => {
    const result = imported();
    expect(result.rejected.length).toBeGreaterThan(0);
    const host = createExcelHost();
    const out = await host.Excel.run((ctx) => writeImportReport(ctx, {
      source: result.source, taken: result.receivables.length,
      rejected: [...result.rejected, { row: 9, column: 'customer', value: '=cmd|" /C calc"!A0', reason: 'test' }], skipped: result.skipped,
    }, 'en'));
    expect(out.sheet).toBe('Import report');
    const grid = readCells(host.model, "'Import report'!A1:D9");
    expect(grid[1]).toEqual(['File', 'ar-export.csv', '', '']);
    expect(grid[3]).toEqual(['Rows taken', 4, '', '']);
    expect(grid[5]?.[0]).toBe(`Rejected rows (${result.rejected.length + 1})`);
    // Columns and reasons in the report's language, never the core's field names.
    expect(grid[7]).toEqual([6, 'Amount', 'abc', '“abc” is not an amount']);
    expect(grid[8]).toEqual([9, 'Customer', '=cmd|" /C calc"!A0', 'test']);
    expect(cellInfo(host.model, "'Import report'!C9").formula).toBeUndefined();
  });
});

describe('importToSheet in blocks', () => {
  it('keeps every sync under the budget it is given', async () => {
    const csv = ['Customer,Invoice,Amount,Due Date', ...Array.from({ length: 300 }, (_, i) => `Customer ${i},INV-${i},${100 + i}.50,2026-10-${String(1 + (i % 28)).padStart(2, '0')}`)].join('\n');
    const result = importReceivables(new TextEncoder().encode(csv), { file: 'big.csv' });
    expect(result.receivables).toHaveLength(300);
    const host = createExcelHost({ payloadLimitBytes: 8_000 });
    const out = await host.Excel.run((ctx) => importToSheet(ctx, result.receivables, { sheetName: 'big', lang: 'en', maxPayloadBytes: 7_000 }));
    expect(out.rows).toBe(300);
    expect(host.syncs.filter((s) => s.screenUpdatingSuspended).length).toBeGreaterThan(5);
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThan(8_000);
    expect(readCells(host.model, 'big!A301:B301')).toEqual([['Customer 299', 'INV-299']]);
  });
});

describe('writeImportReport for a file that is mostly rejected', () => {
  it('writes in blocks under the budget', async () => {
    const rejected = Array.from({ length: 500 }, (_, i) => ({ row: i + 2, column: 'dueDate', value: `31/02/2026 #${i}`, reason: 'no such date' }));
    const host = createExcelHost({ payloadLimitBytes: 10_000 });
    await host.Excel.run((ctx) => writeImportReport(ctx, { source: imported().source, taken: 0, rejected, skipped: [] }, 'zh-CN', { maxPayloadBytes: 8_000 }));
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThan(10_000);
    expect(readCells(host.model, '导入报告!A507:D507')).toEqual([[501, '到期日', '31/02/2026 #499', '不存在“31/02/2026 #499”这一天']]);
  });
});
