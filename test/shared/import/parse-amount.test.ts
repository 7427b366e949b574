import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAmountScan, OK, parseAmount, scanAmount, toMinorUnits, type DecimalMark } from '../../../shared/import/parse-amount.ts';

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
    ['--', 'two-signs'],
    ['约 500', 'not-a-number'],
    ['500 左右', 'not-a-number'],
    ['- -', 'two-signs'],
    // Two sign marks: a slip whose meaning nobody knows, never read as positive.
    ['(-5.00)', 'two-signs'],
    ['--5', 'two-signs'],
    ['-(5.00)', 'two-signs'],
    ['(5.00-)', 'two-signs'],
    ['-5.00-', 'two-signs'],
    ['-5.00 CR', 'two-signs'],
    ['(1,234.56) CR', 'two-signs'],
    ['−−5', 'two-signs'],
    ['$--5', 'two-signs'],
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

describe('toMinorUnits', () => {
  /** Minor units by the digits alone, in bigint: what any reading of the scan must give. */
  function reference(text: string, mark: DecimalMark, digits: number): number | undefined {
    const s = newAmountScan();
    scanAmount(text, mark, s);
    const int = text.slice(s.intStart, s.intEnd).replace(/\D/g, '') || '0';
    const frac = text.slice(s.fracStart, s.fracEnd);
    if (/[1-9]/.test(frac.slice(digits))) return undefined;
    const minor = BigInt(int) * 10n ** BigInt(digits) + BigInt((frac.slice(0, digits) || '0').padEnd(digits, '0') || '0');
    if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
    const n = Number(minor);
    return s.negative && n !== 0 ? -n : n;
  }

  it.each([
    ['12000.00', '.', 2, 1200000],
    ['1,234,567.89', '.', 2, 123456789],
    ['-0.50', '.', 2, -50],
    ['1.5', '.', 0, undefined],
    ['1.500', '.', 2, 150],
    ['1.234', ',', 2, 123400],
    ['1,234', '.', 3, 1234000],
    ['90071992547409.91', '.', 2, 9007199254740991],
    ['90071992547409.92', '.', 2, undefined],
    ['1234567890123456.5', '.', 1, undefined],
  ] as const)('%s (decimal %s) in a %i-digit currency → %s', (text, mark, digits, minor) => {
    const s = newAmountScan();
    expect(scanAmount(text, mark, s).status).toBe(OK);
    expect(toMinorUnits(s, digits)).toBe(minor);
  });

  it('equals the digits read in bigint for any plain number, with or without grouping', () => {
    const digit = fc.constantFrom('0', '1', '5', '9');
    const number = fc.tuple(
      fc.boolean(), fc.array(digit, { minLength: 1, maxLength: 19 }), fc.boolean(), fc.option(fc.array(digit, { minLength: 1, maxLength: 6 })),
    ).map(([neg, int, group, frac]) => {
      let head = int.join('');
      if (group) head = head.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${neg ? '-' : ''}${head}${frac ? `.${frac.join('')}` : ''}`;
    });
    fc.assert(fc.property(number, fc.constantFrom<DecimalMark>('.', ','), fc.integer({ min: 0, max: 4 }), (text, mark, digits) => {
      const s = newAmountScan();
      if (scanAmount(text, mark, s).status !== OK) return;
      expect(toMinorUnits(s, digits)).toBe(reference(text, mark, digits));
    }), { numRuns: 3000 });
  });
});
