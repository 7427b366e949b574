/**
 * Exact rational arithmetic on bigint, for computations whose intermediate values are not
 * decimals (a yearly rate divided by 365). Results become money only through
 * {@link roundHalfUpToMinor}: the one rounding step.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint; // always > 0
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** n / d, normalised (d > 0, lowest terms). */
export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) { num = -num; den = -den; }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

/** The exact value of a decimal string such as `"0.0005"`, `"-1.5"`, `"4.35"`; throws if malformed. */
export function ratioFromDecimal(text: string): Ratio {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(m[2] + frac) * (m[1] === '-' ? -1n : 1n);
  return ratio(n, 10n ** BigInt(frac.length));
}

/** Whether a string is a plain decimal number. */
export function isDecimalString(text: string): boolean {
  return /^[+-]?\d+(?:\.\d+)?$/.test(text.trim());
}

export const ZERO: Ratio = { num: 0n, den: 1n };
export const ONE: Ratio = { num: 1n, den: 1n };

/** a + b. */
export function radd(a: Ratio, b: Ratio): Ratio {
  if (a.den === b.den) return ratio(a.num + b.num, a.den);
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function rsub(a: Ratio, b: Ratio): Ratio {
  return radd(a, { num: -b.num, den: b.den });
}

/** a × b. */
export function rmul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** a ÷ b. */
export function rdiv(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

/** -1, 0, 1. */
export function rcompare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** min(a, b). */
export function rmin(a: Ratio, b: Ratio): Ratio {
  return rcompare(a, b) <= 0 ? a : b;
}

/** Integer ratio from a number of minor units. */
export function ratioFromInt(n: number | bigint): Ratio {
  return { num: BigInt(n), den: 1n };
}

/**
 * THE rounding step: a value in minor units rounded half away from zero ("half-up" as
 * accountants mean it: 0.5 fen → 1 fen, −0.5 → −1) to a whole minor unit.
 */
export function roundHalfUpToMinor(valueInMinor: Ratio): number {
  const { num, den } = valueInMinor;
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q = (abs * 2n + den) / (2n * den);
  const n = Number(q);
  return neg ? -n : n;
}

/** Decimal string of a ratio rounded half-up to `digits` places (for display of rates and working). */
export function ratioToDecimalString(value: Ratio, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = roundHalfUpToMinor(rmul(value, { num: scale, den: 1n }));
  const neg = scaled < 0;
  const s = String(Math.abs(scaled)).padStart(digits + 1, '0');
  const body = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return (neg ? '-' : '') + body;
}
