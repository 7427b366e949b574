/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, modelSnapshot, readCells, seedSheet, type ExcelHost, type OwnedRegion } from '../../excel-host/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';
import { flagReceivables as flag } from './flag-receivables.ts';


/** The owned block of the fixture: I3:R10 (header row 3, seven data rows, ten columns). */
const OWNED: OwnedRegion = { sheet: 'Sheet1', rect: { row: 2, col: 8, rows: 8, cols: 10 } };

/** The fixture with user content all around the table: notes, a second sheet, a table, a rule, a chart source. */
function busyWorkbook(): ExcelHost {
  const host = createExcelHost();
  seedReceivables(host);
  // A note two rows below the table in a column the add-in writes (outside the current region).
  seedSheet(host.model, 'Sheet1!J13', [['checked by Li, 2026-11-20']]);
  // A notes column far to the right, on the header row and a data row.
  seedSheet(host.model, 'Sheet1!AB3', [['Collector'], ['Wang']]);
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
    await addUserRule(host, 'I1:R200', '=I1="x"');
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host)).ok).toBe(true);
    expect((await flag(host)).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    // The user's rule, three severity rules, the broken-promise and the limitation rule.
    expect(host.model.conditionalFormats).toHaveLength(6);
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
    ['a number in the last owned column', 'Sheet1!R10', 42],
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
    seedSheet(host.model, 'Sheet1!B11', [['Hooli', 'INV-2026-0107', 'USD', 700, 0, '2026-09-30', '', '', '', '', '', '', 'phone first']]);
    const before = modelSnapshot(host.model);
    const result = await flag(host);
    expect(result).toMatchObject({ ok: false, error: { code: 'columns-occupied', address: 'Sheet1!N11' } });
    expect(modelSnapshot(host.model)).toEqual(before);
    expect(cellInfo(host.model, 'Sheet1!N11').value).toBe('phone first');
  });
});

/** Empties cells in the model directly, as a user clearing them would (Delete key: contents and formats). */
function clearCells(host: ExcelHost, address: string): void {
  const [, a1] = address.split('!') as [string, string];
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(address);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [col(m[1] as string), Number(m[2]) - 1, col(m[3] ?? m[1] as string), Number(m[4] ?? m[2]) - 1];
  const sheet = host.model.sheets[0];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) { const line = sheet?.rows[r]; if (line) line[c] = undefined; }
}

describe('flagOverdue finds its own columns wherever a previous run put them', () => {
  it('rewrites them where they are after the note that pushed them one column right is cleared (never "other data")', async () => {
    const host = busyWorkbook();
    // A note right beside an invoice row: the region takes column I in, so the columns go to J:O.
    seedSheet(host.model, 'Sheet1!I5', [['ask Li about the credit note']]);
    const first = await flag(host);
    expect(first).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!J3:S10', owned: { sheet: 'Sheet1', headerRow: 2, column: 9 } } });
    clearCells(host, 'Sheet1!I5');
    const before = modelSnapshot(host.model, [{ sheet: 'Sheet1', rect: { row: 2, col: 9, rows: 8, cols: 10 } }]);
    const again = await flag(host, { asOf: plainDate('2026-12-22') });
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!J3:S10', updatedInPlace: true, apart: true } });
    expect(readCells(host.model, 'Sheet1!J3:K4')).toEqual([['Days overdue', 'Bucket'], [113, '91-180']]);
    // Nothing else changed: not column I, not the user's notes, rules or sheets.
    expect(modelSnapshot(host.model, [{ sheet: 'Sheet1', rect: { row: 2, col: 9, rows: 8, cols: 10 } }])).toEqual(before);
    // Its own rules were replaced, not piled up.
    expect(host.model.conditionalFormats.filter((c) => c.formula.startsWith('=AND(ISNUMBER($J4)'))).toHaveLength(3);
  });

  it('uses the position the pane recorded when the header row holds a copy of its headers nearer the table', async () => {
    const host = busyWorkbook();
    seedSheet(host.model, 'Sheet1!I5', [['ask Li']]);
    // First run with the note: columns at J:O, which the pane records.
    const first = await flag(host);
    expect(first.ok).toBe(true);
    clearCells(host, 'Sheet1!I5');
    // The user pastes a copy of the add-in's header row (values) into their own notes area, after the real one.
    seedSheet(host.model, 'Sheet1!T3', [['Days overdue', 'Bucket', 'Penalty / interest', 'Rule', 'Total due', 'Next stage']]);
    const again = await flag(host, { previous: first.ok ? first.value.owned : undefined });
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!J3:S10' } });
    expect(readCells(host.model, 'Sheet1!T4:Y4')).toEqual([['', '', '', '', '', '']]);
  });

  it('takes back a block written with fewer of its columns (an older version, or one column deleted) and fills the rest', async () => {
    const host = busyWorkbook();
    expect((await flag(host)).ok).toBe(true);
    // Next stage gone: header and cells empty, as if the user deleted that column's contents.
    clearCells(host, 'Sheet1!N3:N10');
    const again = await flag(host);
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10', updatedInPlace: true } });
    expect(readCells(host.model, 'Sheet1!I3:N4')).toEqual([
      ['Days overdue', 'Bucket', 'Penalty / interest', 'Rule', 'Total due', 'Next stage'],
      [83, '61-90', 415, 'China, agreed penalty: 0.05 % a day', 10415, 'Formal notice'],
    ]);
  });

  it('takes back a block of an older version without the Rule column and puts Rule beside Penalty', async () => {
    const host = busyWorkbook();
    // What the add-in wrote before it had a Rule column: five columns at I:M.
    seedSheet(host.model, 'Sheet1!I3', [['Days overdue', 'Bucket', 'Penalty / interest', 'Total due', 'Next stage'], [83, '61-90', 415, 10415, 'Formal notice']]);
    const again = await flag(host);
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10', updatedInPlace: true } });
    expect(readCells(host.model, 'Sheet1!I3:N4')).toEqual([
      ['Days overdue', 'Bucket', 'Penalty / interest', 'Rule', 'Total due', 'Next stage'],
      [83, '61-90', 415, 'China, agreed penalty: 0.05 % a day', 10415, 'Formal notice'],
    ]);
  });

  it('takes back its columns in another order (the user moved Bucket to the end)', async () => {
    const host = busyWorkbook();
    expect((await flag(host)).ok).toBe(true);
    // Cut Bucket (J) and insert it after Total due: J:N read Penalty / interest, Rule, Total due, Bucket, Next stage.
    for (const line of host.model.sheets[0]?.rows.slice(2, 10) ?? []) {
      if (!line) continue;
      const [bucket] = line.splice(9, 1);
      line.splice(12, 0, bucket);
    }
    expect(readCells(host.model, 'Sheet1!J3:M3')).toEqual([['Penalty / interest', 'Rule', 'Total due', 'Bucket']]);
    const again = await flag(host);
    expect(again.ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!I3:N3')).toEqual([['Days overdue', 'Bucket', 'Penalty / interest', 'Rule', 'Total due', 'Next stage']]);
  });

  it('still refuses over a cell of the user\'s inside a block it finds apart', async () => {
    const host = busyWorkbook();
    seedSheet(host.model, 'Sheet1!I5', [['ask Li']]);
    expect((await flag(host)).ok).toBe(true);
    clearCells(host, 'Sheet1!I5');
    // The table gained a row since, and the user wrote beside it where Next stage would go.
    seedSheet(host.model, 'Sheet1!B11', [['Hooli', 'INV-2026-0107', 'USD', 700, 0, '2026-09-30', '']]);
    seedSheet(host.model, 'Sheet1!N11', [['phone first']]);
    const before = modelSnapshot(host.model);
    expect(await flag(host)).toMatchObject({ ok: false, error: { code: 'columns-occupied', address: 'Sheet1!N11' } });
    expect(modelSnapshot(host.model)).toEqual(before);
  });
});
