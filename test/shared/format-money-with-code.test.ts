import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoneyWithCode } from '../../shared/format-money-with-code.ts';
import { money } from '../../shared/money.ts';

describe('formatMoneyWithCode', () => {
  it.each([
    [0, 'CNY', 'CNY 0.00'],
    [5, 'CNY', 'CNY 0.05'],
    [99999, 'CNY', 'CNY 999.99'],
    [100000, 'CNY', 'CNY 1,000.00'],
    [2000000, 'CNY', 'CNY 20,000.00'],
    [123456789012, 'EUR', 'EUR 1,234,567,890.12'],
    [-150050, 'GBP', '-GBP 1,500.50'],
    [150000, 'JPY', 'JPY 150,000'],
    [999, 'JPY', 'JPY 999'],
    [1000, 'JPY', 'JPY 1,000'],
  ])('writes %i minor units of %s as %s', (minor, currency, expected) => {
    expect(formatMoneyWithCode(money(minor, currency))).toBe(expected);
  });

  it('puts a comma before every group of three digits of the whole part, whatever the amount', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('CNY', 'JPY', 'KWD'), (minor, currency) => {
      const text = formatMoneyWithCode(money(minor, currency));
      const m = /^(-?)([A-Z]{3}) (\d{1,3}(?:,\d{3})*)(?:\.(\d+))?$/.exec(text);
      expect(m).not.toBeNull();
      const [, sign = '', code, whole = '', fraction = ''] = m as RegExpExecArray;
      expect(code).toBe(currency);
      expect(sign === '-').toBe(minor < 0);
      // The digits, without the separators, are the amount.
      expect(BigInt(whole.replaceAll(',', '') + fraction)).toBe(BigInt(Math.abs(minor)));
    }));
  });
});
