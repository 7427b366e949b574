import type { PlainDate } from '../plain-date.ts';

/**
 * The last step whose `from` is on or before `date` (steps ascending by `from`), or `undefined`
 * when the date precedes the table. Binary search: tables are read once per segment.
 */
export function stepInForce<T extends { readonly from: string }>(steps: readonly T[], date: PlainDate): T | undefined {
  let lo = 0;
  let hi = steps.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = steps[mid] as T;
    if (s.from <= date) { found = s; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
