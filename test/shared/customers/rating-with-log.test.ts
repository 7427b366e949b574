import { describe, expect, it } from 'vitest';
import { deriveCollection } from '../../../shared/collection/index.ts';
import { rateCustomer, summarizeCustomers } from '../../../shared/customers/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { invoice, logRows } from '../collection/collection-fixtures.ts';

const clean = { weightedAverageDaysOverdue: 0, oldestDaysOverdue: 0, overdueShare: 0, settledShare: 0, partlyPaidShare: 0 };

describe('the credit rating with a collection log', () => {
  it('weighs broken promises (−10 each, at most −30), missed instalments (−5, at most −20) and disputes (−5, at most −10)', () => {
    const r = rateCustomer({ ...clean, log: { brokenPromises: 2, missedInstalments: 5, disputes: 1 } });
    expect(r.factors.slice(-3)).toEqual([
      { name: 'brokenPromises', value: 2, effect: -20 }, { name: 'missedInstalments', value: 5, effect: -20 }, { name: 'disputes', value: 1, effect: -5 },
    ]);
    expect(r).toMatchObject({ score: 55, grade: 'C' });
    expect(rateCustomer({ ...clean, log: { brokenPromises: 9, missedInstalments: 0, disputes: 9 } }).score).toBe(60);
    // Without a log, the factors are the export's only.
    expect(rateCustomer(clean).factors.map((f) => f.name)).not.toContain('brokenPromises');
  });

  it('takes the counts from the derived state, and a customer whose word held keeps its grade', () => {
    const receivables = [
      invoice('Reliable Co', 'R-1', '2026-11-10', '100.00', { issueDate: '2026-10-10' }),
      invoice('Promiser Co', 'P-1', '2026-11-10', '100.00', { issueDate: '2026-10-10' }),
    ];
    const log = logRows(
      ['2026-10-01', 'Promiser Co', 'promise', { until: '2026-10-15' }],
      ['2026-11-12', 'Promiser Co', 'promise', { amount: '100.00', currency: 'CNY', until: '2026-11-15' }],
      ['2026-11-12', 'Promiser Co', 'dispute', { reason: 'late delivery' }],
    );
    const asOf = plainDate('2026-11-22');
    const collection = deriveCollection(receivables, log, asOf);
    const summaries = summarizeCustomers(receivables, asOf, { collection });
    const reliable = summaries.find((s) => s.customer === 'Reliable Co');
    const promiser = summaries.find((s) => s.customer === 'Promiser Co');
    expect(promiser?.rating.factors).toEqual(expect.arrayContaining([
      { name: 'brokenPromises', value: 1, effect: -10 }, { name: 'disputes', value: 1, effect: -5 },
    ]));
    // The first promise (2026-10-01) came before P-1 was issued on 2026-10-10: it covered nothing, so it was not broken.
    expect((reliable?.rating.score ?? 0) - (promiser?.rating.score ?? 0)).toBe(15);
  });
});
