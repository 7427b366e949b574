import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { createReportCsvWriter } from '../../cli/report-csv-writer.ts';
import { csvRecord, csvTextCell as text, csvValueCell as value } from '../../shared/csv-cell.ts';
import type { TextWriter } from '../../cli/io.ts';
import { toDecimalString, type Money } from '../../shared/money.ts';
import { neutraliseFormula, restoreFormulaText } from '../../shared/neutralise-formula.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { ReportRow } from '../../shared/report/index.ts';

/** The record built with the shared cell functions (the reference the byte writer must match). */
function expectedLine(row: ReportRow): string {
  const r = row.receivable;
  return csvRecord([value(String(r.row)), text(r.customer), text(r.invoice), text(r.email ?? ''),
    text(r.currency), value(toDecimalString(r.amount)), value(toDecimalString(r.paid)), value(toDecimalString(r.outstanding)),
    value(r.issueDate ?? ''), value(r.dueDate), value(String(row.daysOverdue)), text(row.bucket), text(row.stage ?? ''), value(toDecimalString(row.penalty)),
    text(row.rule ?? ''), text((row.assumed ?? []).join('; '))]);
}

function reportRow(o: { row: number; customer: string; invoice: string; email?: string; currency: string; minor: [number, number, number, number]; days: number }): ReportRow {
  const m = (minor: number): Money => ({ minor, currency: o.currency });
  return {
    receivable: {
      row: o.row, customer: o.customer, invoice: o.invoice, currency: o.currency, ...(o.email !== undefined ? { email: o.email } : {}),
      amount: m(o.minor[0]), paid: m(o.minor[1]), outstanding: m(o.minor[2]), issueDate: '2026-04-21' as PlainDate, dueDate: '2026-05-21' as PlainDate,
    },
    daysOverdue: o.days, daysUntilDue: 0, bucket: o.days > 180 ? '180+' : 'current', stage: o.days > 0 ? 'legal' : null,
    penalty: m(o.minor[3]), compensation: m(0),
    // The rule column carries text a contract cell may have written (neutralised like any text).
    rule: o.days > 0 ? `contract ${o.customer}` : undefined,
    assumed: o.days > 180 ? ['ecbMro', 'cnHolidays'] : undefined,
  };
}

/** Both kinds of writer: one taking bytes (files, stdout) and one taking text only (test fakes). */
function capture(bytes: boolean): { writer: TextWriter; text: () => string } {
  const parts: Uint8Array[] = [];
  let text = '';
  const writer: TextWriter = bytes
    ? { write: (t) => parts.push(new TextEncoder().encode(t)), writeBytes: (b) => parts.push(b.slice()), close() {} }
    : { write: (t) => { text += t; }, close() {} };
  return { writer, text: () => (bytes ? Buffer.concat(parts).toString('utf8') : text) };
}

const ROWS = [
  { name: 'plain ASCII', customer: 'Bristol Print Works Ltd', invoice: 'INV-00000001', email: 'ap@example.com' },
  { name: 'Chinese customer name', customer: '苏州美雅纺织有限公司', invoice: '发票-0001', email: '财务@example.cn' },
  { name: 'comma and quotes are quoted', customer: 'Acme, "The Best" Inc.', invoice: 'A,1', email: 'a"b@x' },
  { name: 'non-ASCII with a comma after it', customer: 'Müller, Söhne', invoice: '№ 5', email: undefined },
  { name: 'formula is neutralised', customer: '=HYPERLINK("http://x","y")', invoice: '+1-2', email: '@evil' },
  { name: 'formula after a semicolon (a ;-separated Excel)', customer: "Acme;=cmd|' /C calc'!A0;", invoice: 'A;-1', email: 'x;@y' },
  { name: 'formula after a tab or a comma, or behind spaces', customer: 'Acme\t=1+2', invoice: 'a,+b', email: '  =x' },
  { name: 'a quote at the start of a cell stays, one before a formula is doubled', customer: "'t Hooft", invoice: "'=x", email: "'" },
  { name: 'line breaks inside a cell', customer: 'two\nlines', invoice: 'cr\rhere', email: '' },
  { name: 'emoji and a lone surrogate', customer: 'Café 😀', invoice: 'bad\ud800x', email: 'x' },
];

describe('createReportCsvWriter', () => {
  it.each(ROWS)('writes the same record as csvRecord: $name', ({ customer, invoice, email }) => {
    for (const bytes of [true, false]) {
      const out = capture(bytes);
      const w = createReportCsvWriter(out.writer);
      const row = reportRow({ row: 12, customer, invoice, ...(email !== undefined ? { email } : {}), currency: 'CNY', minor: [120000, -50, 5, 0], days: 185 });
      w.write(row);
      w.flush();
      expect(out.text()).toBe(expectedLine(row).replace('bad\ud800x', 'bad\ufffdx'));
    }
  });

  it('writes amounts with each currency\'s digits (JPY 0, BHD 3, negative, zero)', () => {
    const out = capture(true);
    const w = createReportCsvWriter(out.writer);
    const rows = [
      reportRow({ row: 3, customer: 'a', invoice: 'b', currency: 'JPY', minor: [150000, 0, -7, 3], days: 0 }),
      reportRow({ row: 4, customer: 'a', invoice: 'c', currency: 'BHD', minor: [1, 1005, -12345, 0], days: 3 }),
      reportRow({ row: 5, customer: 'a', invoice: 'd', currency: 'EUR', minor: [-1, 9, 10, 9_007_199_254_740_991], days: 1_000_000 }),
    ];
    for (const r of rows) w.write(r);
    w.flush();
    expect(out.text()).toBe(rows.map(expectedLine).join(''));
    expect(out.text()).toContain(',-0.01,0.09,0.10,');
  });

  it('matches csvRecord and round-trips through papaparse for any text', () => {
    fc.assert(fc.property(fc.array(fc.record({
      customer: fc.string({ unit: 'grapheme', minLength: 1 }), invoice: fc.string({ minLength: 1 }), email: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      currency: fc.constantFrom('CNY', 'JPY', 'GBP', 'KWD'), minor: fc.tuple(fc.integer(), fc.integer(), fc.integer(), fc.nat()), days: fc.nat(4000),
    }), { minLength: 1, maxLength: 40 }), (specs) => {
      const rows = specs.map((s, i) => reportRow({ row: i + 3, ...s, ...(s.email !== undefined ? { email: s.email } : {}) }));
      const out = capture(true);
      const w = createReportCsvWriter(out.writer);
      for (const r of rows) w.write(r);
      w.flush();
      const expected = rows.map(expectedLine).join('');
      expect(out.text()).toBe(Buffer.from(expected, 'utf8').toString('utf8'));
      const parsed = Papa.parse<string[]>(out.text(), { newline: '\r\n', delimiter: ',' }).data.filter((r) => r.length > 1);
      const written = (t: string): string => Buffer.from(t, 'utf8').toString('utf8');
      expect(parsed.map((r) => r[2])).toEqual(rows.map((r) => written(neutraliseFormula(r.receivable.invoice))));
      expect(parsed.map((r) => restoreFormulaText(r[2] ?? ''))).toEqual(rows.map((r) => written(r.receivable.invoice)));
    }));
  });

  it('flushes and grows its buffer for records longer than the buffer', () => {
    const out = capture(true);
    const w = createReportCsvWriter(out.writer);
    const row = reportRow({ row: 3, customer: 'x'.repeat(200_000), invoice: '报'.repeat(100_000), currency: 'USD', minor: [1, 0, 1, 0], days: 0 });
    for (let i = 0; i < 3; i++) w.write(row);
    w.flush();
    expect(out.text()).toBe(expectedLine(row).repeat(3));
  });
});
