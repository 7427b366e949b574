import { describe, expect, it } from 'vitest';
import { parseAmount, type DecimalMark } from '../../../shared/import/parse-amount.ts';

describe('parseAmount reads amounts as exports write them', () => {
  // text, decimal mark of the file, expected decimal, expected currency
  const cases: ReadonlyArray<readonly [string, DecimalMark, string, string | undefined]> = [
    ['12000.00', '.', '12000.00', undefined],
    ['¥12,000.00', '.', '12000.00', 'CNY'],
    ['￥8000', '.', '8000', 'CNY'],
    ['8000元', '.', '8000', 'CNY'],
    ['$1,234.56', '.', '1234.56', 'USD'],
    ['-$1,234.56', '.', '-1234.56', 'USD'],
    ['$-1,234.56', '.', '-1234.56', 'USD'],
    ['€ 1.234,56', ',', '1234.56', 'EUR'],
    ['1.234,56 €', ',', '1234.56', 'EUR'],
    ['£99', '.', '99', 'GBP'],
    ['USD 1,200', '.', '1200', 'USD'],
    ['1,200 USD', '.', '1200', 'USD'],
    ['RMB 3,000.50', '.', '3000.50', 'CNY'],
    ['1.234,56', '.', '1234.56', undefined],
    ['1 234,56', '.', '1234.56', undefined],
    ['1\u00a0234,56', '.', '1234.56', undefined],
    ['1\u202f234,56', '.', '1234.56', undefined],
    ["1'234.50", '.', '1234.50', undefined],
    ['(1,234.56)', '.', '-1234.56', undefined],
    ['($1,234.56)', '.', '-1234.56', 'USD'],
    ['250,00-', ',', '-250.00', undefined],
    ['1.190,00-', ',', '-1190.00', undefined],
    ['500.00-', '.', '-500.00', undefined],
    ['\u22125.00', '.', '-5.00', undefined],
    ['1,234.56 CR', '.', '-1234.56', undefined],
    ['1,234,567', '.', '1234567', undefined],
    ['1.234.567', ',', '1234567', undefined],
    ['1.234.567,89', ',', '1234567.89', undefined],
    ['0,5', '.', '0.5', undefined],
    ['.75', '.', '0.75', undefined],
    ['0.125', ',', '0.125', undefined],
    // One separator and three digits: the file's decimal mark decides.
    ['1,234', '.', '1234', undefined],
    ['1,234', ',', '1.234', undefined],
    ['1.234', '.', '1.234', undefined],
    ['1.234', ',', '1234', undefined],
    ['  42  ', '.', '42', undefined],
    ['-1,234,567.89', '.', '-1234567.89', undefined],
    ['12,34', '.', '12.34', undefined],
    ['1,234,567', ',', '1234567', undefined],
    ['007.50', '.', '7.50', undefined],
    [',5', '.', '0.5', undefined],
    ['+42', '.', '42', undefined],
    // Chinese currency names before or after the number.
    ['人民币 500.00', '.', '500.00', 'CNY'],
    ['人民幣1,200.00', '.', '1200.00', 'CNY'],
    ['美元 3,200.00', '.', '3200.00', 'USD'],
    ['500美元', '.', '500', 'USD'],
    ['1,200.00 港币', '.', '1200.00', 'HKD'],
    ['-人民币300', '.', '-300', 'CNY'],
    // Excel's accounting format writes zero as a dash.
    ['-', '.', '0', undefined],
    [' $ -   ', '.', '0', 'USD'],
    ['€ –', ',', '0', 'EUR'],
    ['—', '.', '0', undefined],
  ];
  it.each(cases)('%s (decimal %s) → %s %s', (text, mark, decimal, currency) => {
    const r = parseAmount(text, mark);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decimal).toBe(decimal);
    expect(r.value.currency).toBe(currency);
  });

  it.each([
    ['abc', 'not-a-number'],
    ['N/A', 'not-a-number'],
    ['12 apples', 'not-a-number'],
    ['1,23,4', 'not-a-number'],
    ['1.2.3,4.5', 'not-a-number'],
    ['1,2345.00', 'not-a-number'],
    ['$', 'not-a-number'],
    ['--', 'not-a-number'],
    ['约 500', 'not-a-number'],
    ['500 左右', 'not-a-number'],
    ['- -', 'not-a-number'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%j is rejected as %s', (text, code) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('says which decimal mark a value proves', () => {
    const proof = (t: string): string | undefined => {
      const r = parseAmount(t);
      return r.ok ? r.value.proves : 'error';
    };
    expect(proof('1.234,56')).toBe(',');
    expect(proof('1,234.56')).toBe('.');
    expect(proof('250,00')).toBe(',');
    expect(proof('1,234')).toBeUndefined();
    expect(proof('1234')).toBeUndefined();
  });
});
