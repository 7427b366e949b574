import { describe, expect, it } from 'vitest';
import { isSubHeaderRow, mergeHeaderRows, splitDateColumns } from '../../../shared/import/header-rows.ts';

describe('two-level headers', () => {
  it('spreads a merged top cell over its sub-labels', () => {
    expect(mergeHeaderRows(['客户', '本期应收', '', '', '余额', '', '到期日'], ['', '数量', '原币', '本币', '原币', '本币', '']))
      .toEqual(['客户', '本期应收数量', '本期应收原币', '本期应收本币', '余额原币', '余额本币', '到期日']);
  });

  it('a row of labels is a sub-header; a row with numbers or dates is data', () => {
    expect(isSubHeaderRow(['', '', '原币', '本币'])).toBe(true);
    expect(isSubHeaderRow(['Acme', 'INV-1', '2026-09-01', '5.00'])).toBe(false);
    expect(isSubHeaderRow(['Current', '', ''])).toBe(false);
  });

  it('finds year, month and day columns', () => {
    expect(splitDateColumns(['年', '月', '日', '凭证号'])).toEqual({ year: 0, month: 1, day: 2 });
    expect(splitDateColumns(['Date', 'Customer'])).toBeUndefined();
  });
});
