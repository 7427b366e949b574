import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../../shared/import/header-synonyms.ts';
import { parseAmount } from '../../../shared/import/parse-amount.ts';
import { scanDate } from '../../../shared/import/parse-date.ts';
import { parseTerms } from '../../../shared/import/parse-terms.ts';
import { totalKind } from '../../../shared/import/row-kind.ts';

// Cells of 100,000 characters built the way backtracking patterns fail on: a run that optional
// parts could split many ways, then a character that makes the match fail. Before issue 10 the
// date cell alone took 20 s at 3,000 blanks (and about 1,000 times as long here); read in one
// pass each is a few milliseconds. The time per byte is measured in `npm run bench`; here a
// quadratic reader would not finish within the test's timeout.
const N = 100_000;

describe('every cell reader takes one pass over a pathological cell', () => {
  it.each<[string, string]>([
    ['a date then a time then blanks then text', `01/02/2026 1:${' '.repeat(N)}x`],
    ['a date then blanks then a time then text', `01/02/2026${' '.repeat(N)}10:22 x`],
    ['a time of colons', `01/02/2026 ${'1:'.repeat(N)}`],
    ['digits', '1'.repeat(N)],
    ['slashes and digits', '1/'.repeat(N)],
  ])('date: %s', (_name, cell) => {
    expect(scanDate(cell).kind).toBe('not-a-date');
  });

  it.each<[string, string]>([
    ['Total, blanks, then text', `Total${' '.repeat(N)}x`],
    ['Total, blanks, a colon, blanks, then text', `Total${' '.repeat(N)}:${' '.repeat(N)}x`],
    ['Total for, blanks', `Total 1${' '.repeat(N)}- 30 x`],
    ['Subtotal then blanks and digits', `Sub${' '.repeat(N)}${'1'.repeat(N)}`],
  ])('total: %s', (_name, cell) => {
    expect(totalKind([cell])).toBeUndefined();
  });

  it.each<[string, string]>([
    ['net and digits', `net ${'3'.repeat(N)}`],
    ['a discount of digits', `${'2'.repeat(N)}/10 x`],
    ['digits, a dot, digits', `${'1'.repeat(N)}.${'1'.repeat(N)} net`],
    ['Tage and blanks', `14${' '.repeat(N)}tage x`],
  ])('terms: %s', (_name, cell) => {
    expect(parseTerms(cell)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['opening brackets', '('.repeat(N)],
    ['opening brackets then a closing one after text', `${'('.repeat(N)}x)y`],
  ])('header: %s', (_name, cell) => {
    expect(normalizeHeader(cell).key).toBe('');
  });

  it.each<[string, string]>([
    ['commas', `1${','.repeat(N)}5`],
    ['blanks around digits', `${' '.repeat(N)}1${' '.repeat(N)}x`],
    ['minus signs', '-'.repeat(N)],
  ])('amount: %s', (_name, cell) => {
    expect(parseAmount(cell).ok).toBe(false);
  });
});
