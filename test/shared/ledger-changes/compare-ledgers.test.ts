import { describe, expect, it } from 'vitest';
import { deriveCollection } from '../../../shared/collection/index.ts';
import { compareLedgers, paymentEntries } from '../../../shared/ledger-changes/index.ts';
import { toDecimalString } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { invoice } from '../collection/collection-fixtures.ts';

const lastWeek = [
  invoice('Suzhou Meiya Textiles', 'INV-0412', '2026-07-15', '120000.00', { paid: '20000.00', issueDate: '2026-06-15' }),
  invoice('Suzhou Meiya Textiles', 'INV-0498', '2026-08-31', '45600.00', { issueDate: '2026-08-01' }),
  invoice('Ningbo Haixing', 'INV-0503', '2026-10-10', '8800.00', { issueDate: '2026-09-10' }),
  invoice('Bristol Print Works', 'INV-0520', '2026-10-20', '3450.00', { currency: 'GBP' }),
  invoice('Old Paid Co', 'INV-0001', '2026-01-31', '10.00', { paid: '10.00' }),
];
const thisWeek = [
  // Part-paid: 100,000.00 → 80,000.00.
  invoice('Suzhou Meiya Textiles', 'INV-0412', '2026-07-15', '120000.00', { paid: '40000.00', issueDate: '2026-06-15' }),
  // Settled in the export, and its due date moved.
  invoice('Suzhou Meiya Textiles', 'inv-0498', '2026-09-30', '45600.00', { paid: '45600.00', issueDate: '2026-08-01' }),
  // New.
  invoice('Shenzhen Qiaotou', 'INV-0601', '2026-12-01', '15000.00', { issueDate: '2026-11-01' }),
  // Unchanged.
  invoice('Bristol Print Works', 'INV-0520', '2026-10-20', '3450.00', { currency: 'GBP' }),
  // INV-0503 is gone: paid.
];

describe('compareLedgers', () => {
  const changes = compareLedgers(lastWeek, thisWeek);

  it('finds what was paid (gone or settled), part-paid and by how much, new, and changed due dates', () => {
    expect(changes.map((c) => [c.kind, c.invoice, c.amount ? toDecimalString(c.amount) : null])).toEqual([
      ['part-paid', 'INV-0412', '20000.00'],
      ['paid', 'inv-0498', '45600.00'],
      ['due-date-changed', 'inv-0498', null],
      ['new', 'INV-0601', '15000.00'],
      ['paid', 'INV-0503', '8800.00'],
    ]);
    expect(changes[2]?.dueDate).toEqual({ before: '2026-08-31', after: '2026-09-30' });
    expect(changes[4]?.after).toBeUndefined();
  });

  it('makes one payment row per invoice paid, and a part payment found this way restarts the limitation period', () => {
    const rows = paymentEntries(changes, plainDate('2026-12-07'), 'Li Na', 'last-week.csv');
    expect(rows.map((r) => [r.customer, r.invoices, r.amount ? toDecimalString(r.amount) : null, r.currency])).toEqual([
      ['Suzhou Meiya Textiles', ['INV-0412'], '20000.00', 'CNY'],
      ['Suzhou Meiya Textiles', ['inv-0498'], '45600.00', 'CNY'],
      ['Ningbo Haixing', ['INV-0503'], '8800.00', 'CNY'],
    ]);
    expect(rows[0]).toMatchObject({ action: 'payment', date: '2026-12-07', by: 'Li Na', note: 'part payment, found by comparing exports (last-week.csv): outstanding 100000.00 → 80000.00' });
    expect(rows[2]?.note).toContain('gone from the export');
    // 民法典 第195条: the part payment on 2026-12-07 restarts INV-0412's period: 2029-12-07 instead of 2029-07-16.
    const entries = rows.map((r, i) => ({ ...r, row: i + 2 }));
    const state = deriveCollection(thisWeek, entries, plainDate('2026-12-07'), { jurisdiction: 'cn' });
    expect(state.invoices[0]?.limitation).toMatchObject({ expires: '2029-12-07', restartedBy: { action: 'payment', date: '2026-12-07' } });
    expect(deriveCollection(thisWeek, [], plainDate('2026-12-07'), { jurisdiction: 'cn' }).invoices[0]?.limitation?.expires).toBe('2029-07-16');
  });
});
