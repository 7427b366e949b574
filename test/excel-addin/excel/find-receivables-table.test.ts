/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { createExcelHost, seedSheet } from '../../excel-host/index.ts';
import { findReceivablesTable } from '../../../excel-addin/excel/find-receivables-table.ts';
import { EN_HEADERS, seedReceivables } from '../receivables-sheet-fixture.ts';

function select(host: ReturnType<typeof createExcelHost>, row: number, col: number): void {
  host.model.selection = { sheet: host.model.activeSheet, rect: { row, col, rows: 1, cols: 1 } };
}

describe('findReceivablesTable', () => {
  it('takes the current region around the selection and finds the header row below a title', async () => {
    const host = createExcelHost();
    seedReceivables(host);
    select(host, 5, 3);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toEqual({
      ok: true,
      value: { sheet: 'Sheet1', headerRow: 2, firstColumn: 1, columnCount: 7, dataRowCount: 7, source: 'region', headers: EN_HEADERS },
    });
  });

  it('prefers the Excel table under the selection', async () => {
    const host = createExcelHost();
    seedReceivables(host);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').tables.add('B3:H7', true).name = 'AR';
      await ctx.sync();
    });
    select(host, 4, 2);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: true, value: { source: 'table', tableName: 'AR', headerRow: 2, dataRowCount: 4 } });
  });

  it('falls back to the used range when the selection is on an empty cell away from the data', async () => {
    const host = createExcelHost();
    seedReceivables(host);
    select(host, 40, 20);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: true, value: { source: 'used-range', headerRow: 2, firstColumn: 1, columnCount: 7 } });
  });

  it('leaves out owned columns of a previous run that the region picks up', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [
      ['客户名称', '发票号', '金额', '到期日', '逾期天数', '账龄区间', '违约金/利息', '应收合计', '下一步催收'],
      ['华强电子', 'FP001', 1000, '2026-10-01', 52, "'31-60", 26, 1026, '正式催告'],
    ]);
    select(host, 1, 0);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: true, value: { columnCount: 4, headers: ['客户名称', '发票号', '金额', '到期日'] } });
  });

  it('ends the table where a previous run\'s columns start, also when the user added a column after them', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [
      ['Customer', 'Invoice', 'Amount', 'Due date', 'Days overdue', 'Bucket', 'Penalty / interest', 'Total due', 'Next stage', 'Collector'],
      ['Acme Ltd', 'INV-1', 1000, '2026-10-01', 52, "'31-60", 26, 1026, 'Offer payment plan', 'Wang'],
    ]);
    select(host, 1, 0);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: true, value: { columnCount: 4, headers: ['Customer', 'Invoice', 'Amount', 'Due date'] } });
  });

  it('says so when nothing near the selection reads like a header', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['x', 'y'], [1, 2]]);
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: false, error: { code: 'no-header' } });
    const empty = createExcelHost();
    expect(await empty.Excel.run((ctx) => findReceivablesTable(ctx))).toMatchObject({ ok: false, error: { code: 'no-data' } });
  });
});

describe('findReceivablesTable on a table that grew over the owned columns', () => {
  it('leaves them out, so a re-run writes to the same place', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [
      ['Customer', 'Invoice', 'Amount', 'Due date', 'Days overdue', 'Bucket', 'Penalty / interest', 'Total due', 'Next stage'],
      ['Acme Ltd', 'INV-1', 1000, '2026-10-01', 52, "'31-60", 26, 1026, 'Offer payment plan'],
    ]);
    await host.Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem('Sheet1').tables.add('A1:I2', true); await ctx.sync(); });
    host.model.selection = { sheet: host.model.activeSheet, rect: { row: 1, col: 0, rows: 1, cols: 1 } };
    const found = await host.Excel.run((ctx) => findReceivablesTable(ctx));
    expect(found).toMatchObject({ ok: true, value: { source: 'table', columnCount: 4 } });
  });
});
