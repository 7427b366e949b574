import type { EncodingName } from './types.ts';

/** What the first bytes of a file say about its encoding. */
export interface EncodingGuess {
  readonly encoding: EncodingName;
  /** True when the guess rests on ASCII only: later bytes may still prove otherwise. */
  readonly tentative: boolean;
  /** Why, in a sentence a user can check (`the file is UTF-8 but for 1 byte sequence …`). */
  readonly reason: string;
  /** Byte sequences that are not valid in the chosen encoding (UTF-8 chosen by majority); their rows are rejected. */
  readonly invalidSequences?: number;
}

/**
 * Guesses the text encoding of a file from its first bytes (a sample).
 *
 * Order: a byte-order mark decides (UTF-8, UTF-16LE/BE); then many NUL bytes on odd/even
 * positions mean BOM-less UTF-16; then UTF-8 when its multi-byte sequences are the majority of
 * the high bytes' evidence (valid sequences at least twice the invalid ones: a file that is UTF-8
 * but for a stray Latin-1 byte is UTF-8, and the rows with the bad bytes are rejected, never the
 * whole file decoded as something else); otherwise the high bytes decide between GBK/GB18030
 * (Chinese: high bytes come in pairs) and Windows-1252 (Western: a lone high byte between ASCII
 * letters, as in `Fälligkeit`). A sample that is pure ASCII gives `utf-8` with `tentative: true`.
 *
 * `complete` says the sample is the whole file (so a cut multi-byte sequence at its end is an error).
 */
export function detectEncoding(sample: Uint8Array, complete = false): EncodingGuess {
  const n = sample.length;
  const bom = 'the file starts with a byte-order mark';
  if (n >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', tentative: false, reason: `${bom} (UTF-8)` };
  if (n >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', tentative: false, reason: `${bom} (UTF-16LE)` };
  if (n >= 2 && sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', tentative: false, reason: `${bom} (UTF-16BE)` };

  const utf16 = bomlessUtf16(sample);
  if (utf16) return { encoding: utf16, tentative: false, reason: 'every other byte is zero, as in UTF-16 text without a byte-order mark' };

  const { valid, invalid } = utf8Evidence(sample, complete);
  if (invalid === 0) {
    return valid === 0
      ? { encoding: 'utf-8', tentative: true, reason: 'only ASCII characters so far' }
      : { encoding: 'utf-8', tentative: false, reason: 'all non-ASCII characters are valid UTF-8' };
  }
  if (valid >= 2 * invalid) {
    return {
      encoding: 'utf-8', tentative: false, invalidSequences: invalid,
      reason: `the file is UTF-8 but for ${invalid} byte ${invalid === 1 ? 'sequence' : 'sequences'} (against ${valid} valid UTF-8 characters)`,
    };
  }
  const legacy = guessLegacy(sample);
  return {
    encoding: legacy, tentative: false,
    reason: legacy === 'windows-1252'
      ? 'the bytes are not UTF-8, and single accented letters between plain ones look like Western European text (Windows-1252)'
      : `the bytes are not UTF-8, and their pairs look like Chinese text (${legacy === 'gbk' ? 'GBK' : 'GB18030'})`,
  };
}

function bomlessUtf16(sample: Uint8Array): EncodingName | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a NUL in every other byte; legacy text has none at all.
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * How many valid multi-byte UTF-8 sequences and how many invalid ones the bytes hold (an
 * invalid one is skipped a byte at a time, as a decoder replaces it). A sequence cut by the
 * sample's end counts as neither, unless `complete`.
 */
function utf8Evidence(b: Uint8Array, complete: boolean): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // The sequence runs past the sample's end: it proves nothing (a GBK lead byte looks the same).
      let cut = true;
      for (let k = i + 1; k < n; k++) if (((b[k] as number) & 0xc0) !== 0x80) cut = false;
      if (cut && !complete) break;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const t = b[i + k] as number;
      if ((t & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (t & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function guessLegacy(b: Uint8Array): EncodingName {
  let pairs = 0; // high byte followed by a GBK trail byte that is itself high
  let lone = 0; // high byte followed by ASCII (or at the end)
  let fourByte = 0; // GB18030 four-byte form: high, digit, high, digit
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const t = b[i + 1];
    if (c >= 0x81 && c <= 0xfe && t !== undefined && t >= 0x30 && t <= 0x39) {
      const t2 = b[i + 2];
      const t3 = b[i + 3];
      if (t2 !== undefined && t2 >= 0x81 && t2 <= 0xfe && t3 !== undefined && t3 >= 0x30 && t3 <= 0x39) {
        fourByte++;
        i += 4;
        continue;
      }
    }
    if (c >= 0x81 && c <= 0xfe && t !== undefined && t >= 0x80 && t <= 0xfe) {
      pairs++;
      i += 2;
      continue;
    }
    lone++;
    i++;
  }
  // Chinese text is made of two-byte characters; German/French text of single accented letters.
  if (pairs + fourByte > lone) return fourByte > 0 ? 'gb18030' : 'gbk';
  return 'windows-1252';
}
