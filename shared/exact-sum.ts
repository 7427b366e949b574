/**
 * A running sum of minor units that stays exact past 2^53: amounts add as numbers (fast, and
 * exact while both sides are below 2^52) and move into a bigint when they grow past that. A
 * plain mutable record, one per total (see `createTotalsAccumulator`).
 */
export interface ExactSum {
  small: number;
  big: bigint;
}

const LIMIT = 2 ** 52;

/** A sum of nothing. */
export function newExactSum(): ExactSum {
  return { small: 0, big: 0n };
}

/** Adds a safe-integer amount of minor units. */
export function addExact(sum: ExactSum, minor: number): void {
  const s = sum.small;
  if (s < LIMIT && s > -LIMIT && minor < LIMIT && minor > -LIMIT) {
    // Two integers below 2^52 add exactly.
    sum.small = s + minor;
    return;
  }
  sum.big += BigInt(s) + BigInt(minor);
  sum.small = 0;
}

/** The sum: a number while it is a safe integer, else a bigint. */
export function exactSumValue(sum: ExactSum): number | bigint {
  if (sum.big === 0n) return sum.small;
  const total = sum.big + BigInt(sum.small);
  return total <= BigInt(Number.MAX_SAFE_INTEGER) && total >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : total;
}
