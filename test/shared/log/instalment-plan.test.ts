import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instalmentPlanEntries, logCsv, parseLogCsv, type InstalmentPlanInput } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { addDays, plainDate } from '../../../shared/plain-date.ts';

const base: InstalmentPlanInput = {
  date: plainDate('2026-12-07'), customer: '宁波海星物流', invoices: ['INV-2026-0503'], totals: [money(1000000, 'CNY')],
  count: 3, first: plainDate('2027-01-31'), every: { months: 1 }, channel: 'phone', by: 'Li Na',
};

describe('instalmentPlanEntries: the plan rows of the log', () => {
  it.each([
    ['monthly from a month end: the day clamped, counted from the first date', base,
      [['2027-01-31', 333334], ['2027-02-28', 333333], ['2027-03-31', 333333]]],
    ['every 14 days', { ...base, first: plainDate('2026-12-15'), every: { days: 14 } },
      [['2026-12-15', 333334], ['2026-12-29', 333333], ['2027-01-12', 333333]]],
    ['one instalment is the whole balance', { ...base, count: 1 }, [['2027-01-31', 1000000]]],
    ['too small a balance for every instalment leaves the empty ones out', { ...base, totals: [money(2, 'CNY')] },
      [['2027-01-31', 2]]],
  ] as const)('%s', (_name, input, expected) => {
    const out = instalmentPlanEntries(input);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.map((e) => [e.until, e.amount?.minor])).toEqual(expected);
    expect(out.value.every((e) => e.action === 'plan' && e.date === '2026-12-07' && e.channel === 'phone' && e.by === 'Li Na')).toBe(true);
  });

  it('gives one row per currency for each instalment', () => {
    const out = instalmentPlanEntries({ ...base, count: 2, totals: [money(1001, 'CNY'), money(300, 'JPY')] });
    expect(out.ok && out.value.map((e) => [e.until, e.amount?.minor, e.currency])).toEqual([
      ['2027-01-31', 501, 'CNY'], ['2027-01-31', 150, 'JPY'], ['2027-02-28', 500, 'CNY'], ['2027-02-28', 150, 'JPY'],
    ]);
  });

  it.each([
    ['count', { count: 0 }], ['count', { count: 61 }], ['count', { count: 2.5 }],
    ['first', { first: plainDate('2026-12-06') }], ['every', { every: { months: 0 } }], ['every', { every: { days: -7 } }],
    ['totals', { totals: [money(0, 'CNY')] }],
  ] as const)('refuses a plan with a bad %s', (field, change) => {
    expect(instalmentPlanEntries({ ...base, ...change } as InstalmentPlanInput)).toMatchObject({ ok: false, error: { code: 'invalid-plan', field } });
  });

  it('splits any balance into rows that add up to it exactly and that the log reads back as valid', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10 ** 11 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), fc.integer({ min: 1, max: 90 }),
      (minor, count, offset, monthly, step) => {
        const out = instalmentPlanEntries({ ...base, totals: [money(minor, 'CNY')], count, first: addDays(base.date, offset), every: monthly ? { months: Math.min(step, 12) } : { days: step } });
        if (!out.ok) return false;
        const sum = out.value.reduce((s, e) => s + (e.amount?.minor ?? 0), 0);
        const read = parseLogCsv(logCsv(out.value));
        return sum === minor && read.ok && read.value.rejected.length === 0 && read.value.entries.length === out.value.length
          && out.value.every((e, i) => i === 0 || (e.until ?? '') > (out.value[i - 1]?.until ?? ''));
      },
    ));
  });
});
