import type { Ratio } from '../ratio.ts';

/**
 * Splits a rounded total over exact non-negative parts (minor units) so the shown parts add up
 * exactly to `total`: each part is floored, and the units left over go to the parts with the
 * largest remainders (ties: the earlier part). Hand-written because it must stay exact on
 * bigint rationals; no library does that on our Ratio type.
 */
export function allocateByLargestRemainder(parts: readonly Ratio[], total: number): number[] {
  const floors = parts.map((p) => {
    if (p.num < 0n) throw new RangeError('parts must not be negative');
    return Number(p.num / p.den);
  });
  let left = total - floors.reduce((a, b) => a + b, 0);
  if (left === 0) return floors;
  const order = parts.map((p, i) => ({ i, rem: p.num % p.den, den: p.den }));
  order.sort((a, b) => {
    const l = a.rem * b.den;
    const r = b.rem * a.den;
    return l > r ? -1 : l < r ? 1 : a.i - b.i;
  });
  const step = left > 0 ? 1 : -1;
  // Normally 0 ≤ left ≤ parts.length; the loop also absorbs a larger difference deterministically.
  for (let k = 0; left !== 0 && order.length > 0; k = (k + 1) % order.length) {
    const target = order[step > 0 ? k : order.length - 1 - k];
    if (!target) break;
    const idx = target.i;
    if (step < 0 && (floors[idx] ?? 0) <= 0) continue;
    floors[idx] = (floors[idx] ?? 0) + step;
    left -= step;
  }
  return floors;
}
