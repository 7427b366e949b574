import { describe, expect, it } from 'vitest';
import { dueDateFromTerms, parseTerms } from '../../../shared/import/parse-terms.ts';
import { plainDate } from '../../../shared/plain-date.ts';

describe('payment terms give the due date', () => {
  const issued = plainDate('2026-08-15');
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Net 30', '2026-09-14'],
    ['net30', '2026-09-14'],
    ['N30', '2026-09-14'],
    ['Net 30 days', '2026-09-14'],
    ['2/10 Net 30', '2026-09-14'],
    ['2% 10 Net 30', '2026-09-14'],
    ['Net 15', '2026-08-30'],
    ['Net 30 EOM', '2026-09-30'],
    ['Due on receipt', '2026-08-15'],
    ['Due upon receipt', '2026-08-15'],
    ['COD', '2026-08-15'],
    ['30 days', '2026-09-14'],
    ['30天', '2026-09-14'],
    ['账期30天', '2026-09-14'],
    // 月结60天: end of the invoice month (31 Aug), then 60 days.
    ['月结60天', '2026-10-30'],
    ['月結30天', '2026-09-30'],
    ['货到付款', '2026-08-15'],
    ['款到发货', '2026-08-15'],
    ['Zahlbar sofort', '2026-08-15'],
    ['sofort ohne Abzug', '2026-08-15'],
    ['14 Tage netto', '2026-08-29'],
    ['30 Tage netto', '2026-09-14'],
    ['2 % Skonto 10 Tage, 30 Tage netto', '2026-09-14'],
    ['Zahlbar innerhalb 14 Tagen', '2026-08-29'],
    ['Netto 30 Tage', '2026-09-14'],
  ];
  it.each(cases)('%s from 2026-08-15 → %s', (text, due) => {
    const terms = parseTerms(text);
    expect(terms).toBeDefined();
    if (terms) expect(dueDateFromTerms(terms, issued)).toBe(due);
  });

  it.each(['', 'when convenient', '半年后再说', 'Net'])('%j is not understood', (text) => {
    expect(parseTerms(text)).toBeUndefined();
  });

  it('月结 counts from the end of a short month', () => {
    const terms = parseTerms('月结30天');
    expect(terms && dueDateFromTerms(terms, plainDate('2026-02-10'))).toBe('2026-03-30');
  });
});
