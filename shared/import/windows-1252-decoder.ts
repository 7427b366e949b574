/** What the importer needs of a decoder: `TextDecoder#decode`. */
export type ByteDecoder = Pick<TextDecoder, 'decode'>;

// Windows-1252 puts printable characters at 0x80–0x9F where ISO-8859-1 has C1 controls
// (WHATWG Encoding, index-windows-1252). Undefined slots (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const C1_TO_1252: ReadonlyMap<string, string> = new Map(
  [
    [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
    [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d],
    [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
    [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
  ].map(([from, to]) => [String.fromCharCode(from as number), String.fromCharCode(to as number)]),
);
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

/**
 * A Windows-1252 decoder that gives `€`, `–`, `“…”` for bytes 0x80–0x9F on every platform.
 * Node's `TextDecoder('windows-1252')` (v20–v22) decodes that range as ISO-8859-1 control
 * characters, so a German SAP export's `1.234,56 €` would not read as an amount; browsers
 * decode it correctly and then the mapping below finds nothing to change.
 */
export function createWindows1252Decoder(): ByteDecoder {
  const inner = new TextDecoder('windows-1252');
  return {
    decode(input, options) {
      const text = inner.decode(input, options);
      return HAS_C1.test(text) ? text.replace(C1, (c) => C1_TO_1252.get(c) ?? c) : text;
    },
  };
}
