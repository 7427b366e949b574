import { describe, expect, it } from 'vitest';
import { createImporter, importReceivables, type EncodingName, type Receivable } from '../../../shared/import/index.ts';

const TEXT = 'Customer,Invoice,Due Date,Amount\r\nCafé Zoë,Z-1,2026-09-01,"€1,450.00"\r\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

// `客户,发票号,到期日,金额\n𠀀科技,F-1,2026-09-01,"￥1,000.00"\nÄrzte GmbH,F-2,2026-09-02,500.00\n`
// as `iconv -t GB18030` writes it: 𠀀 (95 32 82 36) and Ä (81 30 87 32) take four bytes, which GBK lacks.
const GB18030 = hex('bfcdbba72cb7a2c6b1bac52cb5bdc6dac8d52cbdf0b6ee0a95328236bfc6bcbc2c462d312c323032362d30392d30312c22a3a4312c3030302e3030220a81308732727a746520476d62482c462d322c323032362d30392d30322c3530302e30300a');

describe('each encoding the issue names imports the same invoice', () => {
  it.each<[string, Uint8Array, EncodingName]>([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with BOM', new TextEncoder().encode(`\uFEFF${TEXT}`), 'utf-8'],
    ['UTF-16LE with BOM (Excel "Unicode Text")', utf16(TEXT, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(TEXT, true), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    const r = importReceivables(bytes);
    expect(r.source.encoding).toBe(encoding);
    expect(r.rejected).toEqual([]);
    expect(r.receivables.map((x) => [x.customer, x.invoice, x.amount.minor, x.currency])).toEqual([['Café Zoë', 'Z-1', 145000, 'EUR']]);
  });

  it('GB18030 with four-byte characters is detected as gb18030 and decoded', () => {
    const r = importReceivables(GB18030);
    expect(r.source.encoding).toBe('gb18030');
    expect(r.rejected).toEqual([]);
    expect(r.receivables.map((x) => [x.customer, x.amount.minor, x.currency])).toEqual([['𠀀科技', 100000, 'CNY'], ['Ärzte GmbH', 50000, 'CNY']]);
  });

  it('the encoding option overrides a wrong guess', () => {
    // Read as Windows-1252 on purpose, the GB18030 bytes give no Chinese header, so nothing is taken.
    expect(importReceivables(GB18030, { encoding: 'windows-1252' }).receivables).toEqual([]);
    expect(importReceivables(GB18030, { encoding: 'gb18030' }).receivables).toHaveLength(2);
  });
});

describe('the importer keeps none of the bytes pushed to it', () => {
  // A reader may hand out one buffer again and again (the CLI reads a file that way): what was
  // pushed must already be decoded or copied, whatever the encoding and wherever a chunk ends.
  const ascii = Array.from({ length: 3000 }, (_, i) => `ACME-${i},INV-${String(i).padStart(5, '0')},2026-09-01,100.00`).join('\r\n');
  const late = new TextEncoder().encode(`Customer,Invoice,Due Date,Amount\r\n${ascii}\r\nCafé Zoë,Z-1,2026-09-01,"€1,450.00"\r\n`);
  const chinese = Array.from({ length: 400 }, (_, i) => `苏州美雅纺织 ${i},FP-${i},2026-09-01,"¥1,${String(i % 1000).padStart(3, '0')}.00"`).join('\r\n');
  const early = new TextEncoder().encode(`Customer,Invoice,Due Date,Amount\r\nCafé Zoë,Z-1,2026-09-01,"€1,450.00"\r\n${ascii}\r\n${chinese}\r\n`);
  it.each<[string, Uint8Array]>([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with Chinese text after the first 64 KiB', early],
    ['UTF-8 with BOM', new TextEncoder().encode(`\uFEFF${TEXT}`)],
    ['UTF-8 whose first non-ASCII byte comes after the first 64 KiB', late],
    ['UTF-16LE', utf16(TEXT, false)],
    ['GB18030', GB18030],
    ['Windows-1252', Uint8Array.from([...'Kunde;Rechnung;Fälligkeit;Betrag\r\nMüller;R-1;01.10.2026;1.234,56 €\r\n'].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))))],
  ])('%s, through one reused buffer', (_name, bytes) => {
    const whole = importReceivables(bytes);
    for (const size of [1, 2, 3, 5, 4096, 65536]) {
      const got: Receivable[] = [];
      const importer = createImporter({}, { receivable: (r) => got.push(r), rejected: () => undefined, skipped: () => undefined });
      const shared = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += size) {
        const piece = bytes.subarray(at, at + size);
        shared.fill(0x21);
        shared.set(piece);
        importer.push(shared.subarray(0, piece.length));
        shared.fill(0x21);
      }
      const source = importer.end();
      expect(source.encoding).toBe(whole.source.encoding);
      expect(got).toEqual(whole.receivables);
    }
    expect(whole.receivables.length).toBeGreaterThan(0);
  });
});
