import { describe, expect, it } from 'vitest';
import { importReceivables, type EncodingName } from '../../../shared/import/index.ts';

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
