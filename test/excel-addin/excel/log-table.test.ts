/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { appendLogRows } from '../../../excel-addin/excel/append-log-rows.ts';
import { readLogSheet } from '../../../excel-addin/excel/read-log-sheet.ts';
import type { NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate, toExcelSerial } from '../../../shared/plain-date.ts';
import { cellInfo, createExcelHost, FIVE_MB, modelSnapshot, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';

const d = plainDate;
const serial = (text: string): number => toExcelSerial(plainDate(text));

/** One row of each kind the pane records, for 深圳市华强电子 and a customer whose name reads as a formula. */
const ENTRIES: readonly NewLogEntry[] = [
  { date: d('2026-11-02'), customer: '深圳市华强电子有限公司', invoices: ['INV-2026-1001', 'INV-2026-1002'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Li Na' },
  { date: d('2026-11-09'), customer: '深圳市华强电子有限公司', invoices: [], action: 'promise', channel: 'phone', amount: money(2000000, 'CNY'), currency: 'CNY', until: d('2026-11-30'), note: '王经理电话承诺', by: 'Li Na' },
  { date: d('2026-11-10'), customer: 'Acme Ltd', invoices: ['00123'], action: 'plan', amount: money(150050, 'USD'), currency: 'USD', until: d('2026-12-10'), by: 'Tom' },
  { date: d('2026-11-10'), customer: 'Acme Ltd', invoices: ['00123'], action: 'plan', amount: money(149950, 'USD'), currency: 'USD', until: d('2027-01-10'), by: 'Tom' },
  { date: d('2026-11-11'), customer: '=HYPERLINK("http://x","y")', invoices: [], action: 'dispute', reason: '+1-2 units short', by: 'Tom' },
  { date: d('2026-11-12'), customer: '=HYPERLINK("http://x","y")', invoices: [], action: 'resolved', note: 'credit note agreed', by: 'Tom' },
  { date: d('2026-11-13'), customer: 'Globex GmbH', invoices: [], action: 'pause', until: d('2026-12-31'), reason: 'insolvency adviser', by: 'Tom' },
  { date: d('2026-11-14'), customer: 'Globex GmbH', invoices: ['R-7'], action: 'acknowledged', channel: 'letter', amount: money(990000, 'EUR'), currency: 'EUR', by: 'Tom' },
  { date: d('2026-11-15'), customer: 'Initech', invoices: [], action: 'note', note: 'new AP contact: @finance', by: 'Tom' },
  { date: d('2026-11-16'), customer: 'Tokyo Trading KK', invoices: [], action: 'payment', amount: money(150000, 'JPY'), currency: 'JPY', by: 'Tom' },
];

const HEADER = ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'];

async function append(host: ExcelHost, entries: readonly NewLogEntry[], lang: 'en' | 'zh-CN' = 'en', maxPayloadBytes?: number) {
  return host.Excel.run((ctx) => appendLogRows(ctx, entries, { lang, ...(maxPayloadBytes ? { maxPayloadBytes } : {}) }));
}

async function read(host: ExcelHost, maxResponseBytes?: number) {
  return host.Excel.run((ctx) => readLogSheet(ctx, maxResponseBytes ? { maxResponseBytes } : {}));
}

describe('the DunningLog table: created on first use, appended with rows.add', () => {
  it('creates the log sheet in the workbook\'s language with the contract columns as a table, and writes each kind of row exactly', async () => {
    const host = createExcelHost();
    const before = modelSnapshot(host.model);
    const out = await append(host, ENTRIES, 'zh-CN');
    expect(out).toEqual({ ok: true, value: { sheet: '催收记录', rows: ENTRIES.length, created: true } });
    expect(host.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect }))).toEqual([
      { name: 'DunningLog', sheet: '催收记录', rect: { row: 0, col: 0, rows: ENTRIES.length + 1, cols: 12 } },
    ]);
    expect(readCells(host.model, '催收记录!A1:L11')).toEqual([
      HEADER,
      [serial('2026-11-02'), '深圳市华强电子有限公司', 'INV-2026-1001;INV-2026-1002', 'reminder', 'friendly', 'email', '', '', '', '', '', 'Li Na'],
      [serial('2026-11-09'), '深圳市华强电子有限公司', '', 'promise', '', 'phone', 20000, 'CNY', serial('2026-11-30'), '', '王经理电话承诺', 'Li Na'],
      [serial('2026-11-10'), 'Acme Ltd', '00123', 'plan', '', '', 1500.5, 'USD', serial('2026-12-10'), '', '', 'Tom'],
      [serial('2026-11-10'), 'Acme Ltd', '00123', 'plan', '', '', 1499.5, 'USD', serial('2027-01-10'), '', '', 'Tom'],
      [serial('2026-11-11'), '=HYPERLINK("http://x","y")', '', 'dispute', '', '', '', '', '', '+1-2 units short', '', 'Tom'],
      [serial('2026-11-12'), '=HYPERLINK("http://x","y")', '', 'resolved', '', '', '', '', '', '', 'credit note agreed', 'Tom'],
      [serial('2026-11-13'), 'Globex GmbH', '', 'pause', '', '', '', '', serial('2026-12-31'), 'insolvency adviser', '', 'Tom'],
      [serial('2026-11-14'), 'Globex GmbH', 'R-7', 'acknowledged', '', 'letter', 9900, 'EUR', '', '', '', 'Tom'],
      [serial('2026-11-15'), 'Initech', '', 'note', '', '', '', '', '', '', 'new AP contact: @finance', 'Tom'],
      [serial('2026-11-16'), 'Tokyo Trading KK', '', 'payment', '', '', 150000, 'JPY', '', '', '', 'Tom'],
    ]);
    // User text is text, never a formula; dates and amounts carry their formats.
    for (const a of ['B6', 'J6', 'C4', 'K10']) expect(cellInfo(host.model, `催收记录!${a}`).formula, a).toBeUndefined();
    expect(['A2', 'I3', 'G3', 'G11'].map((a) => cellInfo(host.model, `催收记录!${a}`).numberFormat)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', '[$CNY] #,##0.00', '[$JPY] #,##0']);
    expect(host.model.sheets.find((s) => s.name === '催收记录')?.frozenRows).toBe(1);
    // The user's sheet, selection and active sheet are as they were.
    const after = modelSnapshot(host.model) as { activeSheet: string; selection: unknown; cells: Record<string, unknown> };
    expect(after.activeSheet).toBe((before as { activeSheet: string }).activeSheet);
    expect(after.selection).toEqual((before as { selection: unknown }).selection);
  });

  it('names a new log "Collection log" in English, beside a sheet of that name already there', async () => {
    const host = createExcelHost();
    seedSheet(host.model, "'Collection log'!A1", [['my own notes']]);
    const out = await append(host, ENTRIES.slice(0, 1));
    expect(out.ok && out.value.sheet).toBe('Collection log (2)');
    expect(readCells(host.model, "'Collection log'!A1")).toEqual([['my own notes']]);
  });

  it('appends after the last row, leaving every existing cell as it was', async () => {
    const host = createExcelHost();
    await append(host, ENTRIES.slice(0, 3));
    seedSheet(host.model, 'Sheet1!A1', [['ledger stays']]);
    const before = modelSnapshot(host.model, [{ sheet: 'Collection log', rect: { row: 4, col: 0, rows: 2, cols: 12 } }]) as { tables: unknown };
    const out = await append(host, ENTRIES.slice(3, 5));
    expect(out).toEqual({ ok: true, value: { sheet: 'Collection log', rows: 2, created: false } });
    const after = modelSnapshot(host.model, [{ sheet: 'Collection log', rect: { row: 4, col: 0, rows: 2, cols: 12 } }]) as { tables: unknown };
    expect({ ...after, tables: null }).toEqual({ ...before, tables: null });
    expect(readCells(host.model, "'Collection log'!B2:B6")).toEqual([['深圳市华强电子有限公司'], ['深圳市华强电子有限公司'], ['Acme Ltd'], ['Acme Ltd'], ['=HYPERLINK("http://x","y")']]);
  });

  it('reads back what it wrote, entry for entry, rows numbered as the sheet numbers them', async () => {
    const host = createExcelHost();
    await append(host, ENTRIES);
    const out = await read(host);
    if (!out.ok || !out.value) throw new Error('no log');
    expect(out.value.table.rejected).toEqual([]);
    expect(out.value.table.entries.map(({ row, ...rest }) => ({ row, ...rest }))).toEqual(ENTRIES.map((e, i) => ({ row: i + 2, ...e })));
  });

  it('gives null before any log exists, and adds nothing to the workbook by reading', async () => {
    const host = createExcelHost();
    expect(await read(host)).toEqual({ ok: true, value: null });
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('the DunningLog table as the user keeps it', () => {
  /** A log typed by hand on a sheet of the user's, then made a table named DunningLog (dates typed as dates). */
  async function handTyped(rows: unknown[][], header = HEADER): Promise<ExcelHost> {
    const host = createExcelHost();
    seedSheet(host.model, 'Log!B3', [header, ...rows]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Log').tables.add(`B3:${String.fromCharCode(65 + header.length)}${3 + rows.length}`, true).name = 'DunningLog';
      await ctx.sync();
    });
    return host;
  }

  it('counts rows typed by hand and reports a bad one by its sheet row and column, keeping the others', async () => {
    const host = await handTyped([
      ['2026-11-03', 'Acme Ltd', 'INV-1', 'call', '', 'phone', '', '', '', '', 'will pay next week', 'Li'],
      ['31/02/2026', 'Acme Ltd', '', 'note', '', '', '', '', '', '', 'typed wrong', 'Li'],
      ['2026/11/20', 'Globex GmbH', '', 'promise', '', '', '1,200.00', 'eur', '2026-12-01', '', '', 'Li'],
      ['2026-11-21', 'Globex GmbH', '', 'Promise', '', '', '', '', '', '', '', 'Li'],
      [],
    ]);
    const out = await read(host);
    if (!out.ok || !out.value) throw new Error('no log');
    const { table } = out.value;
    expect(table.entries.map((e) => [e.row, e.date, e.customer, e.action, e.amount ?? null, e.until ?? null])).toEqual([
      [4, '2026-11-03', 'Acme Ltd', 'call', null, null],
      [6, '2026-11-20', 'Globex GmbH', 'promise', money(120000, 'EUR'), '2026-12-01'],
    ]);
    expect(table.rejected.map((r) => [r.row, r.column, r.value])).toEqual([[5, 'date', '31/02/2026'], [7, 'until', '']]);
    expect(table.skipped).toEqual([{ row: 8, kind: 'blank' }]);
  });

  it('writes into the columns where the user keeps them, with a column of their own left alone', async () => {
    const header = ['customer', 'date', 'action', 'Ref', 'invoices', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'];
    const host = await handTyped([['Acme Ltd', '2026-11-03', 'note', 'A-17', '', '', '', '', '', '', '', 'hand', 'Li']], header);
    const out = await append(host, [ENTRIES[0] as NewLogEntry]);
    expect(out.ok).toBe(true);
    expect(readCells(host.model, 'Log!B5:N5')).toEqual([['深圳市华强电子有限公司', serial('2026-11-02'), 'reminder', '', 'INV-2026-1001;INV-2026-1002', 'friendly', 'email', '', '', '', '', '', 'Li Na']]);
    expect(readCells(host.model, 'Log!E4')).toEqual([['A-17']]);
  });

  it('refuses a row for a column the user deleted, writing nothing', async () => {
    const host = await handTyped([], HEADER.filter((c) => c !== 'until'));
    const before = modelSnapshot(host.model);
    const out = await append(host, [ENTRIES[1] as NewLogEntry]);
    expect(out).toMatchObject({ ok: false, error: { code: 'log-columns-missing', column: 'until', address: 'Log!B3:L3' } });
    expect(modelSnapshot(host.model)).toEqual(before);
  });

  it('refuses a log whose header lost a column it needs', async () => {
    const host = await handTyped([['2026-11-03', 'Acme Ltd']], ['when', 'customer', 'action']);
    expect(await read(host)).toMatchObject({ ok: false, error: { code: 'log-header', column: 'date', address: 'Log!B3:D3' } });
  });
});

describe('the DunningLog table within Excel on the web\'s limits', () => {
  it('appends and reads a large log in blocks, each request and response under the budget', async () => {
    const host = createExcelHost({ payloadLimitBytes: FIVE_MB });
    const entries: NewLogEntry[] = Array.from({ length: 3000 }, (_, i) => ({
      date: d('2026-10-01'), customer: `客户 ${i % 97}`, invoices: [`FP${i}`], action: 'reminder', stage: 'friendly', channel: 'email', note: 'x'.repeat(i % 50), by: 'Li Na',
    }));
    const budget = 120_000;
    const out = await append(host, entries, 'en', budget);
    expect(out.ok).toBe(true);
    const writes = host.syncs.length;
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThan(budget);
    expect(host.syncs.filter((s) => s.screenUpdatingSuspended).length).toBeGreaterThan(3);
    const back = await read(host, budget);
    if (!back.ok || !back.value) throw new Error('no log');
    expect(back.value.table.entries).toHaveLength(3000);
    expect(back.value.table.entries[2999]).toMatchObject({ row: 3001, customer: '客户 89', invoices: ['FP2999'] });
    expect(Math.max(...host.syncs.slice(writes).map((s) => s.responseBytes))).toBeLessThan(budget);
  });
});
