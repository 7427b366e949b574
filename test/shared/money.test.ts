import { describe, expect, it } from 'vitest';
import { add, money, parseDecimalMoney, subtract, sum, toDecimalString } from '../../shared/money.ts';
import { ratio, ratioFromDecimal, rmul, roundHalfUpToMinor } from '../../shared/ratio.ts';

describe('money', () => {
  it.each([
    ['12000.00', 'CNY', 1_200_000],
    ['12000', 'CNY', 1_200_000],
    ['0.5', 'EUR', 50],
    ['-250.00', 'EUR', -25_000],
    ['1500', 'JPY', 1500],
    ['1.230', 'USD', 123],
  ])('parses %s %s exactly', (text, currency, minor) => {
    expect(parseDecimalMoney(text, currency)?.minor).toBe(minor);
  });

  it.each([['1.005', 'USD'], ['1.5', 'JPY'], ['1e3', 'USD'], ['', 'USD'], ['12,000', 'USD']])(
    'refuses %s %s rather than rounding it', (text, currency) => {
      expect(parseDecimalMoney(text, currency)).toBeUndefined();
    });

  it('formats with the currency minor digits', () => {
    expect(toDecimalString(money(1_200_000, 'CNY'))).toBe('12000.00');
    expect(toDecimalString(money(-5, 'GBP'))).toBe('-0.05');
    expect(toDecimalString(money(1500, 'JPY'))).toBe('1500');
  });

  it('adds exactly where floats would not', () => {
    const a = parseDecimalMoney('0.10', 'USD')!;
    const b = parseDecimalMoney('0.20', 'USD')!;
    expect(toDecimalString(add(a, b))).toBe('0.30');
    expect(toDecimalString(subtract(a, b))).toBe('-0.10');
    expect(toDecimalString(sum([a, b, a], 'USD'))).toBe('0.40');
    expect(() => add(a, money(1, 'EUR'))).toThrow(/currency mismatch/);
  });

  it('rounds once, half away from zero', () => {
    expect(roundHalfUpToMinor(ratio(5n, 2n))).toBe(3);
    expect(roundHalfUpToMinor(ratio(-5n, 2n))).toBe(-3);
    expect(roundHalfUpToMinor(ratio(249n, 100n))).toBe(2);
    // 100000.00 CNY × 0.0005 × 31 days = 1550.00 exactly
    expect(roundHalfUpToMinor(rmul(rmul(ratioFromDecimal('10000000'), ratioFromDecimal('0.0005')), ratio(31n)))).toBe(155_000);
  });
});
