import { seedSheet, type ExcelHost } from '../excel-host/index.ts';

/** Header row of the English fixture (row 3 of the sheet, columns B…H). */
export const EN_HEADERS = ['Customer Name', 'Invoice No', 'Currency', 'Amount', 'Amount Paid', 'Due Date', 'Email'];

/**
 * A receivables sheet as an accountant keeps it: a title, a blank line, headers on row 3
 * from column B, dates typed as dates (Excel stores serials), a total row at the end.
 */
export function seedReceivables(host: ExcelHost, sheet = 'Sheet1'): void {
  seedSheet(host.model, `${sheet}!B1`, [
    ['Receivables ledger — Shenzhen Lianhe Trading Co.'],
    [],
    EN_HEADERS,
    ['Acme Ltd', 'INV-2026-0101', 'USD', 12000, 2000, '2026-08-31', 'ap@acme.example'],
    ['Globex GmbH', 'INV-2026-0102', 'EUR', 5400.5, 0, '2026-10-20', 'rechnung@globex.example'],
    ['深圳市华强电子有限公司', 'INV-2026-0103', 'CNY', 86000, 0, '2026-11-30', 'cw@huaqiang.example'],
    ['Initech', 'INV-2026-0104', 'USD', 980, 980, '2026-07-15', 'billing@initech.example'],
    ['=HYPERLINK("http://x","y")', 'INV-2026-0105', 'USD', 300, 0, '2026-05-01', ''],
    ['Umbrella Corp', 'INV-2026-0106', 'USD', 1500, 0, 'soon', ''],
    ['Total', '', '', 106180.5, 2980, '', ''],
  ]);
}
