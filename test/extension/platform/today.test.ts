import { describe, expect, it } from 'vitest';
import { today } from '../../../extension/platform/today.ts';

describe('today', () => {
  it.each([
    [2026, 2, 31, 23, 59, '2026-03-31'],
    [2026, 2, 31, 0, 0, '2026-03-31'],
    [2028, 1, 29, 12, 0, '2028-02-29'],
  ])('is the local calendar day of %i-%i-%i %i:%i whatever the time zone', (y, m, d, h, min, expected) => {
    expect(today(new Date(y, m, d, h, min))).toBe(expected);
  });
});
