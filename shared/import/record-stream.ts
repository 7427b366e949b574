import Papa from 'papaparse';

/**
 * A record whose quoting is broken: a double quote opens a field and the field is never
 * properly closed (no closing quote, or one followed by other text, or a quoted line break
 * that leaves the record with a field count no line of the table has).
 */
export interface BrokenQuote {
  /** 0-based index of the field the quote opened. */
  readonly field: number;
  /** The text of the first line from the opening quote on (what the bookkeeper should look at). */
  readonly text: string;
}

/**
 * Receives each CSV record with its first physical line (1-based) and how many lines it spans.
 * A broken record comes with `broken`; its `fields` are the cells before the broken one and
 * its span covers the lines that belonged to the broken field (see {@link createRecordStream}).
 */
export type RecordHandler = (fields: string[], row: number, span: number, broken?: BrokenQuote) => void;

/** Tokenises delimited text pushed in pieces into records, numbering physical lines. */
export interface RecordStream {
  push(text: string): void;
  end(): void;
  /** Physical lines seen so far (all of them after `end`). */
  readonly lines: number;
  /** Replaces the record handler (the importer switches from sniffing to importing). */
  setHandler(handler: RecordHandler): void;
  /**
   * The field counts a row of this table has (the header's, the most common one): a record
   * with quoted line breaks and another count is broken, and recovery after a broken record
   * resumes at the next line with one of these counts. `keyFields` are the columns that never
   * hold a line break (invoice number, amounts, dates, currency): a quoted line break in one of
   * them is a stray quote's doing.
   */
  setFieldCounts(counts: readonly number[], keyFields?: readonly number[]): void;
}

// A quoted field longer than this is taken to be a stray quote (Excel's cell limit is 32,767
// characters): memory and the time spent re-reading an unfinished record stay bounded.
const MAX_QUOTED_CHARS = 64 * 1024;
const QUOTE = 0x22;
const NL = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Streams text into records. Text without a double quote goes through papaparse (`fastMode`,
 * its split-based path); text with quotes is read by the hand-written tokenizer below, which
 * gives the same records as papaparse for well-formed CSV (RFC 4180 quoting, `""` inside quotes,
 * blanks between a closing quote and the delimiter, a quote inside an unquoted field is text) but
 * differs where papaparse is wrong for the job: papaparse lets a quote that is never closed
 * (or closed by a quote followed by text) run on to the next quote followed by a delimiter,
 * however many lines later, so one stray quote swallows the rest of a file, and re-reading from
 * every such quote is quadratic. Here a record is `broken` at the line where a field opened
 * with a quote that is never closed, or closed by a quote followed by text, or closed lines
 * later with a line break in a key column (invoice number, amount, date), whole rows of the
 * table inside, or a field count no row has. The lines it ran over join it up to the next line
 * that reads on its own as a row of the table, and reading resumes there. Every character is
 * read a bounded number of times.
 *
 * Line breaks `\r\n`, `\r` and `\n` all end a physical line (they are normalised to `\n`
 * first). A record spans 1 + the line breaks inside its quoted cells; a final line break does
 * not start a new line.
 */
export function createRecordStream(delimiter: string, onRecord: RecordHandler, fieldCounts: readonly number[] = []): RecordStream {
  // Told up front that a text has no quote, papaparse skips looking for one itself: the text
  // is searched once, here, for both of us.
  const quoteless = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', fastMode: true });
  const D = delimiter.charCodeAt(0);
  let handler = onRecord;
  let counts: readonly number[] = fieldCounts;
  let keys: readonly number[] = [];
  let carry = '';
  let pendingCR = false;
  let nextRow = 1;

  function countFits(n: number): boolean {
    for (const c of counts) if (c === n) return true;
    return false;
  }

  /** Hands on the quote-free lines `text[from, to)`: complete lines ending in `\n`, or (`last`) the rest of the file. */
  function emitQuoteless(text: string, from: number, to: number, last: boolean): void {
    // Complete lines end in a break, after which papaparse would see one more (empty) line.
    const rows = (quoteless.parse(text.slice(from, to), 0, !last) as { data: string[][] }).data;
    for (const fields of rows) handler(fields, nextRow++, 1);
  }

  /** Reads the carry; complete records are handed on. Returns where the unread text starts (an unfinished record). */
  function read(final: boolean): number {
    const text = carry;
    const n = text.length;
    let at = 0;
    while (at < n) {
      const quote = text.indexOf('"', at);
      if (quote < 0) {
        // No quote ahead: all complete lines go to papaparse.
        const end = final ? n : text.lastIndexOf('\n') + 1;
        if (end > at) emitQuoteless(text, at, end, final);
        return Math.max(end, at);
      }
      // The lines before the one with the quote have none.
      const lineStart = text.lastIndexOf('\n', quote - 1) + 1;
      if (lineStart > at) {
        emitQuoteless(text, at, lineStart, false);
        at = lineStart;
        continue;
      }
      const next = record(text, at, final);
      if (next < 0) return at;
      at = next;
    }
    // The file's last line is empty (its final break was taken off in `end`): it still is a line.
    if (final && n > 0 && text.charCodeAt(n - 1) === NL) handler([''], nextRow++, 1);
    return at;
  }

  /** Reads the record starting at line start `start`; returns the index after it, or -1 when it is unfinished. */
  function record(text: string, start: number, final: boolean): number {
    const n = text.length;
    const fields: string[] = [];
    let p = start;
    let breaks = 0;
    let multiLineOpen = -1;
    let multiLineField = -1;
    let swallowed = false;
    for (;;) {
      if (p < n && text.charCodeAt(p) === QUOTE) {
        const open = p;
        let value = '';
        let s = p + 1;
        for (;;) {
          const q = text.indexOf('"', s);
          if (q < 0 || q - open > MAX_QUOTED_CHARS) {
            if (q < 0 && !final && n - open <= MAX_QUOTED_CHARS) return -1; // the next piece may close it
            return broken(text, start, fields, open, q < 0 ? n : q, final);
          }
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(s, q + 1);
            s = q + 2;
            continue;
          }
          // Blanks between the closing quote and the delimiter are allowed, as papaparse does.
          let r = q + 1;
          while (r < n && (text.charCodeAt(r) === SPACE || (text.charCodeAt(r) === TAB && D !== TAB))) r++;
          if (r === n && !final) return -1; // the next piece may continue the field
          const c = r < n ? text.charCodeAt(r) : NL;
          if (c !== D && c !== NL) return broken(text, start, fields, open, q, final);
          value += text.slice(s, q);
          const inner = countBreaks(text, open, q);
          if (inner > 0 && multiLineField < 0) {
            multiLineField = fields.length;
            multiLineOpen = open;
          }
          if (inner > 0 && !swallowed && (keys.includes(fields.length) || (inner > 1 && swallowsRow(text, open, q)))) {
            // A line break in an invoice number, amount or date, or whole lines inside the field
            // that are rows of the table: the quote is a stray one that a later stray quote
            // closed. The record is broken at this field.
            swallowed = true;
            multiLineField = fields.length;
            multiLineOpen = open;
          }
          breaks += inner;
          fields.push(value);
          if (c === D) {
            p = r + 1;
            break;
          }
          return finish(text, start, fields, breaks, multiLineField, multiLineOpen, Math.min(n, r + 1), final, swallowed);
        }
        continue;
      }
      let r = p;
      while (r < n) {
        const c = text.charCodeAt(r);
        if (c === D || c === NL) break;
        r++;
      }
      if (r === n && !final) return -1;
      fields.push(text.slice(p, r));
      if (r < n && text.charCodeAt(r) === D) {
        p = r + 1;
        continue;
      }
      return finish(text, start, fields, breaks, multiLineField, multiLineOpen, Math.min(n, r + 1), final, swallowed);
    }
  }

  function finish(text: string, start: number, fields: string[], breaks: number, multiLineField: number, multiLineOpen: number,
    end: number, final: boolean, swallowed: boolean): number {
    if (breaks > 0 && counts.length > 0 && (swallowed || !countFits(fields.length))) {
      // Quoted line breaks that leave a field count no row of the table has, or that hold whole
      // rows of it: a quote opened a field that another stray quote closed lines later.
      return broken(text, start, fields.slice(0, multiLineField), multiLineOpen, end, final);
    }
    const row = nextRow;
    nextRow += breaks + 1;
    handler(fields, row, breaks + 1);
    return end;
  }

  /**
   * Hands on the record at `start` as broken at the field opening at `open`. The lines after
   * its first that the broken field ran over (before `reach`) join it, up to the first that
   * reads on its own as a row of the table. Returns where reading resumes.
   */
  function broken(text: string, start: number, before: string[], open: number, reach: number, final: boolean): number {
    const n = text.length;
    const firstEnd = text.indexOf('\n', open);
    let resume = firstEnd < 0 ? n : firstEnd + 1;
    // From the record's first line through the line where the broken field opened (an earlier
    // quoted field of the record may have had line breaks of its own).
    let span = 1 + countBreaks(text, start, open);
    while (resume < reach) {
      const nl = text.indexOf('\n', resume);
      // The last line of an unfinished text is judged when it is complete.
      if (nl < 0 && !final) break;
      const end = nl < 0 ? n : nl;
      if (lineFits(text, resume, end)) break;
      span++;
      resume = nl < 0 ? n : nl + 1;
    }
    const row = nextRow;
    nextRow += span;
    handler(before, row, span, { field: before.length, text: text.slice(open, firstEnd < 0 ? n : firstEnd) });
    return resume;
  }

  /**
   * Whether a whole line inside the quoted field `text(open, close)` has a field count of the
   * table (a swallowed row). Only tables of four columns or more: a note's line with three
   * delimiters is rare, with one it is not.
   */
  function swallowsRow(text: string, open: number, close: number): boolean {
    let from = text.indexOf('\n', open) + 1;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < close; nl = text.indexOf('\n', from)) {
      let fields = 1;
      for (let k = from; k < nl; k++) if (text.charCodeAt(k) === D) fields++;
      if (fields >= 4 && countFits(fields)) return true;
      from = nl + 1;
    }
    return false;
  }

  /**
   * Whether a line, read on its own, is a row of the table: its quotes well formed and its
   * field count one of the table's. Reading resumes at such a line after a broken record.
   */
  function lineFits(text: string, from: number, to: number): boolean {
    if (to === from) return false;
    let fields = 1;
    let k = from;
    while (k < to) {
      if (text.charCodeAt(k) === QUOTE) {
        // A quoted field: it must close on this line, followed by a delimiter or the line's end.
        let q = k + 1;
        for (;;) {
          while (q < to && text.charCodeAt(q) !== QUOTE) q++;
          if (q >= to) return false;
          if (q + 1 < to && text.charCodeAt(q + 1) === QUOTE) {
            q += 2;
            continue;
          }
          break;
        }
        k = q + 1;
        while (k < to && (text.charCodeAt(k) === SPACE || (text.charCodeAt(k) === TAB && D !== TAB))) k++;
        if (k === to) break;
        if (text.charCodeAt(k) !== D) return false;
        fields++;
        k++;
        continue;
      }
      while (k < to && text.charCodeAt(k) !== D) k++;
      if (k < to) {
        fields++;
        k++;
      }
    }
    return counts.length === 0 || countFits(fields);
  }

  function parseCarry(final: boolean): void {
    const at = read(final);
    carry = final ? '' : carry.slice(at);
  }

  return {
    get lines() {
      return nextRow - 1;
    },
    setHandler(h) {
      handler = h;
    },
    setFieldCounts(c, k) {
      counts = c;
      keys = k ?? [];
    },
    push(piece) {
      let text = pendingCR ? `\r${piece}` : piece;
      pendingCR = false;
      if (text.length === 0) return;
      if (text.charCodeAt(text.length - 1) === 0x0d) {
        // Wait for the next piece: this CR may be the first half of CRLF.
        pendingCR = true;
        text = text.slice(0, -1);
      }
      if (text.indexOf('\r') !== -1) {
        // A plain-string replaceAll is much cheaper than a regex; lone CRs (old Mac) are rare.
        text = text.replaceAll('\r\n', '\n');
        if (text.indexOf('\r') !== -1) text = text.replaceAll('\r', '\n');
      }
      carry = carry.length === 0 ? text : carry + text;
      // Records end at line breaks: without one in the new text no record can have ended.
      if (text.indexOf('\n') === -1) return;
      parseCarry(false);
    },
    end() {
      if (pendingCR) {
        carry += '\n';
        pendingCR = false;
      }
      if (carry.length === 0) return;
      if (carry.charCodeAt(carry.length - 1) === NL) {
        carry = carry.slice(0, -1);
        if (carry.length === 0) {
          // The file ends with an empty, terminated line.
          handler([''], nextRow++, 1);
          return;
        }
      }
      parseCarry(true);
    },
  };
}

/** Counts `\n` in `text[from, to)` (a loop bounded by the field: indexOf could run past it). */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NL) count++;
  return count;
}
