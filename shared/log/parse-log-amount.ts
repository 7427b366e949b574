import { minorDigits, type CurrencyCode } from '../currency.ts';
import { money, parseDecimalMoney, type Money } from '../money.ts';
import { logCellText, type LogCell } from './log-cell.ts';

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * The amount in minor units when `text` is the plain form a log is written in (`20000.00`,
 * `15`, `7.5`): digits, at most one point, no more decimals than the currency has, above zero
 * and exact. Anything else is `undefined` and goes the general way. Every payment, promise
 * and plan row has an amount: reading them digit by digit halves the cost of the column
 * (npm run bench, collection log).
 */
function plainAmountMinor(text: string, digits: number): number | undefined {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x2e) return undefined;
  let minor = 0;
  let decimals = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < 0x30 || c > 0x39) return undefined;
    if (decimals >= 0 && ++decimals > digits) return undefined;
    minor = minor * 10 + (c - 0x30);
  }
  for (let d = Math.max(decimals, 0); d < digits; d++) minor *= 10;
  // Digits only grow the value, so an inexact step leaves the result unsafe too.
  return minor > 0 && Number.isSafeInteger(minor) ? minor : undefined;
}

/**
 * An amount cell in a currency: a plain decimal (`20000.00`, `20,000.00` with thousands
 * separators, or a number from a sheet), exact to the currency's minor unit and above zero.
 * A number from a sheet is taken when it is the decimal it shows (Excel keeps 15 digits: a
 * computed 0.1 + 0.2 is taken as 0.30); more decimals than the currency has are refused, never
 * rounded.
 */
export function parseLogAmount(cell: LogCell, currency: CurrencyCode): { ok: true; value: Money } | { ok: false; reason: string } {
  const digits = minorDigits(currency);
  if (typeof cell === 'string') {
    const minor = plainAmountMinor(cell, digits);
    if (minor !== undefined) return { ok: true, value: money(minor, currency) };
  }
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
