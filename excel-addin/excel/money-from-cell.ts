import { minorDigits, type CurrencyCode } from '../../shared/currency.ts';
import { money, type Money } from '../../shared/money.ts';
import { ratio, ratioFromDecimal, rmul, roundHalfUpToMinor } from '../../shared/ratio.ts';

/**
 * An amount from a decimal string (possibly with more digits than the currency has, as a
 * formula result can) rounded once, half-up, to the currency's minor unit.
 */
export function moneyFromDecimal(decimal: string, currency: CurrencyCode): Money | undefined {
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(decimal)) return undefined;
  const minor = roundHalfUpToMinor(rmul(ratioFromDecimal(decimal), ratio(10n ** BigInt(minorDigits(currency)))));
  return Number.isSafeInteger(minor) ? money(minor, currency) : undefined;
}

/**
 * An amount from a numeric cell. Excel keeps 15 significant digits, so the double is read at
 * that precision (`0.1+0.2` shows and means 0.3), then rounded once to the minor unit.
 */
export function moneyFromCellNumber(value: number, currency: CurrencyCode): Money | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined;
  const fifteen = Number(value.toPrecision(15));
  // toFixed(12) writes a plain decimal (no exponent) for |x| < 1e21; trailing zeros are harmless.
  return moneyFromDecimal(fifteen.toFixed(12), currency);
}

/** The decimal number written into a cell for an amount (exact for safe minor-unit integers). */
export function cellNumberFromMoney(m: Money): number {
  return m.minor / 10 ** minorDigits(m.currency);
}

/**
 * A number format that shows the currency with the amount, grouped, with the currency's minor
 * digits: `[$USD] #,##0.00`, `[$JPY] #,##0`. The ISO code (Excel's own "USD" currency symbol
 * choice) rather than a sign: in a sheet that mixes currencies, `¥` and `$` would not say which.
 */
export function moneyNumberFormat(currency: CurrencyCode): string {
  const d = minorDigits(currency);
  const code = /^[A-Z]{3}$/.test(currency) ? `[$${currency}] ` : '';
  return d === 0 ? `${code}#,##0` : `${code}#,##0.${'0'.repeat(d)}`;
}
