/** ISO 4217 currency code, upper case (`CNY`, `EUR`, …). */
export type CurrencyCode = string;

// ISO 4217 minor units for currencies that differ from the default of 2.
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ['JPY', 0], ['KRW', 0], ['VND', 0], ['CLP', 0], ['ISK', 0], ['XOF', 0], ['XAF', 0], ['UGX', 0], ['PYG', 0],
  ['BHD', 3], ['KWD', 3], ['OMR', 3], ['JOD', 3], ['TND', 3], ['IQD', 3], ['LYD', 3],
]);

/** Digits after the decimal point in the currency's minor unit (ISO 4217; 2 unless listed). */
export function minorDigits(currency: CurrencyCode): number {
  return MINOR_DIGITS.get(currency) ?? 2;
}

/** Whether a string looks like an ISO 4217 code. */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/.test(text);
}
