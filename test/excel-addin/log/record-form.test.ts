import { describe, expect, it } from 'vitest';
import { balancesOf, planErrorText, recordCells, type RecordForm } from '../../../excel-addin/log/record-form.ts';
import { money } from '../../../shared/money.ts';

const INVOICES = [
  { invoice: 'INV-1', outstanding: money(1000000, 'CNY') },
  { invoice: 'INV-2', outstanding: money(1, 'CNY') },
  { invoice: 'INV-3', outstanding: money(50000, 'USD') },
];

const BASE: RecordForm = {
  kind: 'note', date: '2026-12-07', customer: 'Acme Ltd', invoices: [], amount: '', currency: 'CNY', until: '', reason: '', note: '',
  planCount: 3, planFirst: '2026-12-31', planEvery: 1, planUnit: 'months',
};

describe('the Record form as log rows', () => {
  it.each([
    ['a promise keeps its amount (thousands commas dropped), currency and date', { kind: 'promise', amount: ' 20,000.5 ', currency: 'cny', until: '2026-12-20', channel: 'phone' },
      { action: 'promise', amount: '20000.5', currency: 'CNY', until: '2026-12-20', channel: 'phone', reason: '' }],
    ['a dispute keeps its reason and invoices, never an amount', { kind: 'dispute', reason: ' short delivery ', amount: '5', invoices: ['INV-1', 'INV-2'] },
      { action: 'dispute', reason: 'short delivery', amount: '', currency: '', invoices: 'INV-1;INV-2' }],
    ['a pause keeps its date and reason', { kind: 'pause', until: '2027-01-31', reason: 'insolvency adviser' }, { action: 'pause', until: '2027-01-31', reason: 'insolvency adviser' }],
    ['mark as sent is a reminder with the stage shown', { kind: 'sent', stage: 'deadline', channel: 'letter', invoices: ['INV-1'] }, { action: 'reminder', stage: 'deadline', channel: 'letter', invoices: 'INV-1' }],
    ['a note drops a date typed in another form', { kind: 'note', note: 'called twice', until: '2027-01-01' }, { action: 'note', note: 'called twice', until: '' }],
  ] as const)('%s', (_, form, cells) => {
    const out = recordCells({ ...BASE, ...form } as RecordForm, INVOICES);
    expect(out.ok && out.value).toHaveLength(1);
    expect(out.ok && out.value[0]).toMatchObject({ date: '2026-12-07', customer: 'Acme Ltd', ...cells });
  });

  it('a plan is one row per instalment and currency, adding up to the balance exactly (CNY 10,000.01 = 3,333.35 + 2 × 3,333.33)', () => {
    const out = recordCells({ ...BASE, kind: 'plan' }, INVOICES);
    expect(out.ok && out.value.map((c) => [c.until, c.amount, c.currency])).toEqual([
      ['2026-12-31', '3333.35', 'CNY'], ['2026-12-31', '166.68', 'USD'],
      ['2027-01-31', '3333.33', 'CNY'], ['2027-01-31', '166.66', 'USD'],
      ['2027-02-28', '3333.33', 'CNY'], ['2027-02-28', '166.66', 'USD'],
    ]);
  });

  it.each([
    [{ planCount: 0 }, 'count', '请检查期数'],
    [{ planFirst: '2026-11-30' }, 'first', '请检查首期到期日'],
    [{ planFirst: '31/12/2026' }, 'first', '请检查首期到期日'],
    [{ planEvery: 0 }, 'every', '请检查间隔'],
  ] as const)('refuses a plan it cannot make (%o): the field, in both languages', (change, field, zh) => {
    const out = recordCells({ ...BASE, kind: 'plan', ...change }, INVOICES);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.field).toBe(field);
    expect(planErrorText(out.error, 'zh-CN')).toContain(zh);
    expect(planErrorText(out.error, 'en')).toMatch(/^Check the plan: /);
  });

  it('balances the invoices ticked, or all when none is', () => {
    expect(balancesOf(INVOICES, [])).toEqual([money(1000001, 'CNY'), money(50000, 'USD')]);
    expect(balancesOf(INVOICES, ['INV-3'])).toEqual([money(50000, 'USD')]);
  });
});
