import { minorDigits, type CurrencyCode } from './currency.ts';

/**
 * An exact amount of money: an integer count of the currency's minor unit (cents, fen).
 * A plain readonly object so it survives JSON, structured clone and extension messaging.
 * `minor` is a safe integer (|minor| < 2^53), i.e. up to 90 trillion in a 2-digit currency.
 */
export interface Money {
  readonly minor: number;
  readonly currency: CurrencyCode;
}

/** Builds a money value; throws when `minor` is not a safe integer (a broken invariant). */
export function money(minor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer: ${minor}`);
  return { minor: minor === 0 ? 0 : minor, currency };
}

/** Zero in a currency. */
export function zero(currency: CurrencyCode): Money {
  return { minor: 0, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`currency mismatch: ${a.currency} vs ${b.currency}`);
}

/** a + b (same currency). */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
}

/** a − b (same currency). */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
}

/** -1, 0, 1 (same currency). */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/** −a. */
export function negate(a: Money): Money {
  return money(-a.minor, a.currency);
}

/** Whether the amount is zero. */
export function isZero(a: Money): boolean {
  return a.minor === 0;
}

/** Whether the amount is below zero. */
export function isNegative(a: Money): boolean {
  return a.minor < 0;
}

/**
 * Parses a plain decimal string (`"12000.00"`, `"-5"`, `"0.5"`) exactly into the currency's
 * minor unit. More fraction digits than the currency has is an error, not a rounding:
 * input money is taken as written. Returns `undefined` for anything else.
 */
export function parseDecimalMoney(text: string, currency: CurrencyCode): Money | undefined {
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = minorDigits(currency);
  const frac = m[3] ?? '';
  const significantFrac = frac.replace(/0+$/, '');
  if (significantFrac.length > digits) return undefined;
  const minor = Number(m[2] + frac.padEnd(digits, '0').slice(0, digits));
  if (!Number.isSafeInteger(minor)) return undefined;
  return money(m[1] === '-' ? -minor : minor, currency);
}

/** The decimal string with exactly the currency's minor digits: `"12000.00"`, `"-0.50"`, `"1500"` (JPY). */
export function toDecimalString(a: Money | MoneyTotal): string {
  if (typeof a.minor === 'bigint') return bigDecimalString(a.minor, minorDigits(a.currency));
  const digits = minorDigits(a.currency);
  const abs = a.minor < 0 ? -a.minor : a.minor;
  const sign = a.minor < 0 ? '-' : '';
  if (digits === 2) {
    // The common case, without padding helpers: reports format millions of amounts.
    const units = Math.floor(abs / 100);
    const cents = abs - units * 100;
    return sign + units + (cents < 10 ? '.0' : '.') + cents;
  }
  if (digits === 0) return `${sign}${abs}`;
  const s = String(abs).padStart(digits + 1, '0');
  return `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/**
 * A total of many amounts, exact whatever its size: `minor` is a number while it is a safe
 * integer and a bigint beyond that (only a report of very many very large invoices gets
 * there), so code that compares it with 0 or formats it with {@link toDecimalString} needs no
 * special case. Made by `exactSumValue`.
 */
export interface MoneyTotal {
  readonly minor: number | bigint;
  readonly currency: CurrencyCode;
}

function bigDecimalString(minor: bigint, digits: number): string {
  const sign = minor < 0n ? '-' : '';
  const s = String(minor < 0n ? -minor : minor).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${s}` : `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** Sum of a list in one currency (zero for an empty list). */
export function sum(values: readonly Money[], currency: CurrencyCode): Money {
  let total = 0;
  for (const v of values) {
    if (v.currency !== currency) throw new TypeError(`currency mismatch: ${v.currency} vs ${currency}`);
    total += v.minor;
  }
  return money(total, currency);
}
