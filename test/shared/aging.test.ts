import { describe, expect, it } from 'vitest';
import { bucketFor, DEFAULT_BUCKETS, makeBuckets, parseBucketBounds } from '../../shared/aging.ts';

describe('aging buckets', () => {
  it('has the default bands credit controllers use', () => {
    expect(DEFAULT_BUCKETS.map((b) => b.id)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '180+']);
  });

  it.each([
    [-5, 'current'], [0, 'current'], [1, '1-30'], [30, '1-30'], [31, '31-60'], [60, '31-60'],
    [61, '61-90'], [90, '61-90'], [91, '91-180'], [180, '91-180'], [181, '180+'], [4000, '180+'],
  ])('puts %i days overdue in %s', (days, id) => {
    expect(bucketFor(days).id).toBe(id);
  });

  it('builds custom buckets and refuses bounds out of order', () => {
    const made = parseBucketBounds('15, 45');
    expect(made.ok && made.value.map((b) => b.id)).toEqual(['current', '1-15', '16-45', '45+']);
    expect(made.ok && bucketFor(46, made.value).id).toBe('45+');
    expect(makeBuckets([30, 30]).ok).toBe(false);
    const bad = parseBucketBounds('30,sixty');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toContain('30,sixty');
  });
});
