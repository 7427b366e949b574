import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../../shared/report/parse-report-json.ts';

const entry = {
  row: 4, customer: 'Suzhou Meiya Textiles', invoice: 'INV-2026-0412', email: 'ap@meiya-textiles.cn', currency: 'CNY',
  amount: '120000.00', paid: '20000.00', outstanding: '100000.00', issueDate: '2026-06-15', dueDate: '2026-07-15',
  daysOverdue: 130, bucket: '91-180', stage: 'final-notice', penalty: '1234.00',
};

describe('parseReportJson', () => {
  it('reads receivables back exactly', () => {
    const r = parseReportJson({ asOf: '2026-11-22', receivables: [entry], totals: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.asOf).toBe('2026-11-22');
    expect(r.value.rejected).toEqual([]);
    expect(r.value.receivables).toEqual([{
      row: 4, customer: 'Suzhou Meiya Textiles', invoice: 'INV-2026-0412', email: 'ap@meiya-textiles.cn', currency: 'CNY',
      amount: { minor: 12_000_000, currency: 'CNY' }, paid: { minor: 2_000_000, currency: 'CNY' },
      outstanding: { minor: 10_000_000, currency: 'CNY' }, issueDate: '2026-06-15', dueDate: '2026-07-15',
    }]);
  });

  it.each([
    [{ ...entry, dueDate: '2026-02-30' }, 'dueDate', '2026-02-30'],
    [{ ...entry, amount: '12,000' }, 'amount', '12,000'],
    [{ ...entry, currency: 'yuan' }, 'currency', 'yuan'],
    [{ ...entry, customer: '  ' }, 'customer', '  '],
  ])('rejects a bad entry with its field and value', (bad, column, value) => {
    const r = parseReportJson({ receivables: [entry, bad] });
    expect(r.ok && r.value.receivables.length).toBe(1);
    expect(r.ok && r.value.rejected).toEqual([expect.objectContaining({ row: 4, column, value })]);
  });

  it('says when the file is not a report', () => {
    const r = parseReportJson({ invoices: [] });
    expect(r).toEqual({ ok: false, error: { code: 'not-a-report', message: expect.stringContaining('receivables') } });
  });
});
