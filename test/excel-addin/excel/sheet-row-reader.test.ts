/// <reference types="office-js" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExcelHost } from '../../excel-host/index.ts';
import { readTable, type SheetTable } from '../../../excel-addin/excel/read-table.ts';
import type { SheetReadOptions } from '../../../excel-addin/excel/sheet-row-reader.ts';
import { importReceivables, type ImportResult } from '../../../shared/import/index.ts';
import { toExcelSerial, type PlainDate } from '../../../shared/plain-date.ts';
import { summarize } from '../../shared/import/summarize.ts';

/**
 * One cell of a generated ledger, as the CSV export writes it and as the sheet holds it: text
 * (typed with Excel's apostrophe, so it stays exactly that text), or a number (an amount, or a
 * date serial) with the number format that shows it.
 */
interface LedgerCell {
  readonly csv: string;
  readonly sheet: string | number;
  readonly format?: string;
}

const text = (t: string): LedgerCell => ({ csv: t, sheet: t === '' ? '' : `'${t}` });
const dateCell = (iso: string): LedgerCell => ({ csv: iso, sheet: toExcelSerial(iso as PlainDate), format: 'yyyy-mm-dd' });
/** An amount cell: Excel holds the number; the CSV export writes it as its format shows it. */
const amountCell = (minor: number, shown: 'plain' | 'grouped' | 'dollar' | 'yuan' | 'brackets'): LedgerCell => {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100));
  const decimals = `.${String(abs % 100).padStart(2, '0')}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = minor < 0 ? '-' : '';
  const value = minor / 100;
  switch (shown) {
    case 'plain': return { csv: `${sign}${whole}${decimals}`, sheet: value, format: '0.00' };
    case 'grouped': return { csv: `${sign}${grouped}${decimals}`, sheet: value, format: '#,##0.00' };
    case 'dollar': return { csv: `${sign}$${grouped}${decimals}`, sheet: value, format: '"$"#,##0.00' };
    case 'yuan': return { csv: `${sign}¥${grouped}${decimals}`, sheet: value, format: '[$¥-804]#,##0.00' };
    case 'brackets': return { csv: minor < 0 ? `(${grouped}${decimals})` : `${grouped}${decimals}`, sheet: value, format: '#,##0.00;(#,##0.00)' };
  }
};

const HEADERS = {
  en: ['Customer', 'Invoice No', 'Currency', 'Amount', 'Paid', 'Invoice Date', 'Due Date', 'Terms', 'Status'],
  zh: ['客户名称', '发票号', '币种', '金额', '已收金额', '开票日期', '到期日', '收款条件', '单据状态'],
} as const;

const customer = fc.constantFrom('Acme Ltd', 'Globex GmbH', '深圳市华强电子有限公司', 'Initech, Inc.', 'Umbrella "Corp"', 'Total Solutions Ltd', 'Café Zoë');
const isoDate = fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateLedgerCell: fc.Arbitrary<LedgerCell> = fc.oneof(
  { weight: 8, arbitrary: isoDate.map(dateCell) },
  { weight: 1, arbitrary: fc.constant(text('')) },
  // Text dates Excel leaves as text: read by the same rules on both sides.
  { weight: 1, arbitrary: fc.constantFrom('31/09/2026', '15.09.2026', '2026年8月1日', 'soon', '9999-12-31', '0001-01-01', '05/09/2026', '13/09/2026').map(text) },
);
const amount: fc.Arbitrary<LedgerCell> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: -500_000, max: 50_000_000 }), fc.constantFrom('plain', 'grouped', 'dollar', 'yuan', 'brackets') as fc.Arbitrary<'plain'>)
    .map(([m, shown]) => amountCell(m, shown)) },
  { weight: 1, arbitrary: fc.constantFrom('', 'n/a', '--5', '(-5.00)', '12.345').map(text) },
);

// No JPY: its amounts have no cents, and a cent in a sheet's number is rounded (as the sheet
// shows it) where the same text in a CSV is refused; that one difference has a test of its own.
/** A data row, a total or subtotal row, a blank row or a section heading. */
const line = (invoices: readonly string[]): fc.Arbitrary<LedgerCell[]> => fc.oneof(
  { weight: 10, arbitrary: fc.record({
    customer, invoice: fc.constantFrom(...invoices), currency: fc.constantFrom('', 'CNY', 'USD', 'CAD', 'EUR', 'usd', 'XYZ'),
    amount, paid: fc.oneof(amount, fc.constant(text(''))), issue: dateLedgerCell, due: dateLedgerCell,
    terms: fc.constantFrom('', 'Net 30', '30天', '月结60天', 'Due on receipt', 'someday'),
    status: fc.constantFrom('', '', '', 'void', 'draft', 'Paid', '作废'),
  }).map((r) => [text(r.customer), text(r.invoice), text(r.currency), r.amount, r.paid, r.issue, r.due, text(r.terms), text(r.status)]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Total', '合计', '总计', '合計', '總計', '小计', 'Subtotal', 'Grand Total'), fc.integer({ min: 0, max: 9_999_999 }))
    .map(([label, m]) => [text(label), text(''), text(''), amountCell(m, 'plain'), text(''), text(''), text(''), text(''), text('')]) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 9 }, () => text(''))) },
  { weight: 1, arbitrary: fc.constantFrom('1 - 30 days past due', 'Current', '客户：北京华联').map((t) => [text(t), ...Array.from({ length: 8 }, () => text(''))]) },
);

const ledger = fc.tuple(fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>, fc.array(fc.constantFrom('INV-1', 'INV-2', 'INV-3', 'FP-0042', 'A-7'), { minLength: 1, maxLength: 5 }))
  .chain(([lang, invoices]) => fc.tuple(fc.constant(lang), fc.array(line(invoices), { minLength: 1, maxLength: 25 })));

function csvField(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The CSV export of the ledger (header on line 1, as the sheet's on row 1). */
function toCsv(headers: readonly string[], rows: readonly LedgerCell[][]): Uint8Array {
  return new TextEncoder().encode([headers.join(','), ...rows.map((r) => r.map((c) => csvField(c.csv)).join(','))].join('\r\n') + '\r\n');
}

/** The ledger typed into a sheet through Office.js (text with its apostrophe, numbers with their formats), then read by the add-in. */
async function readSheet(headers: readonly string[], rows: readonly LedgerCell[][], options: SheetReadOptions): Promise<SheetTable> {
  const host = createExcelHost();
  const result = await host.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Sheet1');
    const all = sheet.getRangeByIndexes(0, 0, rows.length + 1, headers.length);
    all.numberFormat = [headers.map(() => 'General'), ...rows.map((r) => r.map((c) => c.format ?? 'General'))];
    all.values = [headers.map((h) => `'${h}`), ...rows.map((r) => r.map((c) => c.sheet))];
    await ctx.sync();
    return readTable(ctx, { sheet: 'Sheet1', headerRow: 0, firstColumn: 0, columnCount: headers.length, dataRowCount: rows.length, source: 'region', headers }, options);
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * An import result in the terms both sides share: receivables whole, rejections by row, column
 * and reason, skips (the CSV's header line, which the sheet reader is never given, left out).
 */
function comparable(r: { readonly [K in 'receivables' | 'rejected' | 'skipped']: Readonly<ImportResult[K]> }): { receivables: string[]; rejected: string[]; skipped: string[] } {
  const s = summarize({ receivables: [...r.receivables], rejected: [...r.rejected], skipped: r.skipped.filter((x) => !(x.row === 1 && x.kind === 'header')), source: undefined as never });
  return {
    receivables: s.receivables,
    // A rejected amount cell shows as the CSV writes it (`$1,200.00`) or as the number (`1200`): the rest must agree.
    rejected: [...r.rejected].sort((a, b) => a.row - b.row).map((x) => `${x.row} ${x.column}${['amount', 'paid', 'outstanding'].includes(x.column) ? '' : ` ${JSON.stringify(x.value)}`}: ${x.reason}`),
    skipped: s.skipped,
  };
}

describe('one row reader for CSV and sheets', () => {
  it('a ledger imports the same from its CSV export and from the sheet (receivables, rejections, skips)', async () => {
    await fc.assert(fc.asyncProperty(ledger, fc.constantFrom<SheetReadOptions>({}, { currency: 'EUR' }, { dateOrder: 'dmy' }, { dateOrder: 'mdy', currency: 'GBP' }),
      async ([lang, rows], options) => {
        const headers = HEADERS[lang];
        const fromCsv = importReceivables(toCsv(headers, rows), options);
        const fromSheet = await readSheet(headers, rows, options);
        expect(comparable(fromSheet)).toEqual(comparable(fromCsv));
        expect(fromSheet.outcomes).toHaveLength(rows.length);
      }), { numRuns: 150 });
  });

  it.each<[string, LedgerCell[][], string[], string[], string[]]>([
    ['a $ amount in a CAD row is in CAD (the currency column says which dollar)',
      [[text('Prairie Feed Co-op'), text('2031'), text('CAD'), amountCell(120_000, 'dollar'), text(''), text(''), dateCell('2026-10-12'), text(''), text('')],
        [text('Prairie Feed Co-op'), text('2032'), text('CAD'), text('$1,200'), text(''), text(''), dateCell('2026-10-13'), text(''), text('')]],
      ['2 2031 | Prairie Feed Co-op | CAD 1200.00 paid 0.00 open 1200.00 | - → 2026-10-12',
        '3 2032 | Prairie Feed Co-op | CAD 1200.00 paid 0.00 open 1200.00 | - → 2026-10-13'], [], []],
    ['a due date given only as payment terms',
      [[text('Acme Ltd'), text('INV-1'), text('USD'), amountCell(50_000, 'plain'), text(''), dateCell('2026-08-01'), text(''), text('Net 30'), text('')]],
      ['2 INV-1 | Acme Ltd | USD 500.00 paid 0.00 open 500.00 | 2026-08-01 → 2026-08-31 | terms Net 30'], [], []],
    ['合计 and 总计 rows are totals, not customers',
      [[text('合计'), text(''), text(''), amountCell(100, 'plain'), text(''), text(''), text(''), text(''), text('')],
        [text('总计：'), text(''), text(''), amountCell(100, 'plain'), text(''), text(''), text(''), text(''), text('')]],
      [], [], ['2 total', '3 total']],
    ['a repeated invoice number is rejected, naming the first row',
      [[text('Acme Ltd'), text('INV-1'), text('USD'), amountCell(100, 'plain'), text(''), text(''), dateCell('2026-09-01'), text(''), text('')],
        [text('Acme Ltd'), text('INV-1'), text('USD'), amountCell(200, 'plain'), text(''), text(''), dateCell('2026-09-02'), text(''), text('')]],
      ['2 INV-1 | Acme Ltd | USD 1.00 paid 0.00 open 1.00 | - → 2026-09-01'], ['3 invoice "INV-1": duplicate invoice number, first seen on row 2'], []],
    ['a void invoice is skipped and (-5.00) is minus five',
      [[text('Acme Ltd'), text('INV-1'), text('USD'), amountCell(100, 'plain'), text(''), text(''), dateCell('2026-09-01'), text(''), text('void')],
        [text('Acme Ltd'), text('INV-2'), text('USD'), text('(-5.00)'), text(''), text(''), dateCell('2026-09-01'), text(''), text('')],
        [text('Acme Ltd'), text('INV-3'), text('USD'), amountCell(-500, 'brackets'), text(''), text(''), dateCell('2026-09-01'), text(''), text('')]],
      ['4 INV-3 | Acme Ltd | USD -5.00 paid 0.00 open -5.00 | - → 2026-09-01'],
      ['3 amount: amount has two minus signs (brackets, a minus or CR), so whether it is negative is unclear'], ['2 void']],
  ])('%s, in the sheet as in the CSV', async (_name, rows, receivables, rejected, skipped) => {
    const fromSheet = comparable(await readSheet(HEADERS.en, rows, { currency: 'CNY' }));
    expect(fromSheet).toEqual({ receivables, rejected, skipped });
    expect(comparable(importReceivables(toCsv(HEADERS.en, rows), { currency: 'CNY' }))).toEqual(fromSheet);
  });

  it('rounds a computed number once, half-up, as the sheet shows it (a CSV amount with more decimals is refused)', async () => {
    const row = [text('Acme Ltd'), text('INV-1'), text('USD'), { csv: '1356.785', sheet: 1356.785, format: '#,##0.00' }, text(''), text(''), dateCell('2026-09-01'), text(''), text('')];
    const t = await readSheet(HEADERS.en, [row], {});
    expect(t.receivables.map((r) => r.amount.minor)).toEqual([135679]);
    expect(importReceivables(toCsv(HEADERS.en, [row])).rejected.map((r) => r.reason)).toEqual(['amount has more decimals than USD has (2)']);
  });
});
