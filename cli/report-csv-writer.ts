import { minorDigits } from '../shared/currency.ts';
import type { Money } from '../shared/money.ts';
import { toDecimalString } from '../shared/money.ts';
import { csvTextCell } from '../shared/csv-cell.ts';
import type { ReportRow } from '../shared/report/index.ts';
import type { ReferenceTableId } from '../shared/penalty/penalty-warning.ts';
import type { TextWriter } from './io.ts';

/** Streams report rows as CSV records (the columns of REPORT_CSV_COLUMNS) to a writer. */
export interface ReportCsvWriter {
  write(row: ReportRow): void;
  /** Writes out what is buffered (call before closing the writer). */
  flush(): void;
}

// 256 KiB per write: fewer system calls than 64 KiB for a few percent less CPU (npm run bench); 1 MiB gained nothing more.
const BUFFER_BYTES = 1 << 18;
const COMMA = 0x2c;
const QUOTE = 0x22;
const SEMICOLON = 0x3b;

/**
 * Hand-written rather than building a string per row: a million-row report is 140 MB of CSV,
 * and building it as strings (a template per row, concatenated batches, then UTF-8 encoding
 * them) cost more than parsing the input. Here each field's characters go straight into one
 * reused byte buffer as UTF-8, so the report allocates nothing per row. The output is the same
 * as `csvRecord` of shared/csv-cell.ts: every text cell quoted and neutralised (csvTextCell),
 * the numbers and dates we format written bare.
 * The helpers take the buffer and position as arguments and return the new position (locals
 * that V8 keeps in registers, instead of closure variables written on every byte).
 */
export function createReportCsvWriter(out: TextWriter, describeAssumed: (ids: readonly ReferenceTableId[]) => string = (ids) => ids.join('; ')): ReportCsvWriter {
  let buf = new Uint8Array(BUFFER_BYTES);
  // The record's tail (`,rule,assumed` and the line end) is the same for most rows: rows of one
  // rule share its label and rows of one due date one `assumed` array. It is encoded once per
  // change and copied (writing the label per row cost ~60 ms a million rows; bench).
  let lastRule: string | undefined;
  let lastAssumed: readonly ReferenceTableId[] | undefined;
  let tail: Uint8Array = new Uint8Array(0);
  // Encoded by TextEncoder, not putText: the labels are strings of other kinds (a slice of a
  // --rule flag, a template's result) than an export's cells, and the few kinds V8 keeps
  // specialised code for in putText's character loop are left to the cells of every row. With
  // --rule GBP=… the labels tipped it into a generic lookup per character: 19% of the whole
  // report's instructions (callgrind, 200,000 rows).
  const encoder = new TextEncoder();
  const makeTail = (rule: string | undefined, assumed: readonly ReferenceTableId[] | undefined): Uint8Array => {
    const note = assumed === undefined || assumed.length === 0 ? '' : describeAssumed(assumed);
    // The rule label may carry a contract's penalty text from the file: a text cell like any other.
    return encoder.encode(`,${csvTextCell(rule ?? '')},${csvTextCell(note)}\r\n`);
  };
  tail = makeTail(undefined, undefined);
  const tails = new Map<string | undefined, Map<readonly ReferenceTableId[] | undefined, Uint8Array>>();
  let prevRule: string | undefined = '';
  let prevAssumed: readonly ReferenceTableId[] | undefined;
  let prevTail = tail;
  let at = 0;
  let lastCurrency = '';
  let lastDigits = 2;
  const decoder = out.writeBytes ? undefined : new TextDecoder();

  function flush(): void {
    if (at === 0) return;
    if (out.writeBytes) out.writeBytes(buf.subarray(0, at));
    else out.write((decoder as TextDecoder).decode(buf.subarray(0, at)));
    at = 0;
  }

  function amount(b: Uint8Array, p: number, m: Money): number {
    if (m.currency !== lastCurrency) {
      lastCurrency = m.currency;
      lastDigits = minorDigits(lastCurrency);
    }
    return lastDigits === 2 ? putCents(b, p, m.minor) : putUtf8(b, p, toDecimalString(m));
  }

  return {
    write(row) {
      const r = row.receivable;
      const email = r.email ?? '';
      // Quoting can double a text field and UTF-8 takes up to three bytes a unit; the rest of
      // the record (numbers, dates, ids) is well under 200 bytes.
      if (row.rule !== lastRule || row.assumed !== lastAssumed) {
        // Rows of a ledger alternate between two pairs (a due date past a table's known-until
        // date or not): the previous pair is swapped in without a lookup.
        if (row.rule === prevRule && row.assumed === prevAssumed) {
          const r0 = lastRule;
          const a0 = lastAssumed;
          const t0 = tail;
          lastRule = prevRule; lastAssumed = prevAssumed; tail = prevTail;
          prevRule = r0; prevAssumed = a0; prevTail = t0;
        } else {
          prevRule = lastRule; prevAssumed = lastAssumed; prevTail = tail;
          lastRule = row.rule;
          lastAssumed = row.assumed;
        // Rows alternate between a few (rule, assumed) pairs: each pair's bytes are kept.
        let byAssumed = tails.get(lastRule);
        if (byAssumed === undefined) {
          if (tails.size > 1000) tails.clear();
          tails.set(lastRule, (byAssumed = new Map()));
        }
        let t = byAssumed.get(lastAssumed);
        if (t === undefined) {
          if (byAssumed.size > 1000) byAssumed.clear();
          byAssumed.set(lastAssumed, (t = makeTail(lastRule, lastAssumed)));
        }
        tail = t;
        }
      }
      const need = 6 * (r.customer.length + r.invoice.length + email.length + r.currency.length + row.bucket.length + (row.stage?.length ?? 0)) + 200 + tail.length;
      if (at + need > buf.length) {
        flush();
        if (need > buf.length) buf = new Uint8Array(need);
      }
      const b = buf;
      let p = putInt(b, at, r.row);
      b[p++] = COMMA;
      p = putText(b, p, r.customer);
      b[p++] = COMMA;
      p = putText(b, p, r.invoice);
      b[p++] = COMMA;
      p = putText(b, p, email);
      b[p++] = COMMA;
      p = putId(b, p, r.currency);
      b[p++] = COMMA;
      p = amount(b, p, r.amount);
      b[p++] = COMMA;
      p = amount(b, p, r.paid);
      b[p++] = COMMA;
      p = amount(b, p, r.outstanding);
      b[p++] = COMMA;
      if (r.issueDate !== undefined) p = putDate(b, p, r.issueDate);
      b[p++] = COMMA;
      p = putDate(b, p, r.dueDate);
      b[p++] = COMMA;
      p = putInt(b, p, row.daysOverdue);
      b[p++] = COMMA;
      p = putId(b, p, row.bucket);
      b[p++] = COMMA;
      p = putId(b, p, row.stage ?? '');
      b[p++] = COMMA;
      p = amount(b, p, row.penalty);
      // One copy by the engine: a loop over the tail's bytes cost ~35 instructions a byte,
      // ~600 a row with a rule's label (callgrind, 200,000 rows).
      b.set(tail, p);
      at = p + tail.length;
    },
    flush,
  };
}

/** A safe integer in decimal. */
function putInt(b: Uint8Array, p: number, v: number): number {
  if (v < 0) {
    b[p++] = 0x2d;
    v = -v;
  }
  // `| 0` keeps the digit loop in 32-bit integer arithmetic (a multiply, not a float division).
  if (v > 0x7fffffff) return putUtf8(b, p, String(v));
  const end = p + (v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7
    : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10);
  let k = end;
  do {
    const q = (v / 10) | 0;
    b[--k] = 0x30 + v - q * 10;
    v = q;
  } while (v > 0);
  return end;
}

/** A PlainDate is ten ASCII characters (`YYYY-MM-DD`): copied without the UTF-8 branches. */
function putDate(b: Uint8Array, p: number, d: string): number {
  if (d.length !== 10) return putUtf8(b, p, d);
  for (let i = 0; i < 10; i++) b[p + i] = d.charCodeAt(i);
  return p + 10;
}

/** Minor units of a two-digit currency, as toDecimalString writes them (`-0.50`, `12000.00`). */
function putCents(b: Uint8Array, p: number, minor: number): number {
  if (minor < 0) {
    b[p++] = 0x2d;
    minor = -minor;
  }
  const units = minor > 0x7fffffff ? Math.floor(minor / 100) : (minor / 100) | 0;
  const cents = minor - units * 100;
  p = putInt(b, p, units);
  const tens = (cents / 10) | 0;
  b[p++] = 0x2e;
  b[p++] = 0x30 + tens;
  b[p++] = 0x30 + cents - tens * 10;
  return p;
}

/**
 * An id we made ourselves (an ISO currency code, a bucket such as `61-90` or `180+`, a stage id)
 * as a text cell: quoted, and the same as csvTextCell writes it. Such ids are short printable
 * ASCII that never open a formula; anything else takes the general path.
 */
function putId(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  const first = n === 0 ? 0x41 : s.charCodeAt(0);
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x27 || first <= 0x20) return putUtf8(b, p, csvTextCell(s));
  b[p] = QUOTE;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= SEMICOLON && (c === COMMA || c === QUOTE || c === SEMICOLON || c < 0x20)) return putUtf8(b, p, csvTextCell(s));
    if (c >= 0x80) return putUtf8(b, p, csvTextCell(s));
    b[p + 1 + i] = c;
  }
  b[p + 1 + n] = QUOTE;
  return p + n + 2;
}

/** A text cell: quoted, formula starts neutralised, as csvTextCell writes it. */
function putText(b: Uint8Array, p: number, s: string): number {
  const q = putPlainText(b, p, s);
  return q >= 0 ? q : putUtf8(b, p, csvTextCell(s));
}

/**
 * A text cell that needs nothing but its quotes (nearly always): no quote inside, no character
 * a cell may start after (`,` `;` tab CR LF; see neutraliseFormula), no formula character or
 * space first. -1 otherwise, so the caller takes the general path.
 */
function putPlainText(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  b[p] = QUOTE;
  if (n === 0) {
    b[p + 1] = QUOTE;
    return p + 2;
  }
  const first = s.charCodeAt(0);
  // = + - @ ' and space (a space may hide a formula character behind it); controls are below it.
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x27 || first <= 0x20) return -1;
  const at = p + 1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Letters, digits and most punctuation sort above the comma: one range check and the
    // semicolon for them.
    if (c > COMMA && c < 0x80) {
      if (c === SEMICOLON) return -1;
      b[at + i] = c;
    } else if (c < 0x80) {
      if (c === COMMA || c === QUOTE || c < 0x20) return -1;
      b[at + i] = c;
    } else {
      // Non-ASCII text (Chinese customer names): check the rest, then encode it.
      for (let k = i + 1; k < n; k++) {
        const d = s.charCodeAt(k);
        if (d === COMMA || d === QUOTE || d === SEMICOLON || d < 0x20) return -1;
      }
      const end = putUtf8(b, at + i, s, i);
      b[end] = QUOTE;
      return end + 1;
    }
  }
  b[at + n] = QUOTE;
  return at + n + 1;
}

/** `s` from index `from` as UTF-8 (the quoting characters already dealt with, or not needing it). */
function putUtf8(b: Uint8Array, p: number, s: string, from = 0): number {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      let u = c;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[p++] = 0xf0 | (cp >> 18);
          b[p++] = 0x80 | ((cp >> 12) & 0x3f);
          b[p++] = 0x80 | ((cp >> 6) & 0x3f);
          b[p++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
        // A lone surrogate becomes U+FFFD, as Buffer.from and TextEncoder write it.
        u = 0xfffd;
      }
      b[p++] = 0xe0 | (u >> 12);
      b[p++] = 0x80 | ((u >> 6) & 0x3f);
      b[p++] = 0x80 | (u & 0x3f);
    }
  }
  return p;
}
