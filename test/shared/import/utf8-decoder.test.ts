import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImporter, importReceivables, type Receivable } from '../../../shared/import/index.ts';
import { createUtf8Decoder } from '../../../shared/import/utf8-decoder.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Decodes `bytes` cut at `cuts` with a streaming decoder, the last call ending the stream. */
function inPieces(decoder: { decode: TextDecoder['decode'] }, bytes: Uint8Array, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const p of points) {
    out += decoder.decode(bytes.subarray(from, p), { stream: true });
    from = p;
  }
  return out + decoder.decode(bytes.subarray(from));
}

// Bytes that exercise every branch: ASCII, lead bytes of each length, continuations, bytes
// that are never valid (C0, C1, F5–FF), surrogates (ED A0) and the BOM's bytes.
const byte = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.constantFrom(0x80, 0x9f, 0xa0, 0xbf, 0xbb, 0xbf, 0xc0, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
);

describe('createUtf8Decoder gives what TextDecoder gives', () => {
  it.each([
    ['客户名称', [1, 2, 4, 5, 7]],
    ['€ 1.234,56', [1, 2]],
    ['😀 emoji', [1, 2, 3]],
    ['\uFEFFInvoice', [1, 2]],
    ['a\uFEFFb', [1, 2, 3]],
  ])('%s cut at %j', (text, cuts) => {
    const bytes = utf8(text);
    expect(inPieces(createUtf8Decoder(), bytes, cuts)).toBe(inPieces(new TextDecoder(), bytes, cuts));
    expect(inPieces(createUtf8Decoder(), bytes, cuts)).toBe(text.replace(/^\uFEFF/, ''));
  });

  it('on any bytes cut anywhere, including malformed sequences and a leading BOM', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (bom, body, cuts) => {
        const bytes = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...body]);
        expect(inPieces(createUtf8Decoder(), bytes, cuts)).toBe(inPieces(new TextDecoder(), bytes, cuts));
      }),
      { numRuns: 3000 },
    );
  });

  it('when fatal, throws on malformed bytes wherever TextDecoder throws, and not otherwise', () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (body, cuts) => {
        const bytes = new Uint8Array(body);
        const run = (d: { decode: TextDecoder['decode'] }): string => {
          try {
            return inPieces(d, bytes, cuts);
          } catch (e) {
            return `threw ${(e as Error).name}`;
          }
        };
        expect(run(createUtf8Decoder({ fatal: true }))).toBe(run(new TextDecoder('utf-8', { fatal: true })));
      }),
      { numRuns: 2000 },
    );
  });

  it('a file fed one byte at a time imports exactly as when fed whole', () => {
    const file = utf8('\uFEFF客户名称,发票号码,到期日,价税合计\r\n苏州美雅纺织,FP-001,2026-10-01,"¥12,000.00"\r\n宁波海星物流,FP-002,2026-10-15,8000元\r\n');
    const whole = importReceivables(file);
    const bytewise: Receivable[] = [];
    const importer = createImporter({}, { receivable: (r) => bytewise.push(r), rejected: () => undefined, skipped: () => undefined });
    for (const b of file) importer.push(new Uint8Array([b]));
    importer.end();
    expect(whole.rejected).toEqual([]);
    expect(whole.receivables.map((r) => [r.customer, r.amount.minor])).toEqual([['苏州美雅纺织', 1200000], ['宁波海星物流', 800000]]);
    expect(bytewise).toEqual(whole.receivables);
  });
});
