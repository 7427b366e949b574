import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountedLines, importReceivables, type ImportOptions } from '../../../shared/import/index.ts';
import { summarize } from './summarize.ts';

const dir = join(import.meta.dirname, '../../fixtures/exports');

interface Case {
  readonly file: string;
  readonly options?: ImportOptions;
  readonly source: Record<string, unknown>;
  /** Skipped lines as `row kind`, joined with `; `. */
  readonly skipped: string;
  /** `row invoice | customer | currency amount paid … open … | issue → due [| rows …]` */
  readonly receivables: readonly string[];
  /** `row column "value": reason` */
  readonly rejected: readonly string[];
}

// Whole expected outputs, checked by hand against the fixture texts in make-fixtures.ts.
const CASES: readonly Case[] = [
  {
    file: 'quickbooks-ar-aging-detail.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":5,"dataRows":9,"format":"quickbooks","lines":28,"mapping":{"issueDate":"Date","invoice":"Num","customer":"Customer","dueDate":"Due Date","amount":"Amount","outstanding":"Open Balance"},"dateOrder":"mdy","currencyAssumed":"USD","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 preamble; 2 preamble; 3 preamble; 4 blank; 5 header; 6 section; 9 subtotal; 10 section; 14 subtotal; 15 section; 18 subtotal; 19 section; 21 subtotal; 22 section; 24 subtotal; 25 total; 26 blank; 27 blank; 28 footer',
    receivables: [
      '7 1037 | Sonnenschein Family Store | USD 362.07 paid 0.00 open 362.07 | 2026-11-15 → 2026-12-15',
      '8 1040 | Amy\'s Bird Sanctuary | USD 239.00 paid 0.00 open 239.00 | 2026-11-20 → 2026-12-20',
      '11 1021 | Freeman Sporting Goods:55 Twin Lane | USD 1250.00 paid 300.00 open 950.00 | 2026-10-01 → 2026-10-31',
      '12 1024 | Rondonuwu Fruit and Vegi | USD 78.60 paid 0.00 open 78.60 | 2026-10-12 → 2026-11-11',
      '13 1042 | Rondonuwu Fruit and Vegi | USD -50.00 paid 0.00 open -50.00 | 2026-11-05 → 2026-11-05',
      '16 1010 | Cool Cars | USD 2369.52 paid 0.00 open 2369.52 | 2026-09-10 → 2026-10-10',
      '20 1004 | Dukes Basketball Camp | USD 460.40 paid 0.00 open 460.40 | 2026-08-14 → 2026-09-13',
      '23 1001 | Geeta Kalapatapu | USD 629.10 paid 0.00 open 629.10 | 2026-06-30 → 2026-07-30',
    ],
    rejected: [
      '17 invoice "": invoice number missing: a minus amount without a number is usually a payment or credit not yet applied to an invoice',
    ],
  },
  {
    // Multicurrency: the Foreign columns are what the customer owes, in the Currency column's currency.
    file: 'quickbooks-ar-aging-detail-multicurrency.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":5,"dataRows":3,"format":"quickbooks","lines":16,"mapping":{"issueDate":"Date","invoice":"Num","customer":"Customer","dueDate":"Due Date","currency":"Currency","amount":"Foreign Amount","outstanding":"Foreign Open Balance"},"dateOrder":"mdy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 preamble; 2 preamble; 3 preamble; 4 blank; 5 header; 6 section; 9 subtotal; 10 section; 12 subtotal; 13 total; 14 blank; 15 blank; 16 footer',
    receivables: [
      '7 2041 | Kingfisher Lodge | USD 1000.00 paid 0.00 open 1000.00 | 2026-10-15 → 2026-11-14',
      '8 2043 | Glacier Tours AG | EUR 2500.00 paid 1000.00 open 1500.00 | 2026-10-20 → 2026-11-19',
      '11 2031 | Prairie Feed Co-op | CAD 812.50 paid 0.00 open 812.50 | 2026-09-12 → 2026-10-12',
    ],
    rejected: [],
  },
  {
    file: 'xero-sales-invoices.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":1,"dataRows":10,"format":"xero","lines":12,"mapping":{"customer":"*ContactName","email":"EmailAddress","invoice":"*InvoiceNumber","issueDate":"*InvoiceDate","dueDate":"*DueDate","amount":"Total","paid":"InvoiceAmountPaid","outstanding":"InvoiceAmountDue","currency":"Currency"},"dateOrder":"dmy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 header; 3 line-item; 8 line-item; 11 draft; 12 void',
    receivables: [
      '2 INV-0041 | Bayside Club | NZD 1150.00 paid 0.00 open 1150.00 | 2026-09-02 → 2026-09-16 | rows 2,3 | email accounts@bayside.example',
      '4-5 INV-0042 | Ridgeway University | NZD 6187.50 paid 2000.00 open 4187.50 | 2026-09-05 → 2026-10-05 | email finance@ridgeway.example',
      '6 INV-0043 | City Limousines | NZD 805.00 paid 0.00 open 805.00 | 2026-09-12 → 2026-10-20 | rows 6,8 | email bookings@citylimos.example',
      '7 INV-0044 | Marine Systems | NZD 2300.00 paid 2300.00 open 0.00 | 2026-09-13 → 2026-09-27 | email ap@marinesystems.example',
    ],
    rejected: [
      '9 invoice "INV-0042": duplicate invoice number, first seen on row 4',
      '10 dueDate "31/09/2026": no such date',
    ],
  },
  {
    file: 'kingdee-receivables-list.csv',
    source: {"encoding":"gbk","delimiter":",","headerRow":4,"dataRows":6,"format":"kingdee","lines":11,"mapping":{"invoice":"单据编号","issueDate":"业务日期","dueDate":"到期日","customer":"客户","currency":"币别","amount":"价税合计","paid":"已核销金额","outstanding":"未核销金额","terms":"收款条件","salesperson":"销售员"},"encodingReason":"the bytes are not UTF-8, and their pairs look like Chinese text (GBK)","warnings":["read as gbk: the bytes are not UTF-8, and their pairs look like Chinese text (GBK); use --encoding to say otherwise"]},
    skipped: '1 preamble; 2 preamble; 3 preamble; 4 header; 11 total',
    receivables: [
      '5 AR00000123 | 北京华联商贸有限公司 | CNY 12000.00 paid 2000.00 open 10000.00 | 2026-08-01 → 2026-08-31 | terms 30天 | sales 张伟',
      '6 AR00000124 | 上海明辉实业有限公司 | CNY 58500.00 paid 0.00 open 58500.00 | 2026-08-15 → 2026-10-30 | terms 月结60天 | sales 李娜',
      '7 AR00000125 | 广州天河电子有限公司 | USD 3200.00 paid 0.00 open 3200.00 | 2026-09-03 → 2026-10-03 | terms 30天 | sales 王强',
      '8 AR00000126 | 深圳前海物流有限公司 | CNY 8000.00 paid 8000.00 open 0.00 | 2026-09-10 → 2026-09-10 | terms 货到付款 | sales 张伟',
      '10 AR00000128 | 杭州西湖茶业有限公司 | CNY -1500.00 paid 0.00 open -1500.00 | 2026-10-08 → 2026-11-07 | terms 30天 | sales 李娜',
    ],
    rejected: [
      '9 issueDate "2026-09-31": no such date',
    ],
  },
  {
    file: 'yonyou-u8-receivables-detail.csv',
    source: {"encoding":"gbk","delimiter":",","headerRow":4,"dataRows":5,"format":"yonyou","lines":13,"mapping":{"issueDate":"单据日期","invoice":"单据号","customer":"客户名称","currency":"币种","amount":"原币金额","paid":"原币已收","outstanding":"原币余额","dueDate":"到期日","salesperson":"业务员"},"encodingReason":"the bytes are not UTF-8, and their pairs look like Chinese text (GBK)","warnings":["read as gbk: the bytes are not UTF-8, and their pairs look like Chinese text (GBK); use --encoding to say otherwise"]},
    skipped: '1 preamble; 2 preamble; 3 preamble; 4 header; 7 subtotal; 10 subtotal; 12 subtotal; 13 total',
    receivables: [
      '5 0000000101 | 上海明辉实业有限公司 | CNY 58500.00 paid 20000.00 open 38500.00 | 2026-07-05 → 2026-08-04 | sales 刘洋',
      '6 0000000107 | 上海明辉实业有限公司 | CNY 11700.00 paid 0.00 open 11700.00 | 2026-08-12 → 2026-09-11 | sales 刘洋',
      '8 0000000093 | 成都蜀光机械有限公司 | USD 5000.00 paid 0.00 open 5000.00 | 2026-06-20 → 2026-07-20 | sales 陈静',
    ],
    rejected: [
      '9 dueDate "": due date missing and no payment terms',
      '11 invoice "0000000101": duplicate invoice number, first seen on row 5',
    ],
  },
  {
    file: 'sap-fbl5n-de.txt',
    source: {"encoding":"windows-1252","delimiter":";","headerRow":5,"dataRows":5,"format":"sap","lines":13,"mapping":{"customer":"Name 1","invoice":"Belegnummer","issueDate":"Belegdatum","dueDate":"Nettofälligkeit","amount":"Betrag in Belegwährung","currency":"Belegwährung"},"dateOrder":"dmy","encodingReason":"the bytes are not UTF-8, and single accented letters between plain ones look like Western European text (Windows-1252)","warnings":["read as windows-1252: the bytes are not UTF-8, and single accented letters between plain ones look like Western European text (Windows-1252); use --encoding to say otherwise"]},
    skipped: '1 preamble; 2 preamble; 3 preamble; 4 blank; 5 header; 9 subtotal; 12 subtotal; 13 total',
    receivables: [
      '6 1800001234 | Schneider Maschinenbau AG | EUR 1190.00 paid 0.00 open 1190.00 | 2026-08-15 → 2026-09-14',
      '7 1800001301 | Schneider Maschinenbau AG | EUR 23800.00 paid 0.00 open 23800.00 | 2026-09-01 → 2026-10-01',
      '8 1400000077 | Schneider Maschinenbau AG | EUR -250.00 paid 0.00 open -250.00 | 2026-09-10 → 2026-09-10',
      '10 1800001355 | Zürcher Präzisionstechnik AG | CHF 5000.00 paid 0.00 open 5000.00 | 2026-09-20 → 2026-10-20',
    ],
    rejected: [
      '11 issueDate "31.09.2026": no such date',
    ],
  },
  {
    file: 'sap-fbl5n-en.txt',
    source: {"encoding":"utf-8","delimiter":"\t","headerRow":4,"dataRows":5,"format":"sap","lines":12,"mapping":{"customer":"Account","invoice":"Document Number","issueDate":"Document Date","dueDate":"Net due date","amount":"Amount in doc. curr.","currency":"Document currency"},"dateOrder":"mdy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 preamble; 2 preamble; 3 blank; 4 header; 8 subtotal; 11 subtotal; 12 total',
    receivables: [
      '5 1800045001 | 300045 | USD 12400.00 paid 0.00 open 12400.00 | 2026-08-28 → 2026-09-27',
      '6 1800045066 | 300045 | USD 3150.75 paid 0.00 open 3150.75 | 2026-09-02 → 2026-10-02',
      '7 1400045003 | 300045 | USD -500.00 paid 0.00 open -500.00 | 2026-09-05 → 2026-09-05',
      '9 1800045120 | 300112 | CAD 8000.00 paid 0.00 open 8000.00 | 2026-09-11 → 2026-10-11',
      '10 1800045121 | 300112 | CAD 1500.00 paid 0.00 open 1500.00 | 2026-09-14 → 2026-10-14',
    ],
    rejected: [],
  },
  {
    file: 'sap-fbl5n-unconverted.txt',
    source: {"encoding":"utf-8","delimiter":"|","headerRow":4,"dataRows":4,"format":"sap","lines":18,"mapping":{"customer":"Account","invoice":"DocumentNo","issueDate":"Doc. Date","dueDate":"Net due dt","amount":"Amt in doc.curr.","currency":"Curr."},"dateOrder":"mdy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    // Rule lines of dashes: before the header they are preamble, between blocks section, the last one footer.
    skipped: '1 preamble; 2 blank; 3 preamble; 4 header; 5 section; 9 section; 10 subtotal; 11 section; 13 section; 14 subtotal; 15 section; 16 total; 17 total; 18 footer',
    receivables: [
      '6 1800045001 | 300045 | USD 12400.00 paid 0.00 open 12400.00 | 2026-08-28 → 2026-09-27',
      '7 1800045066 | 300045 | USD 3150.75 paid 0.00 open 3150.75 | 2026-09-02 → 2026-10-02',
      '8 1400045003 | 300045 | USD -500.00 paid 0.00 open -500.00 | 2026-09-05 → 2026-09-05',
      '12 1800045120 | 300112 | CAD 8000.00 paid 0.00 open 8000.00 | 2026-09-11 → 2026-10-11',
    ],
    rejected: [],
  },
  {
    file: 'stripe-invoices.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":1,"dataRows":6,"format":"stripe","lines":7,"mapping":{"invoice":"Number","customer":"Customer Name","email":"Customer Email","issueDate":"Date (UTC)","dueDate":"Due Date (UTC)","currency":"Currency","outstanding":"Amount Remaining","paid":"Amount Paid","amount":"Total"},"encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    // The draft (no number yet) and the void invoice are owed by nobody.
    skipped: '1 header; 5 draft; 7 void',
    receivables: [
      '2 A1B2C3D4-0001 | Northwind Traders | USD 1200.00 paid 0.00 open 1200.00 | 2026-08-01 → 2026-08-31 | email ap@northwind.example',
      '3 A1B2C3D4-0002 | Northwind Traders | USD 1200.00 paid 1200.00 open 0.00 | 2026-09-01 → 2026-10-01 | email ap@northwind.example',
      '4 F9E8D7C6-0014 | Fabrikam GmbH | EUR 499.00 paid 0.00 open 499.00 | 2026-09-15 → 2026-10-15 | email rechnung@fabrikam.example',
      '6 B5C6D7E8-0003 | Tailspin Toys | USD 2400.00 paid 800.00 open 1600.00 | 2026-07-10 → 2026-08-09 | email accounts@tailspin.example',
    ],
    rejected: [],
  },
  {
    file: 'excel-unicode-text.txt',
    source: {"encoding":"utf-16le","delimiter":"\t","headerRow":1,"dataRows":4,"format":"generic","lines":6,"mapping":{"customer":"Customer","invoice":"Invoice No","issueDate":"Invoice Date","dueDate":"Due Date","amount":"Amount","currency":"Currency"},"dateOrder":"dmy","encodingReason":"the file starts with a byte-order mark (UTF-16LE)"},
    skipped: '1 header',
    receivables: [
      '2 Z-2026-017 | Café Zoë Ltd | EUR 1450.00 paid 0.00 open 1450.00 | 2026-08-03 → 2026-09-02',
      '3-4 Z-2026-018 | Łódź Trading Sp. z o.o. | EUR 980.50 paid 0.00 open 980.50 | 2026-08-14 → 2026-09-13',
      '5 Z-2026-021 | 東京商事株式会社 | JPY 150000 paid 0 open 150000 | 2026-09-01 → 2026-10-01',
      '6 Z-2026-022 | Ærø Fisk ApS | DKK 12300.00 paid 0.00 open 12300.00 | 2026-09-05 → 2026-10-05',
    ],
    rejected: [],
  },
  {
    file: 'hand-kept-chinese.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":3,"dataRows":4,"format":"generic","lines":9,"mapping":{"customer":"客户名称","invoice":"发票号码","issueDate":"开票日期","amount":"金额","paid":"已收","terms":"账期","contact":"联系人","phone":"电话"},"encodingReason":"the file starts with a byte-order mark (UTF-8)"},
    skipped: '1 preamble; 2 preamble; 3 header; 8 blank; 9 total',
    receivables: [
      '4 FP-2026-081 | 北京华联商贸有限公司 | CNY 12000.00 paid 2000.00 open 10000.00 | 2026-08-01 → 2026-10-30 | terms 月结60天 | phone 010-12345678 | contact 王经理',
      '5 FP-2026-082 | 上海明辉实业有限公司 | CNY 8000.00 paid 0.00 open 8000.00 | 2026-08-15 → 2026-09-14 | terms 30天 | phone 021-87654321 | contact 李会计',
      '6 FP-2026-090 | 广州天河电子有限公司 | CNY 5600.00 paid 0.00 open 5600.00 | 2026-09-03 → 2026-09-03 | terms 货到付款',
    ],
    rejected: [
      '7 terms "半年后再说": due date missing and payment terms not understood',
    ],
  },
  {
    file: 'hand-kept-english.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":3,"dataRows":6,"format":"generic","lines":12,"mapping":{"customer":"Client","invoice":"Invoice #","issueDate":"Invoice Date","terms":"Terms","amount":"Amount","paid":"Paid","outstanding":"Balance","contact":"Contact","email":"Email"},"dateOrder":"dmy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 preamble; 2 blank; 3 header; 6 blank; 11 blank; 12 total',
    receivables: [
      '4 1001 | Acme Ltd | USD 1234.56 paid 0.00 open 1234.56 | 2026-09-03 → 2026-10-03 | terms Net 30 | email jane@acme.example | contact Jane Roe',
      '5 1002 | Brightside Media | USD 2500.00 paid 500.00 open 2000.00 | 2026-09-14 → 2026-10-14 | terms 2/10 Net 30 | email tom@brightside.example | contact Tom Hale',
      '7 1003 | Crescent Bakery | USD 480.00 paid 0.00 open 480.00 | 2026-09-21 → 2026-09-21 | terms Due on receipt',
      '8 1004-CN | Delta Plumbing | USD -1234.56 paid 0.00 open -1234.56 | 2026-10-02 → 2026-11-01 | terms Net 30',
    ],
    rejected: [
      '9 amount "N/A": amount is not a number',
      '10 issueDate "": due date missing and no invoice date to apply the payment terms to',
    ],
  },
  {
    file: 'ambiguous-dates.csv',
    source: {"encoding":"utf-8","delimiter":",","headerRow":1,"dataRows":3,"format":"generic","lines":4,"mapping":{"customer":"Customer","invoice":"Invoice","issueDate":"Invoice Date","dueDate":"Due Date","amount":"Amount","currency":"Currency"},"encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 header',
    receivables: [
      '4 A-3 | Gamma BV | EUR 300.00 paid 0.00 open 300.00 | 2026-09-01 → 2026-10-01',
    ],
    rejected: [
      '2 issueDate "01/02/2026": day and month order is ambiguous: no date in this column has a day over 12; use --date-order dmy or mdy',
      '3 issueDate "05/06/2026": day and month order is ambiguous: no date in this column has a day over 12; use --date-order dmy or mdy',
    ],
  },
  {
    file: 'ambiguous-dates.csv',
    options: { dateOrder: 'dmy' },
    source: {"encoding":"utf-8","delimiter":",","headerRow":1,"dataRows":3,"format":"generic","lines":4,"mapping":{"customer":"Customer","invoice":"Invoice","issueDate":"Invoice Date","dueDate":"Due Date","amount":"Amount","currency":"Currency"},"dateOrder":"dmy","encodingReason":"the file has only ASCII characters, which read the same in every encoding"},
    skipped: '1 header',
    receivables: [
      '2 A-1 | Alpha GmbH | EUR 100.00 paid 0.00 open 100.00 | 2026-02-01 → 2026-04-03',
      '3 A-2 | Beta SARL | EUR 200.00 paid 0.00 open 200.00 | 2026-06-05 → 2026-08-07',
      '4 A-3 | Gamma BV | EUR 300.00 paid 0.00 open 300.00 | 2026-09-01 → 2026-10-01',
    ],
    rejected: [],
  },
  {
    file: 'yonyou-u8-customer-ledger.csv',
    source: {"encoding":"gbk","delimiter":",","headerRow":3,"dataRows":4,"format":"yonyou","lines":10,"mapping":{"invoice":"单据号","customer":"客户","currency":"币种","amount":"本期应收原币","paid":"本期收回原币","outstanding":"余额原币","dueDate":"到期日","salesperson":"业务员","issueDate":"年/月/日"},"encodingReason":"the bytes are not UTF-8, and their pairs look like Chinese text (GBK)","warnings":["read as gbk: the bytes are not UTF-8, and their pairs look like Chinese text (GBK); use --encoding to say otherwise"]},
    skipped: '1 preamble; 2 preamble; 3 header; 4 header; 7 subtotal; 10 total',
    receivables: [
      '5 0000000101 | 上海明辉实业有限公司 | CNY 58500.00 paid 20000.00 open 38500.00 | 2026-07-05 → 2026-08-04 | sales 刘洋',
      '6 0000000107 | 上海明辉实业有限公司 | CNY 11700.00 paid 0.00 open 11700.00 | 2026-08-12 → 2026-09-11 | sales 刘洋',
      '8 0000000093 | 成都蜀光机械有限公司 | USD 5000.00 paid 0.00 open 5000.00 | 2026-06-20 → 2026-07-20 | sales 陈静',
    ],
    rejected: [
      '9 issueDate "2026-9-31": no such date',
    ],
  },
];

describe('importing real exports', () => {
  it.each(CASES)('$file $options reads every line as expected', ({ file, options, source, skipped, receivables, rejected }) => {
    const result = importReceivables(readFileSync(join(dir, file)), options);
    const s = summarize(result);
    expect(s.receivables).toEqual(receivables);
    expect(s.rejected).toEqual(rejected);
    expect(s.skipped.join('; ')).toBe(skipped);
    expect(result.source).toEqual(source);
    expect(accountedLines(result)).toBe(result.source.lines);
  });
});

describe('the fixture folder', () => {
  it('every export fixture has a whole-output case above', () => {
    const exports = readdirSync(dir).filter((f) => !f.endsWith('.ts')).sort();
    expect([...new Set(CASES.map((c) => c.file))].sort()).toEqual(exports);
  });
});
