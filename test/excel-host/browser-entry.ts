// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests:
// installs the in-memory host's `Office`, `Excel` and `CustomFunctions` on window with a demo
// receivables ledger, and exposes the host as `window.__excelHost` for the test to inspect.
import { createExcelHost } from './excel-host.ts';
import { seedSheet } from './host-inspect.ts';

const host = createExcelHost({
  displayLanguage: 'en-US',
  platform: 'OfficeOnline',
  settings: { 'dunningDesk.settings': { asOf: '2026-11-22', rulePreset: 'cn-contract-0.05pct-daily' } },
});
seedSheet(host.model, 'Sheet1!A1', [
  ['Customer Name', 'Invoice No', 'Email', 'Currency', 'Amount', 'Amount Paid', 'Invoice Date', 'Due Date'],
  ['Shanghai Minghua Electronics Co. Ltd', 'INV-2026-0815', 'ap@minghua-electronics.example', 'CNY', 18000, 6000, '2026-07-16', '2026-08-15'],
  ['Hengyuan Foods (Hangzhou) Ltd', 'INV-2026-0907', 'finance@hengyuan-foods.example', 'CNY', 36800, 0, '2026-08-08', '2026-09-07'],
  ['深圳市华强电子有限公司', 'INV-2026-1001', 'cw@huaqiang.example', 'CNY', 86000.5, 0, '2026-09-01', '2026-10-01'],
  ['Acme Ltd', 'INV-2026-1020', 'ap@acme.example', 'USD', 5400, 0, '2026-09-20', '2026-10-20'],
  ['Globex GmbH', 'INV-2026-1105', 'rechnung@globex.example', 'EUR', 2300, 0, '2026-10-06', '2026-11-05'],
  ['Initech', 'INV-2026-1130', 'billing@initech.example', 'USD', 980, 0, '2026-10-31', '2026-11-30'],
  ["'=HYPERLINK(\"http://x\",\"y\")", 'INV-2026-0501', '', 'USD', 300, 0, '2026-04-01', '2026-05-01'],
]);
host.model.selection = { sheet: host.model.activeSheet, rect: { row: 1, col: 0, rows: 1, cols: 1 } };
host.install(window);
Object.assign(window, { __excelHost: host });
