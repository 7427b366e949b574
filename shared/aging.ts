/**
 * Aging buckets: how long an invoice has been overdue, in the bands credit controllers use.
 * `current` holds everything not yet overdue (due today or later).
 */
export interface AgingBucket {
  /** Label used in reports and as a stable key: `current`, `1-30`, …, `180+`. */
  readonly id: string;
  /** Smallest days overdue in the bucket (inclusive); `current` has 0. */
  readonly minDays: number;
  /** Largest days overdue (inclusive); `undefined` for the open-ended last bucket. */
  readonly maxDays?: number;
}

/** Upper bounds of the default buckets: current, 1-30, 31-60, 61-90, 91-180, 180+. */
export const DEFAULT_BUCKET_BOUNDS: readonly number[] = [30, 60, 90, 180];

/**
 * Builds buckets from ascending upper bounds, e.g. `[30, 60, 90]` → current, 1-30, 31-60,
 * 61-90, 90+. Returns an error value when the bounds are not strictly ascending positive integers.
 */
export function makeBuckets(bounds: readonly number[]):
  | { ok: true; value: readonly AgingBucket[] }
  | { ok: false; error: { code: 'invalid-buckets'; message: string } } {
  const buckets: AgingBucket[] = [{ id: 'current', minDays: 0, maxDays: 0 }];
  let previous = 0;
  for (const bound of bounds) {
    if (!Number.isInteger(bound) || bound <= previous) {
      return { ok: false, error: { code: 'invalid-buckets', message: `bucket bounds must be whole numbers in ascending order, got ${bounds.join(',')}` } };
    }
    buckets.push({ id: `${previous + 1}-${bound}`, minDays: previous + 1, maxDays: bound });
    previous = bound;
  }
  buckets.push({ id: `${previous}+`, minDays: previous + 1 });
  return { ok: true, value: buckets };
}

/** The default buckets (current, 1-30, 31-60, 61-90, 91-180, 180+). */
export const DEFAULT_BUCKETS: readonly AgingBucket[] = (() => {
  const made = makeBuckets(DEFAULT_BUCKET_BOUNDS);
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
})();

/** The bucket for a number of days overdue (0 or less is `current`). */
export function bucketFor(daysOverdue: number, buckets: readonly AgingBucket[] = DEFAULT_BUCKETS): AgingBucket {
  for (let i = buckets.length - 1; i >= 0; i--) {
    const b = buckets[i] as AgingBucket;
    if (daysOverdue >= b.minDays) return b;
  }
  return buckets[0] as AgingBucket;
}

/** Parses `--buckets 30,60,90,180` into buckets. */
export function parseBucketBounds(text: string): ReturnType<typeof makeBuckets> {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) {
    return { ok: false, error: { code: 'invalid-buckets', message: `--buckets takes whole numbers separated by commas, got "${text}"` } };
  }
  return makeBuckets(parts.map(Number));
}
