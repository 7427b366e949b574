/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, readCells, type ExcelHost, type SyncRecord } from '../../excel-host/index.ts';
import { buildAgingSummary } from '../../../excel-addin/aging/build-aging-summary.ts';
import type { Progress } from '../../../excel-addin/excel/read-table.ts';
import { importToSheet } from '../../../excel-addin/excel/import-to-sheet.ts';
import { writeAgingSummary } from '../../../excel-addin/excel/write-aging-summary.ts';
import { writeImportReport } from '../../../excel-addin/excel/write-import-report.ts';
import { planBlocks, writeInBlocks } from '../../../excel-addin/excel/write-in-blocks.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';

/** Syncs that wrote a block: the ones made with screen updating suspended. */
function writeSyncs(host: ExcelHost, from = 0): SyncRecord[] {
  return host.syncs.slice(from).filter((s) => s.screenUpdatingSuspended);
}

/** What every block write must be: screen updating and calculation suspended, under the budget. */
function expectBlocks(syncs: readonly SyncRecord[], budget: number): void {
  expect(syncs.length).toBeGreaterThan(1);
  for (const s of syncs) {
    expect(s.calculationSuspended).toBe(true);
    expect(s.requestBytes).toBeLessThan(budget);
  }
}

function receivable(i: number, currency = 'CNY'): Receivable {
  const m = money(100_000 + i * 37, currency);
  return {
    row: i + 2, customer: `客户 ${i % 400} 有限公司`, invoice: `FP-${String(i).padStart(6, '0')}`, currency,
    amount: m, paid: money(0, currency), outstanding: m, dueDate: plainDate(i % 2 === 0 ? '2026-06-30' : '2026-10-15'),
  };
}

describe('planBlocks', () => {
  it.each([
    [[10, 10, 10, 10], 25, [[0, 2], [2, 4]]],
    [[10, 30, 10], 25, [[0, 1], [1, 2], [2, 3]]],
    [[5, 5, 5], 100, [[0, 3]]],
    [[], 100, []],
  ])('splits %j under %i bytes into consecutive blocks', (weights, budget, expected) => {
    expect(planBlocks(weights, budget).map((b) => [b.start, b.end])).toEqual(expected);
  });
});

describe('writeInBlocks: the one way the add-in writes many rows', () => {
  it('writes formats and values block by block, each sync under the budget with screen and calculation suspended, reporting progress', async () => {
    const host = createExcelHost();
    const values = Array.from({ length: 3_000 }, (_, i) => [`'INV-${i}`, i * 1.5, i % 2 === 0 ? 'x' : '']);
    const numberFormats = values.map(() => ['General', '#,##0.00', 'General']);
    const progress: Progress[] = [];
    const syncs = await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      return writeInBlocks(ctx, sheet, 4, 2, { values, numberFormats }, { maxPayloadBytes: 20_000, onProgress: (p) => progress.push(p) });
    });
    expectBlocks(writeSyncs(host), 20_000);
    expect(writeSyncs(host)).toHaveLength(syncs);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 3_000, total: 3_000 });
    expect(progress).toHaveLength(syncs);
    expect(readCells(host.model, 'Sheet1!C5:E6')).toEqual([['INV-0', 0, 'x'], ['INV-1', 1.5, '']]);
    expect(readCells(host.model, 'Sheet1!C3004:E3004')).toEqual([['INV-2999', 4498.5, '']]);
    expect(cellInfo(host.model, 'Sheet1!D3004').numberFormat).toBe('#,##0.00');
    expect(cellInfo(host.model, 'Sheet1!C3004').prefix).toBe("'");
  });

  it('gives a row heavier than the budget a block of its own', async () => {
    const host = createExcelHost({ payloadLimitBytes: 200_000 });
    const values = [['a'], ['x'.repeat(30_000)], ['b']];
    const syncs = await host.Excel.run((ctx) => writeInBlocks(ctx, ctx.workbook.worksheets.getItem('Sheet1'), 0, 0, { values }, { maxPayloadBytes: 10_000 }));
    expect(syncs).toBe(3);
    expect(readCells(host.model, 'Sheet1!A1:A3').flat().map((v) => String(v).length)).toEqual([1, 30_000, 1]);
  });

  it('refuses rows of different widths before it writes anything', async () => {
    const host = createExcelHost();
    await expect(host.Excel.run((ctx) => writeInBlocks(ctx, ctx.workbook.worksheets.getItem('Sheet1'), 0, 0, { values: [['a', 'b'], ['c']] })))
      .rejects.toThrow(RangeError);
    expect(readCells(host.model, 'Sheet1!A1:B2')).toEqual([['', ''], ['', '']]);
  });
});

describe('every step that writes many rows goes through the block writer', () => {
  it('import to a sheet', async () => {
    const host = createExcelHost();
    const progress: Progress[] = [];
    const rows = Array.from({ length: 2_000 }, (_, i) => receivable(i));
    await host.Excel.run((ctx) => importToSheet(ctx, rows, { sheetName: 'export', lang: 'zh-CN', maxPayloadBytes: 30_000, onProgress: (p) => progress.push(p) }));
    expectBlocks(writeSyncs(host), 30_000);
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 2_000, total: 2_000 });
  });

  it('the import report (a file that rejects every line)', async () => {
    const host = createExcelHost();
    const progress: Progress[] = [];
    const rejected = Array.from({ length: 3_000 }, (_, i) => ({ row: i + 2, column: 'amount', value: `lots ${i}`, reason: 'not an amount' }));
    await host.Excel.run((ctx) => writeImportReport(ctx, {
      source: { file: 'wrong.csv', encoding: 'utf-8', delimiter: ',', headerRow: 1, dataRows: 3_000, format: 'generic', lines: 3_001, mapping: {} },
      taken: 0, rejected, skipped: [],
    }, 'en', { maxPayloadBytes: 30_000, onProgress: (p) => progress.push(p) }));
    expectBlocks(writeSyncs(host), 30_000);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    expect(progress.length).toBe(writeSyncs(host).length);
  });

  it('the aging summary (thousands of customers)', async () => {
    const host = createExcelHost();
    const progress: Progress[] = [];
    const rows = Array.from({ length: 4_000 }, (_, i) => ({ ...receivable(i), customer: `Customer ${i} Trading Co., Ltd.` }));
    const summary = buildAgingSummary(rows, plainDate('2026-11-22'));
    await host.Excel.run((ctx) => writeAgingSummary(ctx, summary, 'en', { maxPayloadBytes: 30_000, onProgress: (p) => progress.push(p) }));
    expectBlocks(writeSyncs(host), 30_000);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });
});
