import { describe, expect, it } from 'vitest';
import { importReceivables } from '../../../shared/import/index.ts';
import { createWindows1252Decoder } from '../../../shared/import/windows-1252-decoder.ts';

const bytes = (text: string, map: Record<string, number> = {}): Uint8Array =>
  new Uint8Array([...text].map((c) => map[c] ?? c.charCodeAt(0)));

describe('Windows-1252 decoding', () => {
  it.each([
    [[0x80], '€'],
    [[0x96, 0x97], '–—'],
    [[0x84, 0x93, 0x94], '„“”'],
    [[0x8a, 0x9a, 0x8e, 0x9e, 0x9f], 'ŠšŽžŸ'],
    [[0x92, 0x85, 0x99], '’…™'],
    [[0xe4, 0xf6, 0xfc, 0xdf], 'äöüß'],
  ])('%j → %s', (input, text) => {
    expect(createWindows1252Decoder().decode(new Uint8Array(input))).toBe(text);
  });

  it('a German export with € amounts in Windows-1252 imports as euros', () => {
    const file = bytes('Kunde;Rechnung;Fälligkeit;Betrag\r\nMüller – Söhne;R-1;01.10.2026;1.234,56 €\r\nBäcker;R-2;02.10.2026;€ 99,00\r\n', { '€': 0x80, '–': 0x96 });
    const r = importReceivables(file);
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.rejected).toEqual([]);
    expect(r.receivables.map((x) => [x.customer, x.amount.minor, x.currency])).toEqual([
      ['Müller – Söhne', 123456, 'EUR'],
      ['Bäcker', 9900, 'EUR'],
    ]);
  });
});
