import { fromExcelSerial, parsePlainDate, type PlainDate } from '../../shared/plain-date.ts';
import { invalidValue } from './custom-functions-api.ts';

/** A date argument: an Excel serial (what a date cell holds) or ISO text. Throws `#VALUE!`. */
export function dateArgument(value: unknown, name: string): PlainDate {
  const date = typeof value === 'number' ? fromExcelSerial(value) : typeof value === 'string' ? parsePlainDate(value.trim()) : undefined;
  if (date === undefined) throw invalidValue(`${name}: not a date (${String(value)})`);
  return date;
}

/**
 * A number as the exact decimal it shows in Excel (15 significant digits): `0.0005` → `"0.0005"`.
 * Rates go to the core as decimal strings, never as binary fractions.
 */
export function decimalArgument(value: unknown, name: string): string {
  if (typeof value === 'string' && /^[+-]?\d+(?:\.\d+)?$/.test(value.trim())) return value.trim();
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidValue(`${name}: not a number (${String(value)})`);
  const fixed = Number(value.toPrecision(15)).toFixed(15);
  return fixed.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
