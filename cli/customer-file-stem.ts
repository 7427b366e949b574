// Names Windows keeps for devices, with or without an extension (`CON.txt` is the console too).
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Room for the longest suffix we add (`-2-statement-of-account-2026-11-22.csv`, `-对账单-…`)
// within the 255 bytes a file name may have on Linux and macOS (255 UTF-16 units on Windows).
const MAX_STEM_BYTES = 150;

/**
 * A file name stem for a customer's files (`Harrow-Finch-Engineering-Ltd`), safe on Linux,
 * macOS and Windows: letters and digits of any script kept (NFKC), every run of anything else
 * one dash, no leading or trailing dash, dot or space, never a Windows device name (`CON`,
 * `NUL`, `COM1` …), at most 150 bytes of UTF-8 (whole characters), and unique among `taken`
 * ignoring case (`-2`, `-3` …), which it adds to.
 *
 * @example
 * customerFileStem('Harrow & Finch Engineering Ltd.', new Set()) // 'Harrow-Finch-Engineering-Ltd'
 * customerFileStem('CON', new Set()) // 'CON-customer'
 */
export function customerFileStem(name: string, taken: Set<string>): string {
  const cleaned = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  let base = '';
  let bytes = 0;
  for (const ch of cleaned) {
    const size = new TextEncoder().encode(ch).length;
    if (bytes + size > MAX_STEM_BYTES) break;
    base += ch;
    bytes += size;
  }
  base = base.replace(/-+$/, '') || 'customer';
  if (RESERVED.test(base)) base = `${base}-customer`;
  let stem = base;
  for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
  taken.add(stem.toLowerCase());
  return stem;
}
