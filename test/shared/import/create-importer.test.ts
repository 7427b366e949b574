import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/import/parse-date.ts';
import {
  accountedLines, createImporter, importReceivables, type ImportOptions, type ImportResult, type Receivable,
  type RejectedRow, type SkippedRow,
} from '../../../shared/import/index.ts';
import { FIXTURES } from '../../fixtures/exports/make-fixtures.ts';
import { summarize } from './summarize.ts';

const dir = join(import.meta.dirname, '../../fixtures/exports');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function importInChunks(bytes: Uint8Array, size: number, options: ImportOptions = {}): ImportResult {
  const receivables: Receivable[] = [];
  const rejected: RejectedRow[] = [];
  const skipped: SkippedRow[] = [];
  const importer = createImporter(options, {
    receivable: (r) => receivables.push(r),
    rejected: (r) => rejected.push(r),
    skipped: (s) => skipped.push(s),
  });
  for (let at = 0; at < bytes.length; at += size) importer.push(bytes.subarray(at, at + size));
  return { receivables, rejected, skipped, source: importer.end() };
}

describe('streaming gives the same result as a whole-buffer import', () => {
  const files = FIXTURES.map((f) => f.file);
  it.each(files)('%s in 1-, 2-, 3- and 17-byte chunks (split characters, split CRLF)', (file) => {
    const bytes = readFileSync(join(dir, file));
    const whole = importReceivables(bytes);
    for (const size of [1, 2, 3, 17]) {
      const chunked = importInChunks(bytes, size);
      expect(summarize(chunked)).toEqual(summarize(whole));
      expect(chunked.source).toEqual(whole.source);
    }
  });

  it('delivers receivables before the end of the file', () => {
    let seen = 0;
    const importer = createImporter({}, { receivable: () => seen++, rejected: () => undefined, skipped: () => undefined });
    const rows = Array.from({ length: 5000 }, (_, i) => `Customer ${i},INV-${String(i).padStart(5, '0')},2026-09-01,100.00,USD`);
    importer.push(utf8(`Customer,Invoice,Due Date,Amount,Currency\n${rows.join('\n')}\n`).subarray(0, 150_000));
    expect(seen).toBeGreaterThan(1000);
    importer.end();
  });
});

describe('encodings', () => {
  it('switches to GBK when Chinese bytes first appear after 64 KiB of ASCII', () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `ACME-${i},INV-${String(i).padStart(5, '0')},2026-09-01,100.00,CNY`).join('\r\n');
    const tail = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: '北京华联商贸有限公司,INV-99999,2026-09-30,"12,000.00",人民币\r\n' });
    const head = utf8(`Customer,Invoice,Due Date,Amount,Currency\r\n${ascii}\r\n`);
    expect(head.length).toBeGreaterThan(64 * 1024);
    const bytes = new Uint8Array([...head, ...tail]);
    const r = importInChunks(bytes, 4096);
    expect(r.source.encoding).toBe('gbk');
    expect(r.receivables.at(-1)).toMatchObject({ customer: '北京华联商贸有限公司', invoice: 'INV-99999', amount: { minor: 1_200_000, currency: 'CNY' } });
    expect(r.receivables).toHaveLength(3001);
  });

  it('does not mistake a GBK lead byte cut at a chunk end for UTF-8', () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `ACME-${i},INV-${String(i).padStart(5, '0')},2026-09-01,100.00,CNY`).join('\n');
    const head = utf8(`Customer,Invoice,Due Date,Amount,Currency\n${ascii}\n`);
    const tail = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: '天津港务集团,INV-99999,2026-09-30,5.00,人民币\n' });
    // 天 is 0xCC 0xEC in GBK: 0xCC alone looks like the start of a UTF-8 character.
    expect(tail[0]).toBe(0xcc);
    const r = importInChunks(new Uint8Array([...head, ...tail]), head.length + 1);
    expect(r.source.encoding).toBe('gbk');
    expect(r.receivables.at(-1)?.customer).toBe('天津港务集团');
  });

  it('an encoding option overrides detection', () => {
    const bytes = Uint8Array.from('Kunde;Rechnung;Fällig;Betrag\nMüller;R1;15.09.2026;10,00\n', (c) => c.charCodeAt(0));
    const r = importReceivables(bytes, { encoding: 'windows-1252' });
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.receivables[0]?.customer).toBe('Müller');
  });
});

describe('day/month order is decided per column from all its values', () => {
  it('holds ambiguous rows until a later date decides, then reads them day-first', () => {
    const early = Array.from({ length: 2000 }, (_, i) => `C${i},I${i},0${1 + (i % 9)}/0${1 + (i % 9)}/2026,0${1 + (i % 9)}/1${i % 3}/2026,10.00,EUR`);
    const text = ['Customer,Invoice,Invoice Date,Due Date,Amount,Currency', ...early, 'Late,LATE-1,25/12/2026,30/12/2026,10.00,EUR'].join('\n');
    const r = importInChunks(utf8(text), 1000);
    expect(r.rejected).toEqual([]);
    expect(r.source.dateOrder).toBe('dmy');
    // C1: issue 02/02/2026, due 02/11/2026 → 2 November
    expect(r.receivables.find((x) => x.invoice === 'I1')).toMatchObject({ issueDate: '2026-02-02', dueDate: '2026-11-02' });
    expect(r.receivables).toHaveLength(2001);
  });

  it('month-first when a value shows a day in the second place', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,03/04/2026,1,USD\nB,2,12/31/2026,1,USD\n'));
    expect(r.receivables.map((x) => x.dueDate)).toEqual(['2026-03-04', '2026-12-31']);
  });

  it('a column that stays ambiguous rejects its undecided rows and says to use --date-order', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,03/04/2026,1,USD\nB,2,2026-05-01,1,USD\n'));
    expect(r.receivables.map((x) => x.invoice)).toEqual(['2']);
    expect(r.rejected).toEqual([{ row: 2, column: 'dueDate', value: '03/04/2026', reason: expect.stringContaining('use --date-order') }]);
  });

  it('the dateOrder option overrides', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,03/04/2026,1,USD\n'), { dateOrder: 'mdy' });
    expect(r.receivables[0]?.dueDate).toBe('2026-03-04');
  });
});

describe('currency', () => {
  const csv = 'Customer,Invoice,Due Date,Amount\nA,1,2026-09-01,100.00\nB,2,2026-09-01,€5.00\n';
  it('the currency option names the currency of plain amounts; a symbol wins', () => {
    const r = importReceivables(utf8(csv), { currency: 'GBP' });
    expect(r.receivables.map((x) => x.currency)).toEqual(['GBP', 'EUR']);
    expect(r.source.currencyAssumed).toBeUndefined();
  });
  it('without it, the default of the header language is assumed and reported', () => {
    const r = importReceivables(utf8(csv));
    expect(r.receivables.map((x) => x.currency)).toEqual(['USD', 'EUR']);
    expect(r.source.currencyAssumed).toBe('USD');
  });
  it('a symbol that contradicts the currency column rejects the row', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,2026-09-01,€5.00,USD\nB,2,2026-09-01,$5.00,CAD\n'));
    expect(r.rejected).toEqual([{ row: 2, column: 'currency', value: 'USD', reason: 'the amount is in EUR but the currency column says USD' }]);
    expect(r.receivables[0]?.currency).toBe('CAD');
  });
  it('more decimals than the currency has is an error, not a rounding', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,2026-09-01,5.505,USD\n'));
    expect(r.rejected[0]).toMatchObject({ column: 'amount', value: '5.505', reason: 'amount has more decimals than USD has (2)' });
  });
});

describe('mapping and structure', () => {
  it('map overrides headers the synonym table does not know', () => {
    const text = 'Kd,RgNr,Ziel,Summe offen\nMüller,R-1,2026-09-30,"1.000,00"\n';
    const r = importReceivables(utf8(text), { map: { customer: 'Kd', invoice: 'RgNr', dueDate: 'Ziel', outstanding: 'Summe offen' }, currency: 'EUR' });
    expect(r.source.mapping).toEqual({ customer: 'Kd', invoice: 'RgNr', dueDate: 'Ziel', outstanding: 'Summe offen' });
    expect(r.receivables[0]).toMatchObject({ customer: 'Müller', outstanding: { minor: 100000, currency: 'EUR' } });
  });

  it('a file without a recognisable header rejects its lines and says why', () => {
    const r = importReceivables(utf8('foo,bar\n1,2\n\n'));
    expect(r.receivables).toEqual([]);
    expect(r.rejected.map((x) => x.row)).toEqual([1, 2]);
    expect(r.rejected[0]?.reason).toContain('no header row found');
    expect(r.skipped).toEqual([{ row: 3, kind: 'blank' }]);
    expect(r.source.lines).toBe(3);
  });

  it('counts lines as a text editor does', () => {
    expect(importReceivables(utf8('')).source.lines).toBe(0);
    expect(importReceivables(utf8('\n')).source.lines).toBe(1);
    expect(importReceivables(utf8('a')).source.lines).toBe(1);
    expect(importReceivables(utf8('a\n')).source.lines).toBe(1);
    expect(importReceivables(utf8('a\r\nb\rc\n\n')).source.lines).toBe(4);
  });

  it('sums line-level amounts of line-item exports and keeps invoice-level ones once', () => {
    const text = [
      'ContactName,InvoiceNumber,DueDate,Description,Quantity,UnitAmount,LineAmount,Currency',
      'Bayside Club,INV-1,2026-09-30,Balls,10,2.00,20.00,NZD',
      'Bayside Club,INV-1,2026-09-30,Tees,5,1.00,5.00,NZD',
      'Marine Systems,INV-2,2026-09-30,Service,1,99.00,99.00,NZD',
    ].join('\n');
    const r = importReceivables(utf8(text));
    expect(summarize(r).receivables).toEqual([
      '2 INV-1 | Bayside Club | NZD 25.00 paid 0.00 open 25.00 | - → 2026-09-30 | rows 2,3',
      '4 INV-2 | Marine Systems | NZD 99.00 paid 0.00 open 99.00 | - → 2026-09-30',
    ]);
    expect(r.skipped).toContainEqual({ row: 3, kind: 'line-item' });
  });

  it('reports a repeated invoice number in a one-row-per-invoice export', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,7,2026-09-01,1,USD\nB,8,2026-09-01,1,USD\nC,7,2026-09-01,1,USD\n'));
    expect(r.rejected).toEqual([{ row: 4, column: 'invoice', value: '7', reason: 'duplicate invoice number, first seen on row 2' }]);
  });

  it('skips header lines repeated on every page', () => {
    const r = importReceivables(utf8('Customer,Invoice,Due Date,Amount,Currency\nA,1,2026-09-01,1,USD\nCustomer,Invoice,Due Date,Amount,Currency\nB,2,2026-09-01,1,USD\n'));
    expect(r.skipped).toEqual([{ row: 1, kind: 'header' }, { row: 3, kind: 'header' }]);
    expect(r.receivables).toHaveLength(2);
  });

  it('a stray quote swallows at most its own record and the rest still imports', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `Customer ${i},INV-${i},2026-09-01,100.00,USD`);
    const text = `Customer,Invoice,Due Date,Amount,Currency\n"Broken,INV-X,2026-09-01,1.00,USD\n${rows.join('\n')}\n`;
    const r = importInChunks(utf8(text), 65536);
    expect(accountedLines(r)).toBe(r.source.lines);
    expect(r.source.lines).toBe(30_002);
    expect(r.receivables.length).toBeGreaterThan(29_000);
  });
});

describe('long lines', () => {
  it('a line longer than the carry limit still counts as one line', () => {
    const long = 'x'.repeat(3 << 20);
    const text = `Customer,Invoice,Due Date,Amount,Currency\n${long},1,2026-09-01,5.00,USD\nB,2,2026-09-01,1.00,USD\n`;
    const r = importInChunks(utf8(text), 65536);
    expect(r.source.lines).toBe(3);
    expect(r.receivables.map((x) => x.invoice)).toEqual(['1', '2']);
  });
});

describe('ISO dates take a fast path that agrees with parseDate', () => {
  it('for real and impossible calendar dates, leap days and out-of-range parts', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    const iso = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.constantFrom('2024-02-29', '2026-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-04-30', '2026-12-31', '0000-01-01', '2026-1-05'),
      fc.tuple(digit, digit).map(([a, b]) => `20${a}${b}-02-29`),
    );
    fc.assert(fc.property(fc.array(iso, { minLength: 1, maxLength: 30 }), (dates) => {
      const text = ['Customer,Invoice,Due Date,Amount', ...dates.map((d, i) => `Acme,INV-${i},${d},100.00`)].join('\n');
      const r = importReceivables(utf8(text));
      const byRow = new Map(r.receivables.map((x) => [x.row, x.dueDate as string]));
      dates.forEach((d, i) => {
        const expected = parseDate(d);
        // Dates before 1900 or after 2199 are refused as implausible.
        const plausible = expected.ok && expected.date >= '1900-01-01' && expected.date <= '2199-12-31';
        expect(byRow.get(i + 2)).toBe(plausible ? expected.date : undefined);
      });
    }), { numRuns: 300 });
  });
});

describe('currency symbols in the amounts of one row', () => {
  it('take the symbol when the columns agree, and reject a row whose amounts disagree', () => {
    const text = [
      'Customer,Invoice,Due Date,Amount,Paid',
      'A,1,2026-09-01,$100.00,$20.00',
      'B,2,2026-09-01,100.00,£20.00',
      'C,3,2026-09-01,€100.00,$20.00',
      'D,4,2026-09-01,100.00,0.00',
    ].join('\n');
    const r = importReceivables(utf8(text), { currency: 'CNY' });
    expect(r.receivables.map((x) => [x.invoice, x.currency, x.outstanding.minor])).toEqual([['1', 'USD', 8000], ['2', 'GBP', 8000], ['4', 'CNY', 10000]]);
    expect(r.rejected).toEqual([{ row: 4, column: 'paid', value: '$20.00', reason: 'amounts in one row name different currencies (EUR and USD)' }]);
  });
});

describe('a fault in one row stays in that row', () => {
  it('an error while one row is delivered rejects that row, and every later row still imports', () => {
    const lines = ['Customer,Invoice,Due Date,Amount', ...Array.from({ length: 30 }, (_, i) => `Acme ${i},INV-${i},2026-09-01,100.00`)];
    const taken: string[] = [];
    const rejected: { row: number; reason: string }[] = [];
    const importer = createImporter({}, {
      receivable: (r) => {
        if (r.invoice === 'INV-7') throw new RangeError('a broken invariant');
        taken.push(r.invoice);
      },
      rejected: (r) => rejected.push({ row: r.row, reason: r.reason }),
      skipped: () => {},
    });
    importer.push(utf8(lines.join('\n')));
    const source = importer.end();
    expect(rejected).toEqual([{ row: 9, reason: 'this row could not be read (a broken invariant)' }]);
    expect(taken).toHaveLength(29);
    expect(taken.at(-1)).toBe('INV-29');
    expect(source.warnings).toBeUndefined();
  });
});
