// Hand-written instead of Papa.unparse: for a million-row report, unparse's per-field checks
// (formula escaping, quote detection, type sniffing) cost several times the whole report. Our
// fields are strings we already made safe (see neutraliseFormula); RFC 4180 quoting is all that
// is left: quote a field holding the delimiter, a quote or a line break, doubling inner quotes.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** One CSV record (RFC 4180, comma, CRLF). */
export function csvRecord(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    if (i > 0) line += ',';
    line += NEEDS_QUOTES.test(f) ? `"${f.replace(QUOTE, '""')}"` : f;
  }
  return line + '\r\n';
}

/** One field, quoted when it must be (for building records by hand around fields known to be safe). */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}
