/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, readCells, seedSheet } from './index.ts';

/** A sheet with a table `Log` over A1:C1 (header only) and a note below it in E5. */
function hostWithEmptyTable() {
  const host = createExcelHost();
  seedSheet(host.model, 'Sheet1!A1', [['date', 'customer', 'amount']]);
  seedSheet(host.model, 'Sheet1!E5', [['note beside']]);
  return host;
}

async function addEmptyTable(host: ReturnType<typeof createExcelHost>): Promise<void> {
  await host.Excel.run(async (context) => {
    const t = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:C1', true);
    t.name = 'Log';
    await context.sync();
  });
}

describe('in-memory Excel host: table rows', () => {
  it('gives a table made from a header row an empty insert row, no data rows, and fills it with the first row added', async () => {
    const host = hostWithEmptyTable();
    await addEmptyTable(host);
    await host.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Log');
      const body = t.getDataBodyRange().load('address');
      const count = t.rows.getCount();
      const whole = t.getRange().load('address');
      await context.sync();
      expect([body.address, count.value, whole.address]).toEqual(['Sheet1!A2:C2', 0, 'Sheet1!A1:C2']);
      t.columns.getItem('date').getDataBodyRange().numberFormat = [['yyyy-mm-dd']];
      t.columns.getItem('AMOUNT').getDataBodyRange().numberFormat = [['#,##0.00']];
      const added = t.rows.add(undefined, [[46341, "'=HYPERLINK(\"x\")", 1200.5]]).load('index');
      await context.sync();
      expect(added.index).toBe(0);
      t.rows.add(undefined, [[46342, 'Acme', 80], [46343, 'Globex', 5]]);
      const after = t.rows.load('count');
      const range = t.getRange().load('address');
      await context.sync();
      expect([after.count, range.address]).toEqual([3, 'Sheet1!A1:C4']);
    });
    expect(readCells(host.model, 'Sheet1!A2:C4')).toEqual([[46341, '=HYPERLINK("x")', 1200.5], [46342, 'Acme', 80], [46343, 'Globex', 5]]);
    expect(cellInfo(host.model, 'Sheet1!B2').formula).toBeUndefined();
    // New rows take the formats of the table row above them.
    expect([cellInfo(host.model, 'Sheet1!A4').numberFormat, cellInfo(host.model, 'Sheet1!C4').numberFormat]).toEqual(['yyyy-mm-dd', '#,##0.00']);
    // Cells outside the table's columns do not move.
    expect(readCells(host.model, 'Sheet1!E5')).toEqual([['note beside']]);
  });

  it('inserts at an index, moving the table cells below down within its columns only', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['k', 'v'], ['a', 1], ['b', 2], [], ['under', 'table']]);
    seedSheet(host.model, 'Sheet1!D3', [['beside']]);
    await host.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B3', true);
      t.rows.add(1, [['x', 9]]);
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!A1:B6')).toEqual([['k', 'v'], ['a', 1], ['x', 9], ['b', 2], ['', ''], ['under', 'table']]);
    expect(readCells(host.model, 'Sheet1!D3')).toEqual([['beside']]);
    expect(host.model.tables[0]?.rect).toEqual({ row: 0, col: 0, rows: 4, cols: 2 });
  });

  it('takes over an empty row below the table without moving anything when alwaysInsert is false', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['k', 'v'], ['a', 1], [], ['kept', 'here']]);
    await host.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true);
      t.rows.add(undefined, [['b', 2]], false);
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!A1:B4')).toEqual([['k', 'v'], ['a', 1], ['b', 2], ['kept', 'here']]);
  });

  it('refuses values of the wrong width and changes nothing', async () => {
    const host = hostWithEmptyTable();
    await addEmptyTable(host);
    await expect(host.Excel.run(async (context) => {
      context.workbook.tables.getItem('Log').rows.add(undefined, [['only', 'two']]);
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(host.model.tables[0]?.rect.rows).toBe(2);
    expect(readCells(host.model, 'Sheet1!A2:C2')).toEqual([['', '', '']]);
  });

  it('counts a row typed into the insert row by hand', async () => {
    const host = hostWithEmptyTable();
    await addEmptyTable(host);
    seedSheet(host.model, 'Sheet1!A2', [['2026-11-03', 'Acme', 5]]);
    await host.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Log');
      const count = t.rows.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      t.rows.add(undefined, [['2026-11-04', 'Globex', 6]]);
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!B2:B3')).toEqual([['Acme'], ['Globex']]);
  });

  it('reads rows by position, deletes one, and keeps an empty insert row when the last goes', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['k', 'v'], ['a', 1], ['b', 2], ['c', 3]]);
    await host.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B4', true);
      const second = t.rows.getItemAt(1).load('values,index');
      const all = t.rows.load('items/values');
      await context.sync();
      expect(second.values).toEqual([['b', 2]]);
      expect(all.items.map((r) => r.values[0])).toEqual([['a', 1], ['b', 2], ['c', 3]]);
      second.delete();
      await context.sync();
      expect(readCells(host.model, 'Sheet1!A2:B4')).toEqual([['a', 1], ['c', 3], ['', '']]);
      t.rows.deleteRowsAt(0, 2);
      const count = t.rows.getCount();
      const body = t.getDataBodyRange().load('address');
      await context.sync();
      expect([count.value, body.address]).toEqual([0, 'Sheet1!A2:B2']);
      const missing = t.rows.getItemAt(0).load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => missing.values).toThrow();
    });
  });

  it('grows a conditional format over the table body with rows added at the end', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['k', 'v'], ['a', 1]]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const t = sheet.tables.add('A1:B2', true);
      sheet.getRange('B2').conditionalFormats.add('Custom').custom.rule.formula = '=$B2>1';
      t.rows.add(undefined, [['b', 2], ['c', 3]]);
      await context.sync();
    });
    expect(host.model.conditionalFormats[0]?.rect).toEqual({ row: 1, col: 1, rows: 3, cols: 1 });
  });

  it('moves cells down when a table is made from a header row with data right below', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['k', 'v'], ['x', 'y']]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B1', true);
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!A1:B3')).toEqual([['k', 'v'], ['', ''], ['x', 'y']]);
  });

  it('names columns and lists them with their count', async () => {
    const host = hostWithEmptyTable();
    await addEmptyTable(host);
    await host.Excel.run(async (context) => {
      const cols = context.workbook.tables.getItem('Log').columns.load('items/name,count');
      const none = context.workbook.tables.getItem('Log').columns.getItemOrNullObject('until');
      await context.sync();
      expect(cols.items.map((c) => c.name)).toEqual(['date', 'customer', 'amount']);
      expect(cols.count).toBe(3);
      expect(none.isNullObject).toBe(true);
    });
  });
});
