import { describe, expect, it } from 'vitest';
import { customerListJson } from '../../../excel-addin/export/customer-list-json.ts';
import { DEFAULT_BUCKETS } from '../../../shared/aging.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { parseReportJson } from '../../../shared/report/index.ts';
import { DEFAULT_STAGE_POLICY } from '../../../shared/stages/index.ts';

const inv = (row: number, customer: string, outstanding: number, due: string, email?: string): Receivable => ({
  row, customer, invoice: `INV-${row}`, currency: 'CNY', amount: money(outstanding, 'CNY'), paid: money(0, 'CNY'),
  outstanding: money(outstanding, 'CNY'), dueDate: plainDate(due), ...(email ? { email } : {}),
});

describe('customerListJson', () => {
  it('exports open invoices in the report schema that the extension reads back', () => {
    const receivables = [
      inv(4, 'Shanghai Minghua Electronics Co. Ltd', 1_200_000, '2026-08-15', 'ap@minghua-electronics.example'),
      inv(5, 'Hengyuan Foods (Hangzhou) Ltd', 3_680_000, '2026-09-07'),
      inv(6, 'Initech', 0, '2026-07-01'),
    ];
    const json = customerListJson(receivables, { sheet: 'AR', headerRow: 2, firstColumn: 0, columnCount: 6, dataRowCount: 3, source: 'region', headers: [] }, {
      asOf: plainDate('2026-11-22'), ruleFor: () => ({ kind: 'daily-rate', rate: '0.0005' }), buckets: DEFAULT_BUCKETS, policy: DEFAULT_STAGE_POLICY,
    });
    expect(json.asOf).toBe('2026-11-22');
    expect(json.receivables.map((r) => [r.row, r.customer, r.outstanding, r.daysOverdue, r.bucket, r.stage, r.penalty])).toEqual([
      [4, 'Shanghai Minghua Electronics Co. Ltd', '12000.00', 99, '91-180', 'final-notice', '594.00'],
      [5, 'Hengyuan Foods (Hangzhou) Ltd', '36800.00', 76, '61-90', 'formal-notice', '1398.40'],
    ]);
    expect(json.totals.CNY?.outstanding).toBe('48800.00');
    const back = parseReportJson(JSON.parse(JSON.stringify(json)));
    expect(back.ok && back.value.receivables.map((r) => [r.customer, r.outstanding.minor, r.email])).toEqual([
      ['Shanghai Minghua Electronics Co. Ltd', 1_200_000, 'ap@minghua-electronics.example'],
      ['Hengyuan Foods (Hangzhou) Ltd', 3_680_000, undefined],
    ]);
  });
});
