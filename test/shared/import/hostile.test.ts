import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountedLines, importReceivables, type ImportOptions, type ImportResult } from '../../../shared/import/index.ts';
import { buildReportJson, createReportRowBuilder, createTotalsAccumulator, type ReportRow } from '../../../shared/report/index.ts';
import { summarizeCustomers, customerSummaryToJson } from '../../../shared/customers/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { HOSTILE } from '../../fixtures/hostile/make-hostile.ts';
import { summarize } from './summarize.ts';

const dir = join(import.meta.dirname, '../../fixtures/hostile');

/** Long runs of one or two characters written as `c×N`, so a case can show a 5,000-blank cell. */
const runs = (s: string): string => s.replace(/(.{1,2}?)\1{9,}/gsu, (m, c: string) => `${c}×${[...m].length / [...c].length}`);

interface Case {
  readonly file: string;
  readonly options?: ImportOptions;
  readonly source: Record<string, unknown>;
  /** Skipped lines as `row kind`, joined with `; `. */
  readonly skipped: string;
  /** `row[-lastRow] invoice | customer | currency amount paid … open … | issue → due [| …]` */
  readonly receivables: readonly string[];
  /** `row[-lastRow] column "value": reason` */
  readonly rejected: readonly string[];
}

// Whole expected outputs of the hostile corpus (test/fixtures/hostile, written by
// make-hostile.ts), each checked by hand against its text: every line is taken, rejected with
// a reason or skipped, and no fault in one line costs another.
const CASES: readonly Case[] = [
  {
    file: 'amounts-beyond-2-53.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":6,"format":"generic","lines":7,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","paid":"Paid","dueDate":"Due Date"}},
    skipped: '1 header',
    receivables: [
      "2 BIG-1 | Northwind Holdings | USD 45035996273704.96 paid 0.00 open 45035996273704.96 | - → 2026-09-01",
      "3 BIG-2 | Northwind Holdings | USD 45035996273704.96 paid 0.00 open 45035996273704.96 | - → 2026-09-02",
      "4 BIG-3 | Northwind Holdings | USD 45035996273704.96 paid 0.00 open 45035996273704.96 | - → 2026-09-03",
      "7 BIG-6 | Westwind Holdings | USD 12.34 paid 0.00 open 12.34 | - → 2026-09-06",
    ],
    rejected: [
      "5 outstanding \"\": the outstanding amount worked out from the other amounts is too large to count exactly",
      "6 amount \"90071992547409.93\": amount is too large",
    ],
  },
  {
    file: 'gbk-with-a-broken-character.csv',
    source: {"encoding":"gbk","encodingReason":"the bytes are not UTF-8, and their pairs look like Chinese text (GBK)","delimiter":",","headerRow":1,"dataRows":3,"format":"kingdee","lines":4,"mapping":{"customer":"客户","invoice":"单据编号","currency":"币别","amount":"价税合计","issueDate":"业务日期","dueDate":"到期日"},"warnings":["read as gbk: the bytes are not UTF-8, and their pairs look like Chinese text (GBK); use --encoding to say otherwise"]},
    skipped: '1 header',
    receivables: [
      "2 AR00000901 | 北京华联商贸有限公司 | CNY 12000.00 paid 0.00 open 12000.00 | 2026-08-01 → 2026-08-31",
      "4 AR00000903 | 广州天河电子有限公司 | CNY 3200.00 paid 0.00 open 3200.00 | 2026-08-03 → 2026-09-02",
    ],
    rejected: [
      "3 customer \"上海明辉�\": bytes here cannot be read as GBK like the rest of the file (shown as �), so this text is not safe to use; correct it and export again",
    ],
  },
  {
    file: 'implausible-dates.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":8,"format":"generic","lines":9,"mapping":{"customer":"Customer","invoice":"Invoice No","amount":"Amount","issueDate":"Invoice Date","dueDate":"Due Date","terms":"Terms"},"dateOrder":"dmy","currencyAssumed":"USD"},
    skipped: '1 header',
    receivables: [
      "2 INV-501 | Northwind Traders | USD 100.00 paid 0.00 open 100.00 | 2026-08-01 → 2026-08-31 | terms Net 30",
      "9 INV-508 | Crosswind Kites | USD 800.00 paid 0.00 open 800.00 | 2026-08-08 → 2026-09-07",
    ],
    rejected: [
      "3 issueDate \"9999-12-31\": after 2199: not a plausible date for an invoice",
      "4 dueDate \"0001-01-01\": before 1900: not a plausible date for an invoice",
      "5 dueDate \"2200-01-01\": after 2199: not a plausible date for an invoice",
      "6 issueDate \"1899-12-31\": before 1900: not a plausible date for an invoice",
      "7 terms \"Net 30\": the payment terms give a due date after 2199 (2200-01-14), not a plausible date",
      "8 dueDate \"31/12/9999\": after 2199: not a plausible date for an invoice",
    ],
  },
  {
    file: 'javascript-property-names.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":5,"format":"generic","lines":6,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","dueDate":"Due Date","terms":"Terms"}},
    skipped: '1 header',
    receivables: [
      "2 constructor | __proto__ | USD 100.00 paid 0.00 open 100.00 | - → 2026-09-01",
      "3 __proto__ | constructor | USD 200.00 paid 0.00 open 200.00 | - → 2026-09-02",
    ],
    rejected: [
      "4 terms \"valueOf\": due date missing and payment terms not understood",
      "5 currency \"__proto__\": currency not recognised",
      "6 currency \"constructor\": currency not recognised",
    ],
  },
  {
    file: 'pathological-cells.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":10,"format":"generic","lines":12,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","issueDate":"Invoice Date","dueDate":"Due Date","terms":"Terms"}},
    skipped: '1 header; 8 section',
    receivables: [
      "3 INV-802 | Eastwind ×5000Supplies | USD 200.00 paid 0.00 open 200.00 | 2026-08-02 → 2026-09-01",
      "4 7×5000 | Southwind Marine | USD 300.00 paid 0.00 open 300.00 | 2026-08-03 → 2026-09-02",
      "12 INV-811 | Tailwind Tours | USD 1000.00 paid 0.00 open 1000.00 | 2026-08-11 → 2026-09-10",
    ],
    rejected: [
      "2 dueDate \"01/02/2026 1: ×187…\": not a date",
      "5 terms \"net 3×196…\": due date missing and payment terms not understood",
      "6 currency \"U×200…\": currency not recognised",
      "7 amount \"1.×199…\": amount is not a number",
      "9 issueDate \"1/×100…\": not a date",
      "10  \"Crosswind Kites,INV-809,2026-08-09,2026-09-08,,USD,1×75…\": this line has 2507 cells where the header has 7: commas inside a value that is not in quotes has split it",
      "11 dueDate \"(×200…\": not a date",
    ],
  },
  {
    file: 'semicolon-line-in-comma-file.csv',
    source: {"encoding":"utf-8","encodingReason":"all non-ASCII characters are valid UTF-8","delimiter":",","headerRow":2,"dataRows":6,"format":"generic","lines":10,"mapping":{"customer":"Customer","invoice":"Invoice No","amount":"Amount","paid":"Paid","dueDate":"Due Date"},"currencyAssumed":"USD"},
    skipped: '1 preamble; 2 header; 7 section; 10 footer',
    receivables: [
      "3 INV-401 | Northwind Traders | USD 100.00 paid 0.00 open 100.00 | - → 2026-09-01",
      "5 INV-403 | Chengdu Yunfan Electronics | USD 300.00 paid 0.00 open 300.00 | - → 2026-09-03",
      "9 INV-404 | Suzhou Meiya Textiles | USD 400.00 paid 0.00 open 400.00 | - → 2026-08-01",
    ],
    rejected: [
      "4  \"Kleinmann Maschinenbau GmbH;INV-402;2026-09-02;1.234,56;0,00\": this line is separated by semicolons, not by commas like the header, so its cells cannot be read",
      "6  \"Balance brought forward: USD 12345.67\": this line holds an amount but has nothing in the invoice number or amount columns: its cells do not line up with the header",
      "8  \"Paid by cheque: INV-402 (Kleinmann) on 10 Sep\": this line holds what looks like an invoice number (INV-402) but nothing in the invoice number or amount columns: its cells do not line up with the header",
    ],
  },
  {
    file: 'stray-quote-closed-early.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":4,"format":"generic","lines":5,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","paid":"Paid","issueDate":"Invoice Date","dueDate":"Due Date"}},
    skipped: '1 header',
    receivables: [
      "2 INV-2026-201 | Harbour Lights Ltd | GBP 1200.00 paid 0.00 open 1200.00 | 2026-08-01 → 2026-08-31",
      "4 INV-2026-203 | O\"Brien Builders | GBP 780.00 paid 0.00 open 780.00 | 2026-08-03 → 2026-09-02",
      "5 INV-2026-204 | Kingsdown Florists | GBP 1020.00 paid 0.00 open 1020.00 | 2026-08-04 → 2026-09-03",
    ],
    rejected: [
      "3 customer \"\\\"Big\\\" Ben Clocks Ltd,INV-2026-202,2026-08-02,2026-09-01,GBP,350.00,0.00,\": a double quote opens a field here and is never closed",
    ],
  },
  {
    file: 'stray-quote-closed-lines-later.csv',
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":6,"format":"generic","lines":8,"mapping":{"customer":"Customer","invoice":"Invoice No","amount":"Amount","dueDate":"Due Date"},"currencyAssumed":"USD"},
    skipped: '1 header; 6 blank',
    receivables: [
      "2 INV-301 | Northwind Traders | USD 100.00 paid 0.00 open 100.00 | - → 2026-09-01",
      "4 INV-303 | Southwind Marine | USD 300.00 paid 0.00 open 300.00 | - → 2026-09-03",
      "5 INV-304 | Westwind Air | USD 400.00 paid 0.00 open 400.00 | - → 2026-09-04",
      "7 INV-305\" | Midwind Rail | USD 500.00 paid 0.00 open 500.00 | - → 2026-09-05",
      "8 INV-306 | Upwind Sails | USD 600.00 paid 0.00 open 600.00 | - → 2026-09-06",
    ],
    rejected: [
      "3 invoice \"\\\"INV-302,2026-09-02,200.00\": a double quote opens a field here and is never closed",
    ],
  },
  {
    file: 'stray-quote-opens-field.csv',
    source: {"encoding":"utf-8","encodingReason":"all non-ASCII characters are valid UTF-8","delimiter":",","headerRow":1,"dataRows":7,"format":"generic","lines":9,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","paid":"Paid","issueDate":"Invoice Date","dueDate":"Due Date"}},
    skipped: '1 header',
    receivables: [
      "2 INV-2026-101 | Harbour Lights Ltd | GBP 1200.00 paid 0.00 open 1200.00 | 2026-08-01 → 2026-08-31",
      "3 INV-2026-102 | Bristol Print Works Ltd | GBP 845.50 paid 200.00 open 645.50 | 2026-08-03 → 2026-09-02",
      "5 INV-2026-104 | Severn Bridge Motors | GBP 2400.00 paid 0.00 open 2400.00 | 2026-08-07 → 2026-09-06",
      "6 INV-2026-105 | Clifton Dental Practice | GBP 96.00 paid 0.00 open 96.00 | 2026-08-09 → 2026-09-08",
      "7-8 INV-2026-106 | Avon Valley Farms | GBP 1575.25 paid 0.00 open 1575.25 | 2026-08-11 → 2026-09-10",
      "9 INV-2026-107 | Redcliffe Joinery | GBP 640.00 paid 640.00 open 0.00 | 2026-08-13 → 2026-09-12",
    ],
    rejected: [
      "4 customer \"\\\"Quayside Café,INV-2026-103,2026-08-05,2026-09-04,GBP,310.00,0.00,\": a double quote opens a field here and is never closed",
    ],
  },
  {
    file: 'two-signs.csv',
    source: {"encoding":"utf-8","encodingReason":"all non-ASCII characters are valid UTF-8","delimiter":",","headerRow":1,"dataRows":7,"format":"generic","lines":8,"mapping":{"customer":"Customer","invoice":"Invoice No","amount":"Amount","dueDate":"Due Date"},"currencyAssumed":"USD"},
    skipped: '1 header',
    receivables: [
      "2 CN-701 | Northwind Traders | USD -5.00 paid 0.00 open -5.00 | - → 2026-09-01",
      "6 CN-705 | Midwind Rail | USD -250.00 paid 0.00 open -250.00 | - → 2026-09-05",
      "7 CN-706 | Upwind Sails | USD -250.00 paid 0.00 open -250.00 | - → 2026-09-06",
      "8 CN-707 | Downwind Freight | USD -1200.00 paid 0.00 open -1200.00 | - → 2026-09-07",
    ],
    rejected: [
      "3 amount \"(-5.00)\": amount has two minus signs (brackets, a minus or CR), so whether it is negative is unclear",
      "4 amount \"--5\": amount has two minus signs (brackets, a minus or CR), so whether it is negative is unclear",
      "5 amount \"-5.00 CR\": amount has two minus signs (brackets, a minus or CR), so whether it is negative is unclear",
    ],
  },
  {
    file: 'utf-8-with-one-latin-1-byte.csv',
    source: {"encoding":"utf-8","encodingReason":"the file is UTF-8 but for 1 byte sequence (against 21 valid UTF-8 characters)","delimiter":",","headerRow":1,"dataRows":6,"format":"generic","lines":7,"mapping":{"customer":"Customer","invoice":"Invoice No","currency":"Currency","amount":"Amount","dueDate":"Due Date"},"warnings":["read as utf-8: the file is UTF-8 but for 1 byte sequence (against 21 valid UTF-8 characters); the lines holding the other bytes are rejected"]},
    skipped: '1 header',
    receivables: [
      "2 R-601 | Müller & Söhne GmbH | EUR 1234.56 paid 0.00 open 1234.56 | - → 2026-09-01",
      "3 R-602 | José Peña S.L. | EUR 980.00 paid 0.00 open 980.00 | - → 2026-09-02",
      "4 R-603 | Zoë Ærøskøbing ApS | EUR 2500.00 paid 0.00 open 2500.00 | - → 2026-09-03",
      "6 R-605 | 苏州美雅纺织有限公司 | EUR 12000.00 paid 0.00 open 12000.00 | - → 2026-09-05",
      "7 R-606 | Łódź Meble Sp. z o.o. | EUR 640.00 paid 0.00 open 640.00 | - → 2026-09-06",
    ],
    rejected: [
      "5 customer \"Caf� de la Gare\": bytes here cannot be read as UTF-8 like the rest of the file (shown as �), so this text is not safe to use; correct it and export again",
    ],
  },
  {
    file: 'javascript-property-names.csv',
    options: JSON.parse('{"map":{"__proto__":"Customer","constructor":"Amount","customer":"__proto__"}}'),
    source: {"encoding":"utf-8","encodingReason":"the file has only ASCII characters, which read the same in every encoding","delimiter":",","headerRow":1,"dataRows":5,"format":"generic","lines":6,"mapping":{"customer":"__proto__","invoice":"Invoice No","currency":"Currency","amount":"Amount","dueDate":"Due Date","terms":"Terms"},"warnings":["--map __proto__=Customer: \"__proto__\" is not a field","--map constructor=Amount: \"constructor\" is not a field"]},
    skipped: '1 header',
    receivables: [
      "2 constructor | x | USD 100.00 paid 0.00 open 100.00 | - → 2026-09-01",
      "3 __proto__ | x | USD 200.00 paid 0.00 open 200.00 | - → 2026-09-02",
    ],
    rejected: [
      "4 terms \"valueOf\": due date missing and payment terms not understood",
      "5 currency \"__proto__\": currency not recognised",
      "6 currency \"constructor\": currency not recognised",
    ],
  },
];

function read(file: string, options?: ImportOptions): ImportResult {
  return importReceivables(readFileSync(join(dir, file)), options);
}

describe('importing hostile exports', () => {
  it.each(CASES)('$file $options reads every line as expected', ({ file, options, source, skipped, receivables, rejected }) => {
    const result = read(file, options);
    const s = summarize(result);
    expect(s.receivables.map(runs)).toEqual(receivables);
    expect(s.rejected.map(runs)).toEqual(rejected);
    expect(s.skipped.join('; ')).toBe(skipped);
    expect(result.source).toEqual(source);
    expect(accountedLines(result)).toBe(result.source.lines);
  });

  it('every hostile fixture has a whole-output case, and the files are what make-hostile.ts writes', () => {
    const files = readdirSync(dir).filter((f) => !f.endsWith('.ts')).sort();
    expect([...new Set(CASES.map((c) => c.file))].sort()).toEqual(files);
    for (const f of HOSTILE) expect(new Uint8Array(readFileSync(join(dir, f.file)))).toEqual(f.bytes());
  });
});

/** The report object of `dunning report --format json` for a file, built by the core as the command builds it. */
function reportOf(file: string): ReturnType<typeof buildReportJson> & { customers: object[] } {
  const asOf = plainDate('2026-11-22');
  const result = read(file);
  const toRow = createReportRowBuilder({ asOf });
  const totals = createTotalsAccumulator(['current', '1-30', '31-60', '61-90', '91-180', '180+']);
  const rows: ReportRow[] = result.receivables.map(toRow);
  for (const r of rows) totals.add(r);
  const report = buildReportJson({ asOf, source: result.source, rows, rejected: result.rejected, skipped: result.skipped, totals: totals.result() });
  const customers = summarizeCustomers(result.receivables, asOf).map(customerSummaryToJson);
  // What the command prints must survive JSON (a bigint would throw here).
  return JSON.parse(JSON.stringify({ ...report, customers })) as ReturnType<typeof buildReportJson> & { customers: object[] };
}

describe('the report of hostile exports', () => {
  it('totals past 2^53 minor units are exact (each invoice alone fits), per currency and per customer', () => {
    const report = reportOf('amounts-beyond-2-53.csv');
    expect(report.totals['USD']).toMatchObject({ invoices: 4, outstanding: '135107988821127.22' });
    expect(report.customers).toContainEqual(expect.objectContaining({
      customer: 'Northwind Holdings',
      byCurrency: { USD: expect.objectContaining({ outstanding: '135107988821114.88' }) },
    }));
  });

  it('a receivable spanning several lines carries lastRow in the JSON, and every line is in one entry', () => {
    const report = reportOf('stray-quote-opens-field.csv');
    expect(report.receivables.map((r) => [r.row, r.lastRow])).toEqual([[2, undefined], [3, undefined], [5, undefined], [6, undefined], [7, 8], [9, undefined]]);
    const lines = new Set<number>();
    for (const e of [...report.receivables, ...report.rejected, ...report.skipped]) {
      for (let row = e.row; row <= (e.lastRow ?? e.row); row++) lines.add(row);
    }
    expect([...lines].sort((a, b) => a - b)).toEqual(Array.from({ length: report.source.lines }, (_, i) => i + 1));
  });
});
