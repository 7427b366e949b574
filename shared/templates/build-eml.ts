/** One address: display name (any text) and the address itself. */
export interface EmlAddress {
  readonly name?: string;
  readonly address: string;
}

/** A file attached to the draft. */
export interface EmlAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string | Uint8Array;
}

/** What goes into an .eml draft. */
export interface EmlDraft {
  readonly to?: EmlAddress;
  readonly from?: EmlAddress;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly EmlAttachment[];
}

const CRLF = '\r\n';
// RFC 5322 2.1.1: a header line must not exceed 998 characters and should not exceed 78.
const PREFERRED_LINE = 78;
const ALT_BOUNDARY = '=_dunning-desk_alternative';
const MIXED_BOUNDARY = '=_dunning-desk_mixed';
// An address we are willing to put in a header: no spaces, quotes, angle brackets or controls.
// eslint-disable-next-line no-control-regex -- control characters are what the pattern rejects
const ADDRESS = /^[^\s@<>()",;:\\[\]\u0000-\u001f\u007f]+@[^\s@<>()",;:\\[\]\u0000-\u001f\u007f]+\.[^\s@<>()",;:\\[\]\u0000-\u001f\u007f]+$/;

/**
 * Builds an RFC 5322 / MIME message that mail clients open as an unsent draft (`X-Unsent: 1`):
 * multipart/alternative (plain text + HTML, UTF-8, base64), wrapped in multipart/mixed when
 * files are attached. Header values are data, never structure: line breaks and control
 * characters are removed and non-ASCII is RFC 2047-encoded, so a customer name cannot add a
 * header. An address that is not a plain `local@domain` is left out with a warning.
 *
 * Hand-written rather than a MIME library: shared/ must run without Node APIs, and a draft
 * needs only this fixed structure.
 */
export function buildEml(draft: EmlDraft): { eml: string; warnings: string[] } {
  const warnings: string[] = [];
  const headers: string[] = ['MIME-Version: 1.0', 'X-Unsent: 1'];
  const addressHeader = (field: 'From' | 'To', value: EmlAddress | undefined): void => {
    if (value === undefined) return;
    const address = headerAddress(value.address.trim());
    if (address === undefined) {
      warnings.push(`${field} left empty: "${oneLine(value.address)}" is not an e-mail address`);
      return;
    }
    const name = value.name === undefined ? '' : oneLine(value.name);
    headers.push(fold(`${field}: ${name === '' ? address : `${encodePhrase(name)} <${address}>`}`));
  };
  addressHeader('From', draft.from);
  addressHeader('To', draft.to);
  headers.push(fold(`Subject: ${encodeUnstructured(oneLine(draft.subject))}`));

  const alternative = [
    `Content-Type: multipart/alternative; boundary="${ALT_BOUNDARY}"`,
    '',
    `--${ALT_BOUNDARY}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(utf8(toCrlf(draft.text))),
    `--${ALT_BOUNDARY}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(utf8(toCrlf(htmlDocument(draft.html)))),
    `--${ALT_BOUNDARY}--`,
  ];
  const attachments = draft.attachments ?? [];
  let body: string[];
  if (attachments.length === 0) {
    body = alternative;
  } else {
    body = [`Content-Type: multipart/mixed; boundary="${MIXED_BOUNDARY}"`, '', `--${MIXED_BOUNDARY}`, ...alternative];
    for (const a of attachments) {
      const bytes = typeof a.content === 'string' ? utf8(a.content) : a.content;
      body.push(
        `--${MIXED_BOUNDARY}`,
        `Content-Type: ${safeContentType(a.contentType)}`,
        'Content-Transfer-Encoding: base64',
        fold(`Content-Disposition: attachment; ${filenameParams(oneLine(a.filename))}`),
        '',
        base64Lines(bytes),
      );
    }
    body.push(`--${MIXED_BOUNDARY}--`);
  }
  return { eml: [...headers, ...body, ''].join(CRLF), warnings };
}

// Characters that never go into a header: bidi controls (they reorder what a mail client
// shows: a name or subject that reads differently from what it is) are dropped; C0 and C1
// controls, DEL and line/paragraph separators (which could end a header) become a space.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are what we strip
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Header text: one line, no control or bidi characters, spaces collapsed. */
export function headerText(text: string): string {
  return text.replace(BIDI, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

function oneLine(text: string): string {
  return headerText(text);
}

/**
 * An address as it may stand in a header: plain `local@domain`, 7-bit ASCII (an international
 * domain is written in punycode; a non-ASCII local part cannot be written in a draft header),
 * within RFC 5321's lengths (64 for the local part, 254 in all). Undefined if it is none.
 */
function headerAddress(text: string): string | undefined {
  if (!ADDRESS.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  let domain = text.slice(at + 1);
  if (!PRINTABLE_ASCII.test(local)) return undefined;
  if (!PRINTABLE_ASCII.test(domain)) {
    try {
      // The WHATWG URL parser applies IDNA (UTS #46): 例子.测试 → xn--fsqu00a.xn--0zwm56d.
      domain = new URL(`http://${domain}/`).hostname;
    } catch {
      return undefined;
    }
    if (!PRINTABLE_ASCII.test(domain) || !ADDRESS.test(`${local}@${domain}`)) return undefined;
  }
  if (local.length > 64 || local.length + 1 + domain.length > 254) return undefined;
  return `${local}@${domain}`;
}

function toCrlf(text: string): string {
  return text.replace(/\r\n?|\n/g, CRLF);
}

function htmlDocument(fragment: string): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${fragment}\n</body></html>\n`;
}

function safeContentType(type: string): string {
  return /^[a-z]+\/[a-z0-9.+-]+(; ?charset=[A-Za-z0-9-]+)?$/i.test(type) ? type : 'application/octet-stream';
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// A word too long to fold beside a header name: such text is written as encoded-words, which
// may be split anywhere, so no header line can grow past the limit.
const LONG_WORD = /\S{61}/;

// Whether ASCII text can stand as it is: no encoded-word look-alike a client would decode
// (`=?UTF-8?B?…?=` hidden in a plain name) and no word too long to fold.
function plainAsciiOk(text: string): boolean {
  return PRINTABLE_ASCII.test(text) && !text.includes('=?') && !LONG_WORD.test(text);
}

// A display name: a quoted string when ASCII, else RFC 2047 encoded-words.
function encodePhrase(name: string): string {
  if (plainAsciiOk(name)) return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return encodedWords(name);
}

function encodeUnstructured(text: string): string {
  if (plainAsciiOk(text)) return text;
  return encodedWords(text);
}

// RFC 2047: each encoded-word at most 75 characters (here 60, so the first fits beside "Subject: ");
// a multi-byte character is never split.
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8(ch);
    if (chunk.length + bytes.length > 36) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words.join(' ');
}

/**
 * Folds a header at spaces so no line exceeds 78 characters (RFC 5322 2.1.1). Every piece we
 * put in a header is shorter than that (encoded-words are at most 60, addresses and file name
 * parts are bounded), so each folded line stays within 78 and far inside the 998 limit.
 */
export function fold(header: string): string {
  const parts = header.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    // A continuation line starts with the space that folding keeps.
    if (line !== '' && (lines.length === 0 ? 0 : 1) + line.length + 1 + part.length > PREFERRED_LINE) {
      lines.push(line);
      line = part;
    } else {
      line = line === '' ? part : `${line} ${part}`;
    }
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/**
 * The file name parameters: an ASCII `filename` (at most 60 characters, keeping the extension)
 * and, for a name that is not plain short ASCII, RFC 2231 `filename*` in UTF-8, split into
 * numbered sections (`filename*0*`, `filename*1*` …) so no header line gets long.
 */
function filenameParams(filename: string): string {
  const name = filename.replace(/[/\\]/g, '_') || 'attachment';
  let ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_').replace(/ /g, '_');
  if (ascii.length > 60) {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(ascii)?.[0] ?? '';
    ascii = ascii.slice(0, 60 - ext.length) + ext;
  }
  if (ascii === name) return `filename="${ascii}"`;
  const encoded = Array.from(utf8(name), (b) =>
    /[A-Za-z0-9.\-_~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  // Sections of at most 45 characters, never splitting a %XX escape.
  const sections: string[] = [];
  for (let i = 0; i < encoded.length;) {
    let end = Math.min(i + 45, encoded.length);
    const pct = encoded.lastIndexOf('%', end - 1);
    if (pct > end - 3 && pct >= i) end = pct;
    sections.push(encoded.slice(i, end));
    i = end;
  }
  if (sections.length === 1) return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
  return [`filename="${ascii}"`, ...sections.map((sec, k) => `filename*${k}*=${k === 0 ? "UTF-8''" : ''}${sec}`)].join('; ');
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (RFC 4648) of bytes. Hand-written: `Buffer` is Node-only and `btoa` takes Latin-1 strings. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

function base64Lines(bytes: Uint8Array): string {
  const encoded = base64(bytes);
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}
