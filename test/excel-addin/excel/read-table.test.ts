/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { createExcelHost, FIVE_MB, seedSheet } from '../../excel-host/index.ts';
import { findReceivablesTable } from '../../../excel-addin/excel/find-receivables-table.ts';
import { readTable } from '../../../excel-addin/excel/read-table.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';

describe('readTable', () => {
  it('reads serial dates as dates, numbers as exact money, and accounts for every row', async () => {
    const host = createExcelHost();
    seedReceivables(host);
    host.model.selection = { sheet: host.model.activeSheet, rect: { row: 4, col: 2, rows: 1, cols: 1 } };
    const result = await host.Excel.run(async (ctx) => {
      const loc = await findReceivablesTable(ctx);
      if (!loc.ok) throw new Error(loc.error.message);
      return readTable(ctx, loc.value, { currency: 'CNY' });
    });
    if (!result.ok) throw new Error(result.error.message);
    // Row 8's customer was typed into Excel as =HYPERLINK(…): a formula whose value this host shows as #NAME?.
    const t = result.value;
    expect(t.receivables.map((r) => [r.row, r.customer, r.currency, r.outstanding.minor, r.dueDate])).toEqual([
      [4, 'Acme Ltd', 'USD', 1_000_000, '2026-08-31'],
      [5, 'Globex GmbH', 'EUR', 540_050, '2026-10-20'],
      [6, '深圳市华强电子有限公司', 'CNY', 8_600_000, '2026-11-30'],
      [7, 'Initech', 'USD', 0, '2026-07-15'],
      [8, '#NAME?', 'USD', 30_000, '2026-05-01'],
    ]);
    expect(t.rejected).toEqual([{ row: 9, column: 'dueDate', value: 'soon', reason: 'not a date' }]);
    expect(t.skipped).toEqual([{ row: 10, kind: 'total' }]);
    expect(t.receivables.length + t.rejected.length + t.skipped.length).toBe(7);
  });

  it('reports the fields no column carries', async () => {
    const host = createExcelHost();
    seedReceivables(host);
    const result = await host.Excel.run((ctx) => readTable(ctx, {
      sheet: 'Sheet1', headerRow: 2, firstColumn: 1, columnCount: 4, dataRowCount: 7, source: 'region',
      headers: ['Customer Name', 'Invoice No', 'Currency', 'Amount'],
    }, { currency: 'CNY' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-columns', fields: ['dueDate'] } });
  });

  it('keeps the first block under the limit too when rows carry long notes', async () => {
    const host = createExcelHost();
    const note = '客户称月底统一付款，需再次确认对账单并核对发票抬头；'.repeat(60);
    const rows: unknown[][] = [['Customer', 'Invoice', 'Amount', 'Due date', 'Notes']];
    for (let i = 0; i < 3000; i++) rows.push([`Customer ${i}`, `INV-${i}`, 100 + i, 46000 + (i % 300), note]);
    seedSheet(host.model, 'Sheet1!A1', rows);
    const result = await host.Excel.run((ctx) => readTable(ctx, {
      sheet: 'Sheet1', headerRow: 0, firstColumn: 0, columnCount: 5, dataRowCount: 3000, source: 'region',
      headers: ['Customer', 'Invoice', 'Amount', 'Due date', 'Notes'],
    }, { currency: 'CNY' }));
    expect(result.ok && result.value.receivables.length).toBe(3000);
    expect(host.syncs.every((s) => s.error === undefined && s.responseBytes < FIVE_MB)).toBe(true);
  });

  it('reads again in halves when rows turn much heavier than the ones before (Excel refuses the block)', async () => {
    const host = createExcelHost();
    const rows: unknown[][] = [['Customer', 'Invoice', 'Amount', 'Due date', 'Notes']];
    for (let i = 0; i < 6000; i++) rows.push([`Customer ${i}`, `INV-${i}`, 100 + i, 46000 + (i % 300), i < 3000 ? '' : 'x'.repeat(4000)]);
    seedSheet(host.model, 'Sheet1!A1', rows);
    const result = await host.Excel.run((ctx) => readTable(ctx, {
      sheet: 'Sheet1', headerRow: 0, firstColumn: 0, columnCount: 5, dataRowCount: 6000, source: 'region',
      headers: ['Customer', 'Invoice', 'Amount', 'Due date', 'Notes'],
    }, { currency: 'CNY' }));
    expect(result.ok && result.value.receivables.map((r) => r.row)).toEqual(Array.from({ length: 6000 }, (_, i) => i + 2));
    const refused = host.syncs.filter((s) => s.error !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });
});
