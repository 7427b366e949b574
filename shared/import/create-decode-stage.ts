import { detectEncoding } from './detect-encoding.ts';
import type { EncodingName } from './types.ts';
import { createUtf8Decoder } from './utf8-decoder.ts';
import { createWindows1252Decoder, type ByteDecoder } from './windows-1252-decoder.ts';

/** The "decode" stage: bytes in, text out, the encoding decided on the way. */
export interface DecodeStage {
  push(chunk: Uint8Array): void;
  end(): void;
  /** The encoding used (UTF-8 until something else is decided). */
  readonly encoding: EncodingName;
  /** Why that encoding, when it was guessed rather than given (`--encoding`). */
  readonly reason: string | undefined;
}

/** Where the decoded text goes, and who hears that some bytes could not be decoded (U+FFFD in the text). */
export interface DecodeSink {
  text(piece: string): void;
  replacement(): void;
}

// How much of the file decides the encoding.
const SNIFF_BYTES = 64 * 1024;
// Bytes handed to the decoder at a time, so a whole-file push does not make one huge string.
const PIECE_BYTES = 1 << 20;
const ASCII = new TextDecoder('utf-8');

/**
 * Creates the decode stage. With `encoding` given it decodes with that; else it holds the first
 * 64 KiB and lets {@link detectEncoding} decide (a byte-order mark, UTF-16 without one, UTF-8 by
 * majority, else GBK/GB18030 or Windows-1252). A file that starts in ASCII stays open until its
 * first non-ASCII bytes, which decide then. Bytes the chosen encoding cannot decode become
 * U+FFFD; the sink hears of the first so the rows holding them are rejected. Keeps none of the
 * pushed bytes beyond the first 64 KiB and a cut character.
 */
export function createDecodeStage(given: EncodingName | undefined, sink: DecodeSink): DecodeStage {
  let encoding: EncodingName | undefined = given;
  let reason: string | undefined;
  let decoder: ByteDecoder | undefined = encoding ? makeDecoder(encoding, false) : undefined;
  let probing = false; // ASCII so far, encoding still open
  let probeTail: Uint8Array | undefined;
  const prefix: Uint8Array[] = [];
  let prefixBytes = 0;
  let started = false;
  let replaced = false;

  function emit(text: string): void {
    if (text.length === 0) return;
    if (!replaced && text.indexOf('\uFFFD') >= 0) {
      replaced = true;
      sink.replacement();
    }
    sink.text(text);
  }

  function decide(bytes: Uint8Array, complete: boolean): boolean {
    const guess = detectEncoding(bytes, complete);
    encoding = guess.encoding;
    reason = guess.reason;
    return guess.tentative;
  }

  function decodePiece(piece: Uint8Array, last: boolean): string {
    if (!decoder) return '';
    if (!probing) return decoder.decode(piece, { stream: !last });
    let bytes = piece;
    if (probeTail) {
      bytes = concat([probeTail, piece], probeTail.length + piece.length);
      probeTail = undefined;
    }
    try {
      const text = decoder.decode(bytes, { stream: !last });
      if (text.length === bytes.length) return text; // still pure ASCII
    } catch {
      // not UTF-8: decided below
    }
    // First non-ASCII bytes after an ASCII start. Everything before them was ASCII (the same in
    // every candidate encoding), so a fresh decoder loses nothing.
    let p = 0;
    while (p < bytes.length && (bytes[p] as number) < 0x80) p++;
    const ascii = p === 0 ? '' : ASCII.decode(bytes.subarray(0, p));
    const rest = bytes.subarray(p);
    if (!last && rest.length < 1024) {
      // Too few bytes to judge (a lone lead byte at a chunk's end looks like UTF-8): wait for more.
      probeTail = rest.slice();
      decoder = makeDecoder('utf-8', true);
      return ascii;
    }
    decide(rest, last);
    decoder = makeDecoder(encoding as EncodingName, false);
    probing = false;
    return ascii + decoder.decode(rest, { stream: !last });
  }

  function start(last: boolean): void {
    const all = concat(prefix, prefixBytes);
    prefix.length = 0;
    if (!encoding) {
      probing = decide(all, last);
      decoder = makeDecoder(encoding as unknown as EncodingName, probing);
    }
    if (!decoder) decoder = makeDecoder(encoding as EncodingName, false);
    emit(decodePiece(all, last));
  }

  function pushBytes(chunk: Uint8Array): void {
    if (!started) {
      // Hold the first bytes until there are enough to tell the encoding.
      prefix.push(new Uint8Array(chunk));
      prefixBytes += chunk.length;
      if (prefixBytes >= SNIFF_BYTES) {
        started = true;
        start(false);
      }
      return;
    }
    emit(decodePiece(chunk, false));
  }

  return {
    push(chunk) {
      for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
        pushBytes(chunk.length <= PIECE_BYTES ? chunk : chunk.subarray(at, Math.min(chunk.length, at + PIECE_BYTES)));
      }
    },
    end() {
      if (!started) {
        started = true;
        start(true);
      } else {
        emit(decodePiece(new Uint8Array(0), true));
      }
      if (probing) reason = 'the file has only ASCII characters, which read the same in every encoding';
    },
    get encoding() {
      return encoding ?? 'utf-8';
    },
    get reason() {
      return given ? undefined : reason;
    },
  };
}

function makeDecoder(encoding: EncodingName, fatal: boolean): ByteDecoder {
  if (encoding === 'windows-1252') return createWindows1252Decoder();
  if (encoding === 'utf-8') return createUtf8Decoder({ fatal });
  // WHATWG's `gbk` label decodes with the GB18030 decoder (a superset), so one label serves both.
  const label = encoding === 'gbk' || encoding === 'gb18030' ? 'gb18030' : encoding;
  return new TextDecoder(label, { fatal });
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
