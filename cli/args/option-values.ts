import { parsePlainDate, type PlainDate } from '../../shared/plain-date.ts';

/** A checked option value, or the usage message that names the option. */
export type OptionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

// Dates a dunning run can sensibly be "as of": the importer takes invoice dates in the same
// span, and day counts across it stay far inside exact integer arithmetic.
const EARLIEST = '1900-01-01';
const LATEST = '2199-12-31';

/** `--as-of 2026-11-22`: a real calendar date written YYYY-MM-DD, from 1900 to 2199. */
export function dateOption(flag: string, text: string): OptionResult<PlainDate> {
  const value = parsePlainDate(text.trim());
  if (value === undefined) return { ok: false, message: `--${flag} must be a date written YYYY-MM-DD; got "${text}"` };
  if (value < EARLIEST || value > LATEST) return { ok: false, message: `--${flag} must be a date from ${EARLIEST} to ${LATEST}; got "${text}"` };
  return { ok: true, value };
}

/** `--deadline-days 10`: a whole number from `min` to `max`, written in digits. */
export function wholeNumberOption(flag: string, text: string, min: number, max: number): OptionResult<number> {
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    return { ok: false, message: `--${flag} must be a whole number from ${min} to ${max}; got "${text}"` };
  }
  return { ok: true, value: n };
}
