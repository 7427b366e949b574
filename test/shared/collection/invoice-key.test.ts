import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invoiceKey } from '../../../shared/collection/invoice-key.ts';

describe('invoiceKey', () => {
  it.each([
    ['INV-2026-0412', 'INV-2026-0412'],
    ['inv-2026-0412', 'INV-2026-0412'],
    ['  INV-7 ', 'INV-7'],
    ['ＩＮＶ－７', 'INV-7'],
    ['发票-12', '发票-12'],
    ['INV 7', 'INV 7'],
    ['', ''],
  ])('matches %j as %j', (invoice, key) => {
    expect(invoiceKey(invoice)).toBe(key);
  });

  it('is NFKC, trimmed and upper case for any text (the ASCII shortcut included)', () => {
    const ascii = fc.stringMatching(/^[ -~\t]{0,12}$/);
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), (text) => {
      expect(invoiceKey(text)).toBe(text.normalize('NFKC').trim().toUpperCase());
    }), { numRuns: 3000 });
  });
});
