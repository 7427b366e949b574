import { minorDigits, type CurrencyCode } from '../currency.ts';
import { parseDecimalMoney, type Money } from '../money.ts';
import { logCellText, type LogCell } from './log-cell.ts';

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * An amount cell in a currency: a plain decimal (`20000.00`, `20,000.00` with thousands
 * separators, or a number from a sheet), exact to the currency's minor unit and above zero.
 * A number from a sheet is taken when it is the decimal it shows (Excel keeps 15 digits: a
 * computed 0.1 + 0.2 is taken as 0.30); more decimals than the currency has are refused, never
 * rounded.
 */
export function parseLogAmount(cell: LogCell, currency: CurrencyCode): { ok: true; value: Money } | { ok: false; reason: string } {
  const digits = minorDigits(currency);
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) >= 1e15) return { ok: false, reason: 'is not an amount' };
    text = cell.toFixed(digits);
    if (Math.abs(Number(text) - cell) > 1e-9 * Math.max(1, Math.abs(cell))) {
      return { ok: false, reason: `has more decimals than ${currency} has (${digits})` };
    }
  } else {
    text = logCellText(cell).replace(/^'/, '').replace(/\s/g, '');
    if (GROUPED.test(text)) text = text.replace(/,/g, '');
  }
  if (!/^[+-]?\d+(?:\.\d*)?$/.test(text)) return { ok: false, reason: 'is not an amount; write it like 20000.00' };
  const fraction = (text.split('.')[1] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: `has more decimals than ${currency} has (${digits})` };
  const value = parseDecimalMoney(text, currency);
  if (value === undefined) return { ok: false, reason: 'is too large an amount' };
  if (value.minor <= 0) return { ok: false, reason: 'must be more than zero' };
  return { ok: true, value };
}
