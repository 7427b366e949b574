/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, modelSnapshot, readCells, seedSheet } from '../../excel-host/index.ts';
import { buildAgingSummary } from '../../../excel-addin/aging/build-aging-summary.ts';
import { writeAgingSummary } from '../../../excel-addin/excel/write-aging-summary.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { summarizeCustomers } from '../../../shared/customers/index.ts';

function inv(row: number, customer: string, currency: string, outstandingMinor: number, due: string): Receivable {
  const m = money(outstandingMinor, currency);
  return { row, customer, invoice: `INV-${row}`, currency, amount: m, paid: money(0, currency), outstanding: m, dueDate: plainDate(due) };
}

const AS_OF = plainDate('2026-11-22');
const LEDGER: Receivable[] = [
  inv(2, '深圳市华强电子有限公司', 'CNY', 8_600_000, '2026-11-30'),
  inv(3, '深圳市华强电子有限公司', 'CNY', 1_250_033, '2026-09-01'),
  inv(4, '上海浦东发展贸易有限公司', 'CNY', 333_333, '2026-04-15'),
  inv(5, '上海浦东发展贸易有限公司', 'CNY', 666_667, '2026-10-31'),
  inv(6, 'Acme Ltd', 'USD', 1_000_000, '2026-08-31'),
  inv(7, 'Globex GmbH', 'USD', 10, '2026-11-01'),
  inv(8, 'Initech', 'USD', 0, '2026-01-01'),
];

describe('buildAgingSummary', () => {
  it('puts each open invoice in its bucket, per currency, with totals that are exact column sums', () => {
    const s = buildAgingSummary(LEDGER, AS_OF);
    expect(s.bucketIds).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '180+']);
    expect(s.blocks.map((b) => b.currency)).toEqual(['CNY', 'USD']);
    const cny = s.blocks[0];
    expect(cny?.lines.map((l) => [l.customer, l.buckets.map((m) => m.minor), l.total.minor])).toEqual([
      ['深圳市华强电子有限公司', [8_600_000, 0, 0, 1_250_033, 0, 0], 9_850_033],
      ['上海浦东发展贸易有限公司', [0, 666_667, 0, 0, 0, 333_333], 1_000_000],
    ]);
    expect(cny?.bucketTotals.map((m) => m.minor)).toEqual([8_600_000, 666_667, 0, 1_250_033, 0, 333_333]);
    expect(cny?.total.minor).toBe(10_850_033);
    // Settled invoices are not in the aging.
    expect(s.blocks[1]?.lines.map((l) => l.customer)).toEqual(['Acme Ltd', 'Globex GmbH']);
    expect(s.blocks[1]?.lines[0]?.grade).toMatch(/^[ABCD]$/);
  });
});

describe('buildAgingSummary with a name typed two ways', () => {
  it('keeps one line per customer, as the core groups them, with the core\'s rating for it', () => {
    const ledger = [
      inv(2, 'Acme Ltd', 'USD', 500_000, '2026-03-31'),
      inv(3, 'ACME  Ltd ', 'USD', 250_000, '2026-04-30'),
      inv(4, 'Globex GmbH', 'USD', 100_000, '2026-11-30'),
    ];
    const s = buildAgingSummary(ledger, AS_OF);
    const lines = s.blocks[0]?.lines ?? [];
    expect(lines.map((l) => [l.customer, l.openInvoices, l.total.minor])).toEqual([['Acme Ltd', 2, 750_000], ['Globex GmbH', 1, 100_000]]);
    const core = summarizeCustomers(ledger, AS_OF).find((c) => c.customer === 'Acme Ltd')?.rating;
    expect(core?.grade).not.toBe('A');
    expect([lines[0]?.grade, lines[0]?.score]).toEqual([core?.grade, core?.score]);
  });
});

describe('writeAgingSummary', () => {
  it('creates the sheet with blocks per currency, totals that add up, ratings and a stacked column chart per currency', async () => {
    const host = createExcelHost();
    const result = await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(LEDGER, AS_OF), 'en'));
    expect(result).toMatchObject({ sheet: 'Aging summary', created: true, totalRows: { CNY: 6, USD: 12 } });
    const grid = readCells(host.model, "'Aging summary'!A1:J12");
    expect(grid[0]?.[0]).toBe('Aging summary as of 2026-11-22');
    expect(grid[2]?.[0]).toBe('Currency: CNY');
    expect(grid[3]).toEqual(['Customer', 'current', '1-30', '31-60', '61-90', '91-180', '180+', 'Total', 'Open invoices', 'Credit rating']);
    expect(grid[4]?.slice(0, 9)).toEqual(['深圳市华强电子有限公司', 86000, 0, 0, 12500.33, 0, 0, 98500.33, 2]);
    expect(grid[5]?.slice(0, 9)).toEqual(['上海浦东发展贸易有限公司', 0, 6666.67, 0, 0, 0, 3333.33, 10000, 2]);
    expect(grid[6]?.slice(0, 9)).toEqual(['Total', 86000, 6666.67, 0, 12500.33, 0, 3333.33, 108500.33, 4]);
    // In cents, the total row is the exact sum of the customer rows, and each row's buckets sum to its total.
    const cents = (r: number) => (grid[r] ?? []).slice(1, 8).map((v) => Math.round(Number(v) * 100));
    const cnyTotal = cents(6);
    cnyTotal.forEach((t, i) => expect(t).toBe((cents(4)[i] ?? 0) + (cents(5)[i] ?? 0)));
    const usdLines = readCells(host.model, "'Aging summary'!B11:H12").map((r) => r.map((v) => Math.round(Number(v) * 100)));
    const usdTotal = readCells(host.model, "'Aging summary'!B13:H13")[0]?.map((v) => Math.round(Number(v) * 100)) ?? [];
    usdTotal.forEach((t, i) => expect(t).toBe((usdLines[0]?.[i] ?? 0) + (usdLines[1]?.[i] ?? 0)));
    for (const line of [cents(4), cents(5), cnyTotal, ...usdLines, usdTotal]) expect(line.slice(0, 6).reduce((a, b) => a + b, 0)).toBe(line[6]);
    // Each block in its own currency's format.
    expect(cellInfo(host.model, "'Aging summary'!B5").numberFormat).toBe('[$CNY] #,##0.00');
    expect(cellInfo(host.model, "'Aging summary'!B11").numberFormat).toBe('[$USD] #,##0.00');
    // "1-30" as a header would become a date without the quote prefix.
    expect(cellInfo(host.model, "'Aging summary'!C4")).toMatchObject({ value: '1-30', prefix: "'" });
    expect(String(grid[4]?.[9])).toMatch(/^[ABCD] \(\d+\)$/);
    // One chart per currency, over that block's customers, never one axis for yuan and dollars.
    expect(host.model.charts.map((c) => [c.chartType, c.seriesBy, c.title, c.source.rect])).toEqual([
      ['ColumnStacked', 'Columns', 'Outstanding by bucket (CNY)', { row: 3, col: 0, rows: 3, cols: 7 }],
      ['ColumnStacked', 'Columns', 'Outstanding by bucket (USD)', { row: 9, col: 0, rows: 3, cols: 7 }],
    ]);
    // Side by side with the blocks, the second chart below the first (never on top of it).
    expect(host.model.charts.map((c) => c.position)).toEqual([{ start: 'L4', end: 'T21' }, { start: 'L23', end: 'T40' }]);
  });

  it('refreshes the same sheet: old cells and chart replaced, not duplicated', async () => {
    const host = createExcelHost();
    await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(LEDGER, AS_OF), 'en'));
    seedSheet(host.model, "'Aging summary'!A30", [['stale']]);
    const second = await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(LEDGER.slice(0, 2), AS_OF), 'en'));
    expect(second.created).toBe(false);
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Aging summary']);
    expect(host.model.charts.map((c) => c.title)).toEqual(['Outstanding by bucket (CNY)']);
    expect(readCells(host.model, "'Aging summary'!A30")).toEqual([['']]);
    expect(readCells(host.model, "'Aging summary'!A7")).toEqual([['']]);
  });

  it('never clears a user\'s own sheet that has the same name: writes beside it, and refreshes its own', async () => {
    const host = createExcelHost();
    seedSheet(host.model, "'Aging summary'!A1", [['My own aging, kept by hand'], ['Acme', 1200]]);
    const before = modelSnapshot(host.model);
    const first = await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(LEDGER, AS_OF), 'en'));
    expect(first).toMatchObject({ sheet: 'Aging summary (2)', created: true });
    const second = await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(LEDGER.slice(0, 2), AS_OF), 'en'));
    expect(second).toMatchObject({ sheet: 'Aging summary (2)', created: false });
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Aging summary', 'Aging summary (2)']);
    expect(readCells(host.model, "'Aging summary'!A1:B2")).toEqual([['My own aging, kept by hand', ''], ['Acme', 1200]]);
    const after = modelSnapshot(host.model, [{ sheet: 'Aging summary (2)', rect: { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } }]) as { cells: unknown };
    expect(after.cells).toEqual((before as { cells: unknown }).cells);
  });

  it('writes Chinese headings and a customer named like a formula as text', async () => {
    const host = createExcelHost();
    const ledger = [inv(2, '=HYPERLINK("http://x","y")', 'CNY', 10_000, '2026-10-01'), inv(3, '+1-2', 'CNY', 20_000, '2026-10-01')];
    await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(ledger, AS_OF), 'zh-CN'));
    expect(readCells(host.model, '账龄分析!A3:A6')).toEqual([['币种: CNY'], ['客户'], ['+1-2'], ['=HYPERLINK("http://x","y")']]);
    expect(cellInfo(host.model, '账龄分析!A5').formula).toBeUndefined();
    expect(cellInfo(host.model, '账龄分析!A6').formula).toBeUndefined();
  });
});

describe('writeAgingSummary for many customers', () => {
  it('writes in blocks under the budget, and the totals still add up', async () => {
    const ledger = Array.from({ length: 600 }, (_, i) => inv(i + 2, `Customer ${String(i).padStart(3, '0')}`, 'CNY', 10_000 + i, i % 2 ? '2026-10-01' : '2026-06-01'));
    const host = createExcelHost({ payloadLimitBytes: 20_000 });
    const out = await host.Excel.run((ctx) => writeAgingSummary(ctx, buildAgingSummary(ledger, AS_OF), 'en', { maxPayloadBytes: 15_000 }));
    expect(host.syncs.filter((s) => s.screenUpdatingSuspended).length).toBeGreaterThan(3);
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThan(20_000);
    const totalRow = (out.totalRows.CNY ?? 0) + 1;
    const lines = readCells(host.model, `'Aging summary'!H5:H${totalRow - 1}`).map((r) => Math.round(Number(r[0]) * 100));
    expect(lines).toHaveLength(600);
    expect(Math.round(Number(readCells(host.model, `'Aging summary'!H${totalRow}`)[0]?.[0]) * 100)).toBe(lines.reduce((a, b) => a + b, 0));
  });
});
