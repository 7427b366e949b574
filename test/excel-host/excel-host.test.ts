/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, readCells, seedSheet } from './index.ts';

function hostWithSheet() {
  const host = createExcelHost();
  seedSheet(host.model, 'Sheet1!B2', [
    ['Customer', 'Invoice', 'Amount', 'Due date'],
    ['Acme Ltd', 'INV-001', 1200.5, '2026-08-31'],
    ['Globex', 'INV-002', 80, '2026-09-15'],
  ]);
  return host;
}

describe('in-memory Excel host: load and sync', () => {
  it('throws PropertyNotLoaded until the property is loaded and synced', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['Customer', 'Invoice'], ['Acme Ltd', 'INV-001']]);
      expect(range.address).toBe('Sheet1!B2:C3');
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync, in order with loads of the same batch', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getUsedRange().load('address');
      sheet.getRange('H10').values = [['x']];
      expect(readCells(host.model, 'Sheet1!H10')).toEqual([['']]);
      const after = sheet.getUsedRange().load('address');
      await context.sync();
      expect(readCells(host.model, 'Sheet1!H10')).toEqual([['x']]);
      expect(before.address).toBe('Sheet1!B2:E4');
      expect(after.address).toBe('Sheet1!B2:H10');
    });
  });

  it('rejects a values array whose shape differs from the range', async () => {
    const host = hostWithSheet();
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reports ItemNotFound for a missing sheet and isNullObject for the OrNullObject variant', async () => {
    const host = hostWithSheet();
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope').load('name');
      await context.sync();
    })).rejects.toMatchObject({ code: 'ItemNotFound' });
    await host.Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItemOrNullObject('Nope').load('name');
      const t = context.workbook.worksheets.getItemOrNullObject('sheet1').load('name');
      await context.sync();
      expect(s.isNullObject).toBe(true);
      expect(t.isNullObject).toBe(false);
      expect(t.name).toBe('Sheet1');
    });
  });

  it('flushes commands still queued when the Excel.run batch returns', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['done']];
    });
    expect(readCells(host.model, 'Sheet1!A1')).toEqual([['done']]);
  });
});

describe('in-memory Excel host: what Excel makes of written text', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', { formula: '=HYPERLINK("http://x","y")' }],
    ['+1-2', { formula: '=+1-2', value: -1 }],
    ['-A1*2', { formula: '=-A1*2' }],
    ['@SUM(A1)', { formula: '=@SUM(A1)' }],
    ["'=HYPERLINK(\"http://x\",\"y\")", { value: '=HYPERLINK("http://x","y")', formula: undefined, prefix: "'" }],
    ["'+1-2", { value: '+1-2', formula: undefined }],
    ["'00123", { value: '00123', formula: undefined }],
    ['00123', { value: 123, formula: undefined }],
    ['-5', { value: -5, formula: undefined }],
    ['1,234.50', { value: 1234.5, numberFormat: '#,##0.00' }],
    ['2026-03-31', { value: 46112, numberFormat: 'yyyy-mm-dd' }],
    ['TRUE', { value: true }],
    ['Acme Ltd', { value: 'Acme Ltd', formula: undefined }],
  ])('%s', async (input, expected) => {
    const host = createExcelHost();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[input]];
      await context.sync();
    });
    const cell = cellInfo(host.model, 'Sheet1!A1') as unknown as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, cell[k]]))).toEqual(expected);
  });

  it('keeps any string as text in a cell formatted as Text (@)', async () => {
    const host = createExcelHost();
    await host.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2');
      r.numberFormat = [['@'], ['@']];
      r.values = [['=1+1'], ['007']];
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!A1:A2')).toEqual([['=1+1'], ['007']]);
    expect(cellInfo(host.model, 'Sheet1!A1').formula).toBeUndefined();
  });

  it('leaves a cell unchanged for a null entry', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B3:C3').values = [[null, 'INV-9']];
      await context.sync();
    });
    expect(readCells(host.model, 'Sheet1!B3:C3')).toEqual([['Acme Ltd', 'INV-9']]);
  });
});

describe('in-memory Excel host: regions, tables, formats, charts', () => {
  it('finds the current region around a cell and ignores a separated block', async () => {
    const host = hostWithSheet();
    seedSheet(host.model, 'Sheet1!H20', [['notes']]);
    await host.Excel.run(async (context) => {
      const region = context.workbook.worksheets.getItem('Sheet1').getRange('C3').getSurroundingRegion().load('address');
      await context.sync();
      expect(region.address).toBe('Sheet1!B2:E4');
    });
  });

  it('adds a table, finds it from a cell inside and reads its parts', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const t = sheet.tables.add('B2:E4', true);
      t.name = 'Receivables';
      await context.sync();
      const found = sheet.getRange('D3').getTables(false).getFirst().load('name');
      const none = sheet.getRange('Z9').getTables(false).load('items/name');
      const body = context.workbook.tables.getItem('Receivables').getDataBodyRange().load('address');
      const header = found.getHeaderRowRange().load('values');
      await context.sync();
      expect(found.name).toBe('Receivables');
      expect(none.items).toEqual([]);
      expect(body.address).toBe('Sheet1!B3:E4');
      expect(header.values).toEqual([['Customer', 'Invoice', 'Amount', 'Due date']]);
    });
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('C3:F9', true);
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('records conditional formats, number formats, charts and application state', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const r = sheet.getRange('D3:D4');
      r.numberFormat = [['#,##0.00'], ['#,##0.00']];
      const cf = r.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$D3>100';
      cf.custom.format.fill.color = '#FDE9E7';
      sheet.charts.add('ColumnStacked', sheet.getRange('B2:D4'), 'Columns').title.text = 'Aging';
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.application.calculationMode = 'Manual';
      await context.sync();
      const count = r.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
    expect(host.model.conditionalFormats).toMatchObject([{ type: 'Custom', formula: '=$D3>100', fill: '#FDE9E7' }]);
    expect(host.model.charts).toMatchObject([{ chartType: 'ColumnStacked', title: 'Aging', seriesBy: 'Columns' }]);
    expect(cellInfo(host.model, 'Sheet1!D4').numberFormat).toBe('#,##0.00');
    expect(host.model.calculationMode).toBe('Manual');
    expect(host.syncs[0]).toMatchObject({ screenUpdatingSuspended: true });
    expect(host.syncs[1]).toMatchObject({ screenUpdatingSuspended: false });
  });

  it('tells used cells with values from cells that only carry a format (getUsedRange valuesOnly)', async () => {
    const host = hostWithSheet();
    seedSheet(host.model, 'Sheet1!H10', [['x']]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('H10').values = [['']];
      sheet.getRange('J12').numberFormat = [['0.00']];
      await context.sync();
      const all = sheet.getUsedRange(false).load('address');
      const values = sheet.getUsedRange(true).load('address');
      const blank = sheet.getRange('F1:G30').getUsedRangeOrNullObject(true);
      const formatted = sheet.getRange('I1:K30').getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      expect([all.address, values.address, blank.isNullObject, formatted.address]).toEqual(['Sheet1!B2:J12', 'Sheet1!B2:E4', true, 'Sheet1!J12']);
    });
  });

  it('lists, reads and deletes conditional formats that intersect a range; an unloaded rule formula throws', async () => {
    const host = hostWithSheet();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const mine = sheet.getRange('D3:D4').conditionalFormats.add('Custom');
      mine.custom.rule.formula = '=$D3>100';
      const whole = sheet.getRange('A:Z').conditionalFormats.add('Custom');
      whole.custom.rule.formula = '=MOD(ROW(),2)=0';
      sheet.getRange('H1:H2').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      await context.sync();
      const found = sheet.getRange('D1:D100').conditionalFormats.load('items/type');
      await context.sync();
      expect(found.items.map((c) => c.type)).toEqual(['Custom', 'Custom']);
      const rule = found.items[0]?.custom.rule as Excel.ConditionalFormatRule;
      expect(() => rule.formula).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const formulas = found.items.map((c) => c.custom.rule.load('formula'));
      const ranges = found.items.map((c) => c.getRange().load('address'));
      await context.sync();
      expect(formulas.map((f) => f.formula)).toEqual(['=$D3>100', '=MOD(ROW(),2)=0']);
      expect(ranges.map((r) => r.address)).toEqual(['Sheet1!D3:D4', 'Sheet1!A1:Z1048576']);
      found.items[0]?.delete();
      await context.sync();
    });
    expect(host.model.conditionalFormats.map((c) => c.formula)).toEqual(['=MOD(ROW(),2)=0', '=TRUE']);
  });

  it('refuses worksheet names Excel refuses', async () => {
    const host = createExcelHost();
    for (const [name, code] of [['Aging', undefined], ['aging', 'ItemAlreadyExists'], ['a/b', 'InvalidArgument'], ['x'.repeat(32), 'InvalidArgument']] as const) {
      const run = host.Excel.run(async (context) => { context.workbook.worksheets.add(name); await context.sync(); });
      if (code) await expect(run).rejects.toMatchObject({ code });
      else await run;
    }
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Aging']);
  });
});

describe('in-memory Excel host: payload accounting', () => {
  it('counts every sync with the bytes of its request and refuses one over the limit without applying it', async () => {
    const host = createExcelHost({ payloadLimitBytes: 10_000 });
    const small = Array.from({ length: 10 }, (_, i) => [`row ${i}`]);
    const big = Array.from({ length: 2000 }, (_, i) => [`row ${i}`]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A10').values = small;
      await context.sync();
    });
    expect(host.syncs).toHaveLength(2); // the explicit sync and Excel.run's final (empty) one
    expect(host.syncs[0]?.requestBytes).toBeGreaterThan(JSON.stringify(small).length);
    expect(host.syncs[0]?.requestBytes).toBeLessThan(JSON.stringify(small).length + 200);
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1:B2000').values = big;
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(readCells(host.model, 'Sheet1!B1')).toEqual([['']]);
  });

  it('measures the response of loads too', async () => {
    const host = createExcelHost({ payloadLimitBytes: 5_000 });
    seedSheet(host.model, 'Sheet1!A1', Array.from({ length: 1000 }, (_, i) => [`customer number ${i}`]));
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A1000').load('values');
      await context.sync();
    })).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('Office global of the host', () => {
  it('keeps settings in memory until saveAsync persists them', async () => {
    const host = createExcelHost({ displayLanguage: 'zh-CN' });
    const info = await host.Office.onReady();
    expect(info.host).toBe('Excel');
    expect(host.Office.context.displayLanguage).toBe('zh-CN');
    const settings = host.Office.context.document.settings;
    expect(settings.get('dunning')).toBeNull();
    settings.set('dunning', { graceDays: 5 });
    expect(host.settings.saved).toEqual({});
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    expect(host.settings.saved).toEqual({ dunning: { graceDays: 5 } });
  });
});
