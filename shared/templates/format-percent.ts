import { isDecimalString } from '../ratio.ts';

/**
 * A decimal fraction as a percentage, exactly (string shift, no float): `"0.0005"` → `0.05%`,
 * `"0.08"` → `8%`, `"0.015"` → `1.5%`. Throws on a non-decimal (rates are validated upstream).
 */
export function formatPercent(fraction: string): string {
  return `${shiftDecimal(fraction, 2)}%`;
}

/** Moves the decimal point `places` to the right in a decimal string and trims zeros: ("0.0005", 2) → "0.05". */
export function shiftDecimal(decimal: string, places: number): string {
  if (!isDecimalString(decimal)) throw new RangeError(`not a decimal: ${decimal}`);
  const negative = decimal.startsWith('-');
  const unsigned = decimal.replace(/^[+-]/, '');
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const digits = whole + fraction.padEnd(places, '0');
  const point = whole.length + places;
  let intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  if (intPart === '') intPart = '0';
  const out = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && out !== '0' ? `-${out}` : out;
}
