import { ratioToDecimalString, type Ratio } from '../ratio.ts';

/**
 * The shortest exact decimal for a ratio that has one (denominator of 2s and 5s only:
 * `0.05775`, `0.1325`), else the value rounded half-up to `maxDigits` places. For showing
 * rates in the working, never for money.
 */
export function exactDecimal(value: Ratio, maxDigits = 12): string {
  let den = value.den;
  let digits = 0;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) { den /= 2n; twos++; }
  while (den % 5n === 0n) { den /= 5n; fives++; }
  if (den === 1n) digits = Math.max(twos, fives);
  else digits = maxDigits;
  const text = ratioToDecimalString(value, digits);
  if (den !== 1n && text.includes('.')) return text.replace(/0+$/, '').replace(/\.$/, '');
  return text;
}
