import { describe, expect, it } from 'vitest';
import { LOG_COLUMNS, logCsv, parseLogCsv, readLogTable } from '../../../shared/log/index.ts';

const HEADER = LOG_COLUMNS.join(',');

describe('parseLogCsv', () => {
  it('reads a log as Excel saves it back: BOM, CRLF, a note over two lines, a blank line; rows keep their physical line numbers', () => {
    const text = `\uFEFF${HEADER}\r\n`
      + '2026-10-20,Suzhou Meiya Textiles,INV-2026-0412,promise,,phone,20000.00,CNY,2026-11-15,,"Ms Wang, on the phone:\r\n""we will pay by the 15th""",Li Na\r\n'
      + '\r\n'
      + '2026-11-16,Suzhou Meiya Textiles,,reminder,deadline,letter,,,,,,Li Na\r\n';
    const read = parseLogCsv(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.entries.map((e) => [e.row, e.action])).toEqual([[2, 'promise'], [5, 'reminder']]);
    expect(read.value.entries[0]?.note).toBe('Ms Wang, on the phone:\n"we will pay by the 15th"');
    expect(read.value.skipped).toEqual([{ row: 4, kind: 'blank' }]);
    expect(read.value.lines).toBe(5);
  });

  it('reports a bad row by its line and field, and still counts the good rows around it', () => {
    const text = `${HEADER}\n2026-11-01,A,,note,,,,,,,ok,\n2026-11-02,A,,promise,,,5000,CNY,,,,\n2026-11-03,A,,call,,phone,,,,,"rang, no answer",\n`;
    const read = parseLogCsv(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.entries.map((e) => e.row)).toEqual([2, 4]);
    expect(read.value.rejected).toEqual([expect.objectContaining({ row: 3, column: 'until', code: 'required' })]);
  });

  it('keeps columns it does not know, and reads columns in any order and case', () => {
    const text = 'Action,Customer,Date,Ticket,Note\nnote,Acme,2026-11-01,HD-77,checked address\n';
    const read = parseLogCsv(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.columns).toEqual(['action', 'customer', 'date', 'Ticket', 'note']);
    expect(read.value.extraColumns).toEqual(['Ticket']);
    expect(read.value.entries[0]).toMatchObject({ customer: 'Acme', note: 'checked address', extra: { Ticket: 'HD-77' } });
  });

  it('keeps a column called __proto__ as a plain key', () => {
    const read = parseLogCsv('date,customer,action,__proto__\n2026-11-01,Acme,note,x\n');
    if (!read.ok) throw new Error(read.error.message);
    const extra = read.value.entries[0]?.extra ?? {};
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
  });

  it('reads a log a European spreadsheet saved with semicolons', () => {
    const read = parseLogCsv('date;customer;invoices;action;amount;currency\n2026-11-01;Kleinmann GmbH;RE-1;RE-2;payment;1.000,00;EUR\n2026-11-02;Kleinmann GmbH;RE-1;payment;500.00;EUR\n');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.delimiter).toBe(';');
    // The first data row has one cell too many for its header: the shifted cells are refused, not guessed.
    expect(read.value.rejected.map((r) => r.row)).toEqual([2]);
    expect(read.value.entries).toEqual([expect.objectContaining({ row: 3, invoices: ['RE-1'], amount: { minor: 50000, currency: 'EUR' } })]);
  });

  it.each([
    ['an empty file', ''],
    ['a receivables export instead of a log', 'Customer,Invoice,Due Date,Amount\nAcme,A-1,2026-10-01,100\n'],
    ['a header with a column twice', 'date,customer,action,date\n'],
  ])('refuses %s as a log, saying why', (_what, text) => {
    const read = parseLogCsv(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject({ code: 'log-header' });
  });

  it('reads the rows of the Excel table DunningLog (range.values) with the same reader', () => {
    const read = readLogTable(
      ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'],
      [[46327, 'Acme', '', 'reminder', 'friendly', 'email', '', '', '', '', '', 'li'], ['', '', '', '', '', '', '', '', '', '', '', ''], [46334, 'Acme', 'A-1', 'payment', '', '', 250, 'GBP', '', '', '', 'li']],
      { headerRow: 4 },
    );
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.entries.map((e) => [e.row, e.date, e.action])).toEqual([[5, '2026-11-01', 'reminder'], [7, '2026-11-08', 'payment']]);
    expect(read.value.skipped).toEqual([{ row: 6, kind: 'blank' }]);
  });
});

describe('logCsv', () => {
  it('writes the contract columns in order, UTF-8 with BOM, formula text guarded, and reads back the same', () => {
    const entries = [
      { date: '2026-11-15', customer: '=HYPERLINK("http://evil","x")', invoices: ['-12', 'A-2'], action: 'note', note: '@here, "quoted"\nsecond line' },
      { date: '2026-11-16', customer: '苏州美雅纺织', invoices: [], action: 'promise', amount: { minor: 2000000, currency: 'CNY' }, currency: 'CNY', until: '2026-11-30' },
    ] as const;
    const text = logCsv(entries as never);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain(`2026-11-15,"'=HYPERLINK(""http://evil"",""x"")",'-12;A-2,note,,,,,,,"'@here, ""quoted""\nsecond line",\r\n`);
    expect(text).toContain('2026-11-16,苏州美雅纺织,,promise,,,20000.00,CNY,2026-11-30,,,\r\n');
    const read = parseLogCsv(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.entries.map(({ row: _row, ...e }) => e)).toEqual(entries);
  });
});
