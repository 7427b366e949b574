/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, modelSnapshot, readCells, seedSheet, type ExcelHost, type OwnedRegion } from '../../excel-host/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';
import { flagReceivables as flag } from './flag-receivables.ts';


/** The owned block of the fixture: I3:M10 (header row 3, seven data rows). */
const OWNED: OwnedRegion = { sheet: 'Sheet1', rect: { row: 2, col: 8, rows: 8, cols: 5 } };

/** The fixture with user content all around the table: notes, a second sheet, a table, a rule, a chart source. */
function busyWorkbook(): ExcelHost {
  const host = createExcelHost();
  seedReceivables(host);
  // A note two rows below the table in a column the add-in writes (outside the current region).
  seedSheet(host.model, 'Sheet1!J13', [['checked by Li, 2026-11-20']]);
  // A notes column far to the right, on the header row and a data row.
  seedSheet(host.model, 'Sheet1!P3', [['Collector'], ['Wang']]);
  // A cell formatted as a date with nothing in it, beside the owned block.
  seedSheet(host.model, 'Sheet1!N20', [['=1+1']]);
  seedSheet(host.model, 'Sheet2!A1', [['Customer', 'Note'], ['Acme Ltd', '+1-2 call back']]);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 4, col: 2, rows: 1, cols: 1 } };
  return host;
}

async function addUserRule(host: ExcelHost, address: string, formula: string): Promise<void> {
  await host.Excel.run(async (ctx) => {
    const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange(address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = '#EEEEEE';
    await ctx.sync();
  });
}

describe('flagOverdue changes only the cells it owns', () => {
  it('leaves every cell, format, rule, table and sheet outside its columns as it was (first run and re-run)', async () => {
    const host = busyWorkbook();
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host)).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    expect((await flag(host, { asOf: plainDate('2027-01-31') })).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    expect(readCells(host.model, 'Sheet1!I4')).toEqual([[153]]);
  });

  it('keeps a user\'s whole-column rule and a note below the table when it re-runs', async () => {
    const host = busyWorkbook();
    // Zebra banding over A:Z, set by the user before the add-in ever ran.
    await addUserRule(host, 'A:Z', '=MOD(ROW(),2)=0');
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host)).ok).toBe(true);
    expect((await flag(host)).ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!J13')).toEqual([['checked by Li, 2026-11-20']]);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    // Its own three rules, once, over the owned data rows.
    const ours = host.model.conditionalFormats.filter((c) => c.formula.startsWith('=AND(ISNUMBER($I4)'));
    expect(ours.map((c) => c.rect)).toEqual([OWNED.rect, OWNED.rect, OWNED.rect].map((r) => ({ ...r, row: 3, rows: 7 })));
  });

  it('keeps a user rule over part of its columns', async () => {
    const host = busyWorkbook();
    await addUserRule(host, 'I1:M200', '=I1="x"');
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host)).ok).toBe(true);
    expect((await flag(host)).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    expect(host.model.conditionalFormats).toHaveLength(4);
  });

  it('runs beside a user rule that Excel split into several areas (getRange would throw on it)', async () => {
    const host = busyWorkbook();
    const sheet = host.model.sheets[0];
    if (!sheet) throw new Error('no sheet');
    host.model.conditionalFormats.push({
      id: 'user-split', sheet, rect: { row: 3, col: 1, rows: 3, cols: 12 }, moreAreas: [{ row: 7, col: 1, rows: 3, cols: 12 }],
      type: 'Custom', formula: '=$G4<TODAY()', fill: '#DDEBF7', stopIfTrue: false, priority: 5,
    });
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host)).ok).toBe(true);
    expect((await flag(host)).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    expect(host.model.conditionalFormats.map((c) => c.id)).toContain('user-split');
  });

  it.each([
    ['a note in a data cell', 'Sheet1!K7', 'call Friday'],
    ['a header of its own beside the table', 'Sheet1!M3', 'Sales rep'],
    ['a number in the last owned column', 'Sheet1!M10', 42],
  ])('refuses over user data (%s) and changes nothing anywhere in the workbook', async (_, address, value) => {
    const host = busyWorkbook();
    seedSheet(host.model, address, [[value]]);
    await addUserRule(host, 'B4:H10', '=$G4<TODAY()');
    const before = modelSnapshot(host.model);
    const result = await flag(host);
    expect(result).toMatchObject({ ok: false, error: { code: 'columns-occupied', address } });
    expect(modelSnapshot(host.model)).toEqual(before);
  });

  it('refuses on a re-run when the user typed into the row below its block, and changes nothing', async () => {
    const host = busyWorkbook();
    expect((await flag(host)).ok).toBe(true);
    // The user adds an invoice row to the table and, beside it, a note where Next stage would go.
    seedSheet(host.model, 'Sheet1!B11', [['Hooli', 'INV-2026-0107', 'USD', 700, 0, '2026-09-30', '', '', '', '', '', 'phone first']]);
    const before = modelSnapshot(host.model);
    const result = await flag(host);
    expect(result).toMatchObject({ ok: false, error: { code: 'columns-occupied', address: 'Sheet1!M11' } });
    expect(modelSnapshot(host.model)).toEqual(before);
    expect(cellInfo(host.model, 'Sheet1!M11').value).toBe('phone first');
  });
});
