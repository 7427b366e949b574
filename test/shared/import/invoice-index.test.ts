import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInvoiceIndex } from '../../../shared/import/invoice-index.ts';

/** Feeds `keys` (row = position) to an index and to a Map of first rows: the answers must agree. */
function answersLikeAMap(keys: readonly string[]): void {
  const index = createInvoiceIndex();
  const model = new Map<string, number>();
  keys.forEach((k, row) => {
    expect(index.firstRowOrAdd(k, row)).toBe(model.get(k));
    if (!model.has(k)) model.set(k, row);
  });
}

describe('the invoice index answers like a Map of first rows', () => {
  it('on sequential runs, gaps, carries and out-of-order repeats', () => {
    const index = createInvoiceIndex();
    const keys = ['INV-0098', 'INV-0099', 'INV-0100', 'INV-0101', 'INV-0105', 'INV-0106', 'INV-0199', 'INV-0200', 'X', 'Y9', 'Z'];
    keys.forEach((k, i) => expect(index.firstRowOrAdd(k, i + 1)).toBeUndefined());
    keys.forEach((k, i) => expect(index.firstRowOrAdd(k, 100 + i)).toBe(i + 1));
    for (const absent of ['INV-0102', 'INV-0104', 'INV-0107', 'INV-0201', 'INV-00100', 'INV-010', 'A', 'Y8']) {
      expect(index.firstRowOrAdd(absent, 500)).toBeUndefined();
      expect(index.firstRowOrAdd(absent, 600)).toBe(500);
    }
  });

  it('for any sequence of keys', () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map((n) => `INV-${String(n).padStart(4, '0')}`),
      fc.integer({ min: 0, max: 300 }).map((n) => `${n}`),
      fc.constantFrom('A', 'B9', 'B10', 'C-9', 'C-10', ''),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (keys, sorted) => {
        const list = sorted ? [...keys].sort() : keys;
        answersLikeAMap(list);
      }),
      { numRuns: 300 },
    );
  });

  it('for numbered runs across carries (0099 → 0100), with gaps and repeats', () => {
    const run = fc.record({ prefix: fc.constantFrom('INV-', 'FP', '2026-', ''), start: fc.integer({ min: 0, max: 1200 }), length: fc.integer({ min: 1, max: 150 }), width: fc.constantFrom(3, 4, 6) });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), (runs, repeats) => {
        const keys = runs.flatMap((r) => Array.from({ length: r.length }, (_, i) => `${r.prefix}${String(r.start + i).padStart(r.width, '0')}`));
        for (const at of repeats) if (keys.length > 0) keys.splice(at % (keys.length + 1), 0, keys[(at * 7) % keys.length] as string);
        answersLikeAMap(keys);
      }),
      { numRuns: 300 },
    );
  });
});
