import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../extension/options/import-file.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/webmail');
const EXPORTS = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/exports');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('importing a receivables file on the options page', () => {
  it('reads a CSV export with the core importer and reports what it took', () => {
    const result = importFile('receivables.csv', new Uint8Array(readFileSync(join(FIXTURES, 'receivables.csv'))), '2026-11-22T09:00:00Z');
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toMatchObject({ file: 'receivables.csv', format: 'generic', encoding: 'utf-8', taken: 5, rejected: [], skipped: 1, customers: 3 });
    expect(result.stored.receivables[0]!.outstanding).toEqual({ minor: 1200000, currency: 'CNY' });
  });

  // The exports the core reads (test/fixtures/exports): the options page takes every one of them.
  it.each([
    ['kingdee-receivables-list.csv', 'kingdee'],
    ['yonyou-u8-receivables-detail.csv', undefined],
    ['quickbooks-ar-aging-detail.csv', undefined],
    ['xero-sales-invoices.csv', 'xero'],
    ['sap-fbl5n-de.txt', undefined],
    ['stripe-invoices.csv', undefined],
    ['hand-kept-chinese.csv', undefined],
    ['excel-unicode-text.txt', undefined],
  ])('reads %s with its import report', (file, format) => {
    const result = importFile(file, new Uint8Array(readFileSync(join(EXPORTS, file))), '2026-11-22T09:00:00Z');
    if (!result.ok) throw new Error(result.message);
    expect(result.report.taken).toBeGreaterThan(0);
    expect(result.report.taken).toBe(result.stored.receivables.length);
    expect(result.report.customers).toBeGreaterThan(0);
    if (format) expect(result.report.format).toBe(format);
  });

  it('reads the report JSON of dunning report / the Excel add-in, rejecting bad entries by row and field', () => {
    const report = {
      asOf: '2026-11-22',
      receivables: [
        { row: 4, customer: 'Hengyuan Foods (Hangzhou) Ltd', invoice: 'INV-2026-0907', email: 'finance@hengyuan-foods.example', currency: 'CNY',
          amount: '36800.00', paid: '0.00', outstanding: '36800.00', issueDate: '2026-08-08', dueDate: '2026-09-07', daysOverdue: 76 },
        { row: 5, customer: 'Broken Ltd', invoice: 'X-1', currency: 'CNY', amount: '1.00', paid: '0.00', outstanding: '1.00', dueDate: '2026-02-31' },
      ],
      totals: {},
    };
    const result = importFile('report.json', bytes(`\uFEFF  ${JSON.stringify(report)}`), '2026-11-22T09:00:00Z');
    if (!result.ok) throw new Error(result.message);
    expect(result.stored).toMatchObject({ format: 'report-json', reportAsOf: '2026-11-22' });
    expect(result.report.taken).toBe(1);
    expect(result.report.rejected).toEqual([expect.objectContaining({ row: 5, column: 'dueDate', value: '2026-02-31' })]);
  });

  it('names the file when JSON is broken or not a report', () => {
    expect(importFile('x.json', bytes('{"receivables": [}'), '')).toEqual({ ok: false, message: expect.stringMatching(/^x\.json: not valid JSON/) });
    expect(importFile('y.json', bytes('{"rows": []}'), '')).toEqual({ ok: false, message: expect.stringMatching(/^y\.json: .*receivables/) });
  });
});
