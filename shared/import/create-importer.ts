import { minorDigits, type CurrencyCode } from '../currency.ts';
import { daysInMonth, makeDate, type PlainDate } from '../plain-date.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { detectEncoding } from './detect-encoding.ts';
import { detectFormat, headerLanguage, isLineItemHeader } from './detect-format.ts';
import { mapHeaders, type HeaderMapping } from './header-synonyms.ts';
import { isSubHeaderRow, mergeHeaderRows, splitDateColumns, type SplitDateColumns } from './header-rows.ts';
import { BAD, EMPTY, OK, hasExcessDecimals, newAmountScan, scanAmount, toMinorUnits, type AmountScan, type DecimalMark } from './parse-amount.ts';
import { parseCurrency } from './parse-currency.ts';
import { resolveNumeric, scanDate, type DateShape } from './parse-date.ts';
import { dueDateFromTerms, parseTerms } from './parse-terms.ts';
import { createInvoiceIndex } from './invoice-index.ts';
import { isStatusHeader, statusSkipKind } from './invoice-status.ts';
import { createWindows1252Decoder, type ByteDecoder } from './windows-1252-decoder.ts';
import { createUtf8Decoder } from './utf8-decoder.ts';
import { createRecordStream, type RecordStream } from './record-stream.ts';
import { totalCellKind, totalKind } from './row-kind.ts';
import type {
  DateOrder, EncodingName, FieldName, ImportOptions, ImportSource, Receivable, RejectedRow, SkipKind, SkippedRow,
} from './types.ts';

/** Where the importer delivers entries, as soon as each is known (in no particular order). */
export interface ImportSink {
  receivable(r: Receivable): void;
  rejected(r: RejectedRow): void;
  skipped(s: SkippedRow): void;
}

/** A push-based importer: feed the file's bytes in chunks of any size, then call `end`. */
export interface StreamingImporter {
  push(chunk: Uint8Array): void;
  end(): ImportSource;
}

// How much of the file decides encoding, delimiter and header row.
const SNIFF_BYTES = 64 * 1024;
const SNIFF_CHARS = 64 * 1024;
const HEADER_SEARCH_ROWS = 300;
// Rows held back while a date column's day/month order is undecided. Past this many, the
// oldest held row is imported with what is known by then (bounded memory on any file).
const MAX_HELD_ROWS = 50_000;
// Text-only lines held to tell a section heading (data follows) from a footer (nothing does).
const MAX_PENDING_TEXT = 1000;
// Bytes handed to the decoder at a time, so a whole-file push does not make one huge string.
const PIECE_BYTES = 1 << 20;

const DATE_ORDER_HINT = 'use --date-order dmy or mdy';

interface HeldRow {
  readonly fields: string[];
  readonly row: number;
  readonly span: number;
}

interface DateColumn {
  readonly index: number;
  readonly field: 'issueDate' | 'dueDate';
  evidence: 'dmy' | 'mdy' | undefined;
  mixed: boolean;
  cache: Map<string, DateShape>;
  /** The previous non-ISO cell and its shape (sorted exports repeat dates row after row). */
  lastRaw: string;
  lastShape: DateShape;
}

interface LineGroup {
  first: Receivable;
  rows: number[];
  extra: { row: number; lastRow?: number }[];
  amount: number;
  paid: number;
  outstanding: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type NumericMemo = Extract<DateShape, { kind: 'numeric' }> & { memoOrder?: DateOrder; memoDate?: PlainDate };

const EMPTY_SHAPE: DateShape = { kind: 'empty' };
/** The shape of a cell that isoDate accepted: the cell itself is the date. */
const ISO_CELL: DateShape = { kind: 'fixed', date: undefined };
const NOTHING = 0;
const DECIDED = 1;
const BLOCKED = 2;
// Which amount scans are filled (0 amount, 1 paid, 2 outstanding): constant lists, no per-row arrays.
const ALL3 = [0, 1, 2] as const;
const AP = [0, 1] as const;
const AO = [0, 2] as const;
const PO = [1, 2] as const;
const A = [0] as const;
const O = [2] as const;

/**
 * Creates a streaming importer: it never holds the whole file, only a 64 KiB sniffing window,
 * the unfinished last record, rows waiting for a date order (bounded), the invoice numbers seen
 * (to report duplicates) and, for line-item exports only, one entry per invoice. Entries go to
 * `sink` as they are decided, in no particular order; `end` returns how the file was read.
 * Never throws on any input.
 *
 * How it decides (the rules a user may need to know):
 * - Encoding: `options.encoding`, else BOM, else valid UTF-8, else GBK vs Windows-1252 by byte
 *   patterns (see `detectEncoding`); an ASCII start stays open until the first non-ASCII bytes.
 * - Delimiter (`,` `;` tab `|`) and header row from the first 64 KiB; lines before the header
 *   are `preamble` (or `blank`). After it: `blank`, repeated `header`, `total`/`subtotal`
 *   (`Total`, `Total for …`, `合计`, `小计`, `Summe`, SAP `*`/`**`), and lines with text but no
 *   invoice number or amount: `section` when data follows, `footer` when nothing does.
 * - Dates with the year last (`05/09/2026`): `options.dateOrder` if given; else each date
 *   column takes its order from its own values (a day over 12 decides), else from the other
 *   date column. Rows are held until their column is decided; a column still undecided at the
 *   end rejects its ambiguous rows ("… use --date-order dmy or mdy"). Dotted dates are
 *   day-first.
 * - Decimal mark: what the first 64 KiB of amounts prove (`1.234,56`, `12,5`), else `,` for
 *   semicolon files and German headers, else `.`. Only `1,234`-like values depend on it.
 * - Currency: a currency column, else a symbol or code in the amount (`¥`/`￥`/`元` → CNY unless
 *   the file is in JPY, `$` → USD, `€`, `£`, `USD 1,200`), else `options.currency`, else the
 *   header language's default (CNY for Chinese, EUR for German, USD otherwise), reported as
 *   `source.currencyAssumed`. A `$` amount with a CAD/AUD/… currency column takes the column;
 *   other contradictions reject the row. More decimals than the currency has is an error.
 * - Amounts: outstanding from its column, else amount − paid; paid from its column, else
 *   amount − outstanding (0 when there is no amount); amount, else paid + outstanding.
 *   Negative amounts (credit notes) are kept as receivables with a negative outstanding.
 * - Due date: the due-date column, else payment terms applied to the invoice date.
 * - Status: where the file has a status column (Stripe, Xero, 金蝶), void invoices are skipped as
 *   `void` and never-issued ones (draft, awaiting approval, 暂存) as `draft`.
 * - Invoice numbers: in line-item exports (a Quantity/UnitAmount/LineAmount column) lines with
 *   the same number and customer make one receivable (`rows` lists them; the extra lines are
 *   skipped as `line-item`; line-level amount columns are summed, invoice-level ones taken
 *   once). Otherwise a repeated number is rejected ("duplicate invoice number, first seen on
 *   row N").
 * - Rows: `row` is the first physical line; a record with quoted line breaks also has
 *   `lastRow`. Every physical line lies in exactly one entry's `row…lastRow` (see
 *   `accountedLines`), and `source.lines` counts them.
 */
export function createImporter(options: ImportOptions, sink: ImportSink): StreamingImporter {
  // ---- decoding ----
  let encoding: EncodingName | undefined = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  let decoder: ByteDecoder | undefined = encoding ? makeDecoder(encoding, false) : undefined;
  let probing = false; // ASCII so far, encoding still open
  let probeTail: Uint8Array | undefined;
  const prefix: Uint8Array[] = [];
  let prefixBytes = 0;
  let started = false;

  // ---- sniffing ----
  const sample: string[] = [];
  let sampleChars = 0;
  let sniffed = false;
  let delimiter = ',';
  let stream: RecordStream | undefined;
  const sniffRows: HeldRow[] = [];

  // ---- header and mapping ----
  let headerOrdinal = -1;
  let headerEnd = -1; // last record of a two-level header
  let subHeaderCells: string[] | undefined;
  let splitDate: SplitDateColumns | undefined;
  let lastYear = 0;
  let headerRow = 0;
  let headerCells: string[] = [];
  let format = 'generic';
  let header: HeaderMapping | undefined;
  let mappingText: Partial<Record<FieldName, string>> = {};
  let lineItems = false;
  let ordinal = 0;
  let iCustomer = -1, iInvoice = -1, iEmail = -1, iPhone = -1, iCurrency = -1, iAmount = -1, iPaid = -1,
    iOutstanding = -1, iIssue = -1, iDue = -1, iTerms = -1, iContact = -1, iSales = -1;
  // The status column (Stripe, Xero, 金蝶), read only where a file has one.
  let iStatus = -1;
  let statusHeader = '';
  let issueCol: DateColumn | undefined;
  let dueCol: DateColumn | undefined;
  let headerInvoice = '';
  const overrideOrder: DateOrder | undefined = options.dateOrder && options.dateOrder !== 'auto' ? options.dateOrder : undefined;
  let decimalMark: DecimalMark = '.';
  let decimalProven = false;
  let defaultCurrency: CurrencyCode = 'USD';
  let currencyAssumed = false;
  let fileSaysJpy = options.currency === 'JPY';
  const warnings: string[] = [];

  // ---- rows ----
  let dataRows = 0;
  const held: HeldRow[] = [];
  let pendingText: { row: number; lastRow?: number }[] = [];
  const seen = createInvoiceIndex();
  const groups = new Map<string, LineGroup>();
  const scan = newAmountScan();
  const scanA = newAmountScan();
  const scanP = newAmountScan();
  const scanO = newAmountScan();
  const currencyCache = new Map<string, CurrencyCode>();
  // Three-character currency cells by their character codes, with each currency's digits: a
  // file has a handful, found by comparing numbers (a Map lookup per row cost more).
  const cellCodes: number[] = [];
  const cellCurrencies: CurrencyCode[] = [];
  const cellDigits: number[] = [];
  const digitsCache = new Map<CurrencyCode, number>();
  const termsCache = new Map<string, ReturnType<typeof parseTerms> | null>();

  function skip(row: number, span: number, kind: SkipKind): void {
    sink.skipped(span > 1 ? { row, kind, lastRow: row + span - 1 } : { row, kind });
  }

  function reject(row: number, span: number, column: FieldName | string, value: string, reason: string): void {
    const v = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    sink.rejected(span > 1 ? { row, column, value: v, reason, lastRow: row + span - 1 } : { row, column, value: v, reason });
  }

  // ---------------------------------------------------------------- bytes → text
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
    const guess = detectEncoding(rest, last);
    encoding = guess.encoding;
    decoder = makeDecoder(encoding, false);
    probing = false;
    return ascii + decoder.decode(rest, { stream: !last });
  }

  function startDecoding(last: boolean): void {
    const all = concat(prefix, prefixBytes);
    prefix.length = 0;
    if (!encoding) {
      const guess = detectEncoding(all, last);
      encoding = guess.encoding;
      probing = guess.tentative;
      decoder = makeDecoder(encoding, probing);
    }
    if (!decoder) decoder = makeDecoder(encoding, false);
    text(decodePiece(all, last));
  }

  function pushBytes(chunk: Uint8Array): void {
    if (!started) {
      // Hold the first bytes until there are enough to tell the encoding.
      prefix.push(new Uint8Array(chunk));
      prefixBytes += chunk.length;
      if (prefixBytes >= SNIFF_BYTES) {
        started = true;
        startDecoding(false);
      }
      return;
    }
    text(decodePiece(chunk, false));
  }

  // ---------------------------------------------------------------- text → records
  function text(piece: string): void {
    if (piece.length === 0) return;
    if (!sniffed) {
      sample.push(piece);
      sampleChars += piece.length;
      if (sampleChars >= SNIFF_CHARS) sniff(false);
      return;
    }
    stream?.push(piece);
  }

  function sniff(final: boolean): void {
    sniffed = true;
    const all = sample.join('');
    sample.length = 0;
    const normalized = all.indexOf('\r') === -1 ? all : all.replace(/\r\n?/g, '\n');
    // Sniff on complete lines only (the last one may be cut).
    const cut = final ? normalized : normalized.slice(0, Math.max(0, normalized.lastIndexOf('\n')));
    delimiter = detectDelimiter(cut.length > 0 ? cut : normalized);
    stream = createRecordStream(delimiter, (fields, row, span) => {
      sniffRows.push({ fields, row, span });
    });
    stream.push(all);
    if (final) stream.end();
    findHeader();
    stream.setHandler(onRecord);
    const rows = sniffRows.splice(0, sniffRows.length);
    for (const r of rows) onRecord(r.fields, r.row, r.span);
  }

  function findHeader(): void {
    let bestScore = 0;
    let best = -1;
    let bestMapping: HeaderMapping | undefined;
    const limit = Math.min(sniffRows.length, HEADER_SEARCH_ROWS);
    const minimum = options.map && Object.keys(options.map).length > 0 ? 2 : 3;
    for (let k = 0; k < limit; k++) {
      const cells = (sniffRows[k] as HeldRow).fields;
      if (cells.length < 2) continue;
      const m = mapHeaders(cells.map((c) => c.trim()), options.map);
      if (m.score > bestScore) {
        bestScore = m.score;
        best = k;
        bestMapping = m;
      }
    }
    if (best < 0 || bestScore < minimum || !bestMapping) return;
    headerOrdinal = best;
    headerEnd = best;
    const h = sniffRows[best] as HeldRow;
    headerRow = h.row;
    headerCells = h.fields.map((c) => c.trim());
    let names = headerCells;
    const next = sniffRows[best + 1];
    if (next && isSubHeaderRow(next.fields)) {
      // A two-level header (merged cells over 原币 | 本币): name each column by both levels.
      const merged = mergeHeaderRows(headerCells, next.fields);
      const m2 = mapHeaders(merged, options.map);
      if (m2.score >= bestScore) {
        bestMapping = m2;
        names = merged;
        headerEnd = best + 1;
        subHeaderCells = next.fields.map((c) => c.trim());
      }
    }
    header = bestMapping;
    if (bestMapping.mapping.issueDate === undefined) splitDate = splitDateColumns(names);
    for (const miss of bestMapping.missing) warnings.push(`--map ${miss}: no column has that header`);
    format = detectFormat(names);
    lineItems = isLineItemHeader(names);
    const m = bestMapping.mapping;
    const at = (f: FieldName): number => m[f] ?? -1;
    iStatus = names.findIndex((n) => isStatusHeader(n));
    statusHeader = iStatus >= 0 ? (names[iStatus] ?? '') : '';
    iCustomer = at('customer'); iInvoice = at('invoice'); iEmail = at('email'); iPhone = at('phone');
    iCurrency = at('currency'); iAmount = at('amount'); iPaid = at('paid'); iOutstanding = at('outstanding');
    iIssue = at('issueDate'); iDue = at('dueDate'); iTerms = at('terms'); iContact = at('contact'); iSales = at('salesperson');
    mappingText = {};
    for (const [field, index] of Object.entries(m) as [FieldName, number][]) mappingText[field] = names[index] ?? '';
    if (splitDate) mappingText.issueDate = `${names[splitDate.year]}/${names[splitDate.month]}/${names[splitDate.day]}`;
    issueCol = iIssue >= 0 ? { index: iIssue, field: 'issueDate', evidence: undefined, mixed: false, cache: new Map(), lastRaw: '', lastShape: EMPTY_SHAPE } : undefined;
    dueCol = iDue >= 0 ? { index: iDue, field: 'dueDate', evidence: undefined, mixed: false, cache: new Map(), lastRaw: '', lastShape: EMPTY_SHAPE } : undefined;
    headerInvoice = iInvoice >= 0 ? (h.fields[iInvoice] ?? '') : '';
    const language = headerLanguage(names);
    defaultCurrency = bestMapping.currencyHint ?? (language === 'zh' ? 'CNY' : language === 'de' ? 'EUR' : 'USD');
    // The decimal mark: what the sample's amounts prove, else the convention of the file's language/delimiter.
    let commas = 0;
    let points = 0;
    for (let k = headerEnd + 1; k < sniffRows.length; k++) {
      const f = (sniffRows[k] as HeldRow).fields;
      for (const i of [iAmount, iPaid, iOutstanding]) {
        if (i < 0) continue;
        const s = scanAmount(f[i] ?? '', '.', scan);
        if (s.proves === ',') commas++;
        else if (s.proves === '.') points++;
      }
    }
    if (commas + points > 0) {
      decimalMark = commas > points ? ',' : '.';
      decimalProven = true;
    } else {
      decimalMark = delimiter === ';' || language === 'de' ? ',' : '.';
    }
  }

  // ---------------------------------------------------------------- records → entries
  function onRecord(fields: string[], row: number, span: number): void {
    const k = ordinal++;
    if (k > headerEnd && headerOrdinal >= 0 && iInvoice >= 0) {
      // Fast path: a row with an invoice number is data unless it repeats the header.
      const inv = fields[iInvoice];
      if (inv !== undefined && inv.length !== 0 && inv !== headerInvoice && !isSpaceCode(inv.charCodeAt(0)) && totalCellKind(inv) === undefined) {
        if (pendingText.length > 0) flushPendingAs('section');
        dataRows++;
        dataRow(fields, row, span);
        return;
      }
    }
    if (headerOrdinal < 0) {
      if (isBlank(fields)) return skip(row, span, 'blank');
      return reject(row, span, '', fields.join(delimiter),
        'no header row found: none of the first lines names the columns (customer, invoice, amount, due date); use --map field=Header');
    }
    if (k < headerOrdinal) return skip(row, span, isBlank(fields) ? 'blank' : 'preamble');
    if (k <= headerEnd) return skip(row, span, 'header');
    if (isBlank(fields)) return skip(row, span, 'blank');
    if (isRepeatedHeader(fields)) return skip(row, span, 'header');
    const total = totalKind(fields);
    if (total) {
      flushPendingAs('section');
      return skip(row, span, total);
    }
    if (!hasKeyCell(fields)) {
      // A heading (`1 - 30 days past due`) if data follows, a footer if nothing does.
      pendingText.push(span > 1 ? { row, lastRow: row + span - 1 } : { row });
      // No footer is that long: keep memory bounded on files full of text lines.
      if (pendingText.length > MAX_PENDING_TEXT) flushPendingAs('section');
      return;
    }
    flushPendingAs('section');
    dataRows++;
    dataRow(fields, row, span);
  }

  function flushPendingAs(kind: SkipKind): void {
    if (pendingText.length === 0) return;
    for (const p of pendingText) sink.skipped({ ...p, kind });
    pendingText = [];
  }

  function isRepeatedHeader(fields: string[]): boolean {
    return sameCells(fields, headerCells) || (subHeaderCells !== undefined && sameCells(fields, subHeaderCells));
  }

  function sameCells(fields: string[], labels: string[]): boolean {
    // Most of the header's labels, in their columns (empty cells prove nothing).
    let labelled = 0;
    let same = 0;
    for (let c = 0; c < labels.length; c++) {
      const label = labels[c] as string;
      if (label === '') continue;
      labelled++;
      if ((fields[c] ?? '').trim() === label) same++;
    }
    return labelled > 0 && same * 2 > labelled;
  }

  function hasKeyCell(fields: string[]): boolean {
    // A date alone (a footer's "Monday, November 23, 2026" split at its commas) does not make a data row.
    return filled(fields, iInvoice) || filled(fields, iAmount) || filled(fields, iOutstanding) || filled(fields, iPaid);
  }

  // ---------------------------------------------------------------- date order
  function shapeOf(col: DateColumn | undefined, fields: string[]): DateShape {
    if (col === undefined) return EMPTY_SHAPE;
    const raw = fields[col.index] ?? '';
    const iso = isoDate(raw);
    // The common ISO cell needs neither parsing nor a cache lookup: it already is a PlainDate,
    // which dateOf takes from the cell (nothing is stored per row in the long-lived column).
    if (iso !== undefined) return ISO_CELL;
    if (raw === col.lastRaw) return col.lastShape;
    let s = col.cache.get(raw);
    if (s === undefined) {
      s = scanDate(raw);
      if (col.cache.size >= 4096) col.cache.clear();
      col.cache.set(raw, s);
    }
    col.lastRaw = raw;
    col.lastShape = s;
    return s;
  }

  /** The order a column is read in: the option, its own evidence, else a sibling date column's. */
  function orderOf(col: DateColumn): DateOrder | undefined {
    if (overrideOrder) return overrideOrder;
    if (col.mixed) return undefined;
    if (col.evidence) return col.evidence;
    const other = col === issueCol ? dueCol : issueCol;
    return other && other.evidence && !other.mixed ? other.evidence : undefined;
  }

  /** Notes what one date proves; true when its column just became decided. Blocked: an undecided ambiguous date. */
  function note(col: DateColumn | undefined, s: DateShape): number {
    if (col === undefined || s.kind !== 'numeric' || overrideOrder) return NOTHING;
    if (s.evidence) {
      if (col.evidence === undefined) {
        col.evidence = s.evidence;
        return DECIDED;
      }
      if (col.evidence !== s.evidence && !col.mixed) {
        col.mixed = true;
        warnings.push(`${mappingText[col.field] ?? col.field}: some dates are day-first and some month-first`);
      }
      return NOTHING;
    }
    return !s.indifferent && !col.mixed && orderOf(col) === undefined ? BLOCKED : NOTHING;
  }

  function isBlocked(fields: string[]): boolean {
    return note(issueCol, shapeOf(issueCol, fields)) === BLOCKED || note(dueCol, shapeOf(dueCol, fields)) === BLOCKED;
  }

  function dataRow(fields: string[], row: number, span: number): void {
    const issueShape = shapeOf(issueCol, fields);
    const dueShape = shapeOf(dueCol, fields);
    let decided = false;
    let block = false;
    if (issueShape.kind === 'numeric' || dueShape.kind === 'numeric') {
      const a = note(issueCol, issueShape);
      const b = note(dueCol, dueShape);
      decided = a === DECIDED || b === DECIDED;
      // A decision made by this row may unblock this row's other date.
      block = (a === BLOCKED || b === BLOCKED) && isBlocked(fields);
    }
    if (held.length > 0 || block) {
      held.push({ fields, row, span });
      if (held.length > MAX_HELD_ROWS) {
        const r = held.shift() as HeldRow;
        take(r.fields, r.row, r.span, shapeOf(issueCol, r.fields), shapeOf(dueCol, r.fields));
      }
    } else {
      take(fields, row, span, issueShape, dueShape);
    }
    if (decided) flushHeld(false);
  }

  function flushHeld(final: boolean): void {
    while (held.length > 0) {
      const r = held[0] as HeldRow;
      if (!final && isBlocked(r.fields)) return;
      held.shift();
      take(r.fields, r.row, r.span, shapeOf(issueCol, r.fields), shapeOf(dueCol, r.fields));
    }
  }

  // ---------------------------------------------------------------- one data row
  function take(fields: string[], row: number, span: number, issueShape: DateShape, dueShape: DateShape): void {
    if (iStatus >= 0) {
      // A void or never-issued invoice is owed by nobody: not a receivable, not an error.
      const kind = statusSkipKind(statusHeader, fields[iStatus] ?? '', format);
      if (kind !== undefined) return skip(row, span, kind);
    }
    const r = build(fields, row, span, issueShape, dueShape);
    if (r === undefined) return;
    const key = flat(r.invoice);
    if (lineItems) {
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { first: r, rows: [row], extra: [], amount: r.amount.minor, paid: r.paid.minor, outstanding: r.outstanding.minor });
        return;
      }
      if (g.first.customer === r.customer && g.first.currency === r.currency) {
        g.rows.push(row);
        g.extra.push(span > 1 ? { row, lastRow: row + span - 1 } : { row });
        // Line-level amount columns add up; invoice-level ones repeat on every line.
        if (header?.lineLevel.has('amount')) g.amount += r.amount.minor;
        if (header?.lineLevel.has('paid')) g.paid += r.paid.minor;
        if (header?.lineLevel.has('outstanding')) g.outstanding += r.outstanding.minor;
        return;
      }
      return reject(row, span, 'invoice', r.invoice, `duplicate invoice number, first seen on row ${g.first.row}`);
    }
    const first = seen.firstRowOrAdd(key, row);
    if (first !== undefined) return reject(row, span, 'invoice', r.invoice, `duplicate invoice number, first seen on row ${first}`);
    sink.receivable(r);
  }

  function amountCell(f: string[], index: number, field: 'amount' | 'paid' | 'outstanding', s: AmountScan, row: number, span: number): number {
    if (index < 0) return EMPTY;
    const raw = f[index] ?? '';
    scanAmount(raw, decimalMark, s);
    if (s.status === BAD) {
      reject(row, span, field, raw.trim(), `${field === 'amount' ? 'amount' : field === 'paid' ? 'paid amount' : 'outstanding amount'} is not a number`);
      return BAD;
    }
    if (s.status === OK && s.proves && !decimalProven) {
      decimalMark = s.proves;
      decimalProven = true;
    }
    return s.status;
  }

  /** Builds the receivable of one data row, or rejects the row (and returns undefined). */
  function build(f: string[], row: number, span: number, issueShape: DateShape, dueShape: DateShape): Receivable | undefined {
    const invoice = cell(f, iInvoice);
    if (invoice === '') {
      reject(row, span, 'invoice', '', iInvoice < 0 ? 'no invoice number column (use --map invoice=Header)' : missingInvoiceReason(f));
      return undefined;
    }
    const customer = cell(f, iCustomer);
    if (customer === '') {
      reject(row, span, 'customer', '', iCustomer < 0 ? 'no customer column (use --map customer=Header)' : 'customer missing');
      return undefined;
    }
    let columnCurrency: CurrencyCode | undefined;
    let columnDigits = -1;
    let currencyRaw = '';
    if (iCurrency >= 0) {
      currencyRaw = cell(f, iCurrency);
      if (currencyRaw !== '') {
        // A three-character cell (`USD`) is looked up by its character codes: hashing a fresh
        // string on every one of a million rows cost more than the rest of the cell.
        const code = currencyRaw.length === 3 ? charKey(currencyRaw) : -1;
        if (code >= 0) {
          let at = 0;
          while (at < cellCodes.length && cellCodes[at] !== code) at++;
          if (at < cellCodes.length) {
            columnCurrency = cellCurrencies[at];
            columnDigits = cellDigits[at] as number;
          }
        } else {
          columnCurrency = currencyCache.get(currencyRaw);
        }
        if (columnCurrency === undefined) {
          columnCurrency = parseCurrency(currencyRaw);
          if (!columnCurrency) {
            reject(row, span, 'currency', currencyRaw, 'currency not recognised');
            return undefined;
          }
          if (code >= 0) {
            if (cellCodes.length < 64) {
              cellCodes.push(code);
              cellCurrencies.push(columnCurrency);
              cellDigits.push(minorDigits(columnCurrency));
            }
            if (columnCurrency === 'JPY') fileSaysJpy = true;
          } else if (currencyCache.size < 256) currencyCache.set(currencyRaw, columnCurrency);
        }
      }
    }
    const sa = amountCell(f, iAmount, 'amount', scanA, row, span);
    if (sa === BAD) return undefined;
    const sp = amountCell(f, iPaid, 'paid', scanP, row, span);
    if (sp === BAD) return undefined;
    const so = amountCell(f, iOutstanding, 'outstanding', scanO, row, span);
    if (so === BAD) return undefined;
    if (sa !== OK && so !== OK) {
      reject(row, span, iAmount >= 0 ? 'amount' : 'outstanding', '', iAmount < 0 && iOutstanding < 0 ? 'no amount column (use --map amount=Header)' : 'amount missing');
      return undefined;
    }
    let symbol: CurrencyCode | undefined;
    // Most exports write bare numbers: only amounts with a symbol or code need comparing.
    const symbols = scanA.currency !== undefined || scanP.currency !== undefined || scanO.currency !== undefined;
    if (symbols) for (const s of sa === OK ? (sp === OK ? (so === OK ? ALL3 : AP) : so === OK ? AO : A) : sp === OK ? PO : O) {
      const sc = s === 0 ? scanA : s === 1 ? scanP : scanO;
      if (sc.currency === undefined) continue;
      if (symbol !== undefined && symbol !== sc.currency) {
        reject(row, span, s === 0 ? 'amount' : s === 1 ? 'paid' : 'outstanding', (f[s === 0 ? iAmount : s === 1 ? iPaid : iOutstanding] ?? '').trim(),
          `amounts in one row name different currencies (${symbol} and ${sc.currency})`);
        return undefined;
      }
      symbol = sc.currency;
    }
    let currency: CurrencyCode;
    let assumed = false;
    if (symbol !== undefined && columnCurrency !== undefined && symbol !== columnCurrency) {
      // `$` is written for every dollar, `¥` for yuan and yen: the currency column says which.
      if (symbol === 'USD' && DOLLARS.has(columnCurrency)) currency = columnCurrency;
      else if (symbol === 'CNY' && columnCurrency === 'JPY') currency = 'JPY';
      else {
        reject(row, span, 'currency', currencyRaw, `the amount is in ${symbol} but the currency column says ${columnCurrency}`);
        return undefined;
      }
    } else if (columnCurrency !== undefined) {
      currency = columnCurrency;
    } else if (symbol !== undefined) {
      currency = symbol === 'CNY' && fileSaysJpy ? 'JPY' : symbol;
    } else if (options.currency) {
      currency = options.currency;
    } else {
      currency = defaultCurrency;
      assumed = true;
    }
    let digits = currency === columnCurrency && columnDigits >= 0 ? columnDigits : digitsCache.get(currency);
    if (digits === undefined) {
      digits = minorDigits(currency);
      if (digitsCache.size < 256) digitsCache.set(currency, digits);
      if (currency === 'JPY') fileSaysJpy = true;
    }
    if (digits === 0 && decimalMark === ',') {
      // `¥150,000` in a decimal-comma file: a currency without decimals groups thousands.
      if (sa === OK && scanA.ambiguous) scanAmount(f[iAmount] ?? '', '.', scanA);
      if (sp === OK && scanP.ambiguous) scanAmount(f[iPaid] ?? '', '.', scanP);
      if (so === OK && scanO.ambiguous) scanAmount(f[iOutstanding] ?? '', '.', scanO);
    }
    let amount: number | undefined;
    let paid: number | undefined;
    let outstanding: number | undefined;
    if (sa === OK) {
      amount = toMinorUnits(scanA, digits);
      if (amount === undefined) return tooPrecise(f, iAmount, 'amount', scanA, currency, digits, row, span);
    }
    if (sp === OK) {
      paid = toMinorUnits(scanP, digits);
      if (paid === undefined) return tooPrecise(f, iPaid, 'paid', scanP, currency, digits, row, span);
    }
    if (so === OK) {
      outstanding = toMinorUnits(scanO, digits);
      if (outstanding === undefined) return tooPrecise(f, iOutstanding, 'outstanding', scanO, currency, digits, row, span);
    }
    if (outstanding === undefined) outstanding = (amount as number) - (paid ?? 0);
    if (paid === undefined) paid = amount === undefined ? 0 : amount - outstanding;
    if (amount === undefined) amount = paid + outstanding;

    const issueDate = issueCol ? dateOf(issueCol, issueShape, f, row, span) : splitDate ? splitDateOf(f, row, span) : undefined;
    if (issueDate === null) return undefined;
    let dueDate = dueCol ? dateOf(dueCol, dueShape, f, row, span) : undefined;
    if (dueDate === null) return undefined;
    const terms = cell(f, iTerms);
    if (dueDate === undefined) {
      if (terms === '') {
        reject(row, span, 'dueDate', '', iDue < 0 && iTerms < 0 ? 'no due date or terms column (use --map dueDate=Header)' : 'due date missing and no payment terms');
        return undefined;
      }
      let t = termsCache.get(terms);
      if (t === undefined) {
        t = parseTerms(terms) ?? null;
        if (termsCache.size < 1000) termsCache.set(terms, t);
      }
      if (t === null) {
        reject(row, span, 'terms', terms, 'due date missing and payment terms not understood');
        return undefined;
      }
      if (issueDate === undefined) {
        reject(row, span, 'issueDate', '', 'due date missing and no invoice date to apply the payment terms to');
        return undefined;
      }
      dueDate = dueDateFromTerms(t, issueDate);
    }
    const r: Mutable<Receivable> = {
      row,
      customer,
      invoice,
      currency,
      amount: { minor: amount === 0 ? 0 : amount, currency },
      paid: { minor: paid === 0 ? 0 : paid, currency },
      outstanding: { minor: outstanding === 0 ? 0 : outstanding, currency },
      dueDate,
    };
    if (issueDate !== undefined) r.issueDate = issueDate;
    if (iEmail >= 0) setText(r, 'email', f[iEmail]);
    if (iPhone >= 0) setText(r, 'phone', f[iPhone]);
    if (iContact >= 0) setText(r, 'contact', f[iContact]);
    if (iSales >= 0) setText(r, 'salesperson', f[iSales]);
    if (terms !== '') r.terms = terms;
    if (span > 1) r.lastRow = row + span - 1;
    if (assumed) currencyAssumed = true;
    return r;
  }

  /** Why a row without an invoice number was not taken; a credit line says what it probably is. */
  function missingInvoiceReason(f: string[]): string {
    const credit = [iOutstanding, iAmount].some((i) => i >= 0 && scanAmount(f[i] ?? '', decimalMark, scan).status === OK && scan.negative);
    // QuickBooks lists unapplied payments and credits in its aging reports, with no number.
    return credit ? 'invoice number missing: a minus amount without a number is usually a payment or credit not yet applied to an invoice' : 'invoice number missing';
  }

  function tooPrecise(f: string[], index: number, field: FieldName, s: AmountScan, currency: CurrencyCode, digits: number, row: number, span: number): undefined {
    reject(row, span, field, (f[index] ?? '').trim(), hasExcessDecimals(s, digits) ? `amount has more decimals than ${currency} has (${digits})` : 'amount is too large');
    return undefined;
  }

  /** The date of split year/month/day columns; a ledger prints the year once, so it carries over. */
  function splitDateOf(f: string[], row: number, span: number): PlainDate | undefined | null {
    const sd = splitDate as SplitDateColumns;
    const y = cell(f, sd.year);
    const m = cell(f, sd.month);
    const d = cell(f, sd.day);
    if (m === '' && d === '') return undefined;
    if (y !== '') lastYear = /^\d{4}$/.test(y) ? Number(y) : -1;
    const date = /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) && lastYear > 0 ? makeDate(lastYear, Number(m), Number(d)) : undefined;
    if (date !== undefined) return date;
    reject(row, span, 'issueDate', `${y || lastYear}-${m}-${d}`, 'no such date');
    return null;
  }

  /** The date of a cell: a date, undefined when empty, null when the row was rejected. */
  function dateOf(col: DateColumn, s: DateShape, f: string[], row: number, span: number): PlainDate | undefined | null {
    if (s === ISO_CELL) return f[col.index] as PlainDate;
    if (s.kind === 'fixed') {
      if (s.date !== undefined) return s.date;
      reject(row, span, col.field, (f[col.index] ?? '').trim(), 'no such date');
      return null;
    }
    if (s.kind === 'empty') return undefined;
    if (s.kind === 'not-a-date') {
      reject(row, span, col.field, (f[col.index] ?? '').trim(), 'not a date');
      return null;
    }
    const order = orderOf(col) ?? s.evidence ?? (s.indifferent ? 'dmy' : undefined);
    if (order === undefined) {
      reject(row, span, col.field, (f[col.index] ?? '').trim(), col.mixed
        ? `day and month order is mixed in this column, so this date is ambiguous; ${DATE_ORDER_HINT}`
        : `day and month order is ambiguous: no date in this column has a day over 12; ${DATE_ORDER_HINT}`);
      return null;
    }
    // Shapes are cached per distinct text, so each distinct date is resolved once per order.
    const memo = s as NumericMemo;
    if (memo.memoOrder === order) {
      if (memo.memoDate !== undefined) return memo.memoDate;
    } else {
      memo.memoOrder = order;
      memo.memoDate = resolveNumeric(s, order);
      if (memo.memoDate !== undefined) return memo.memoDate;
    }
    reject(row, span, col.field, (f[col.index] ?? '').trim(), 'no such date');
    return null;
  }

  function finishGroups(): void {
    for (const g of groups.values()) {
      const c = g.first.currency;
      if (g.rows.length === 1) {
        sink.receivable(g.first);
        continue;
      }
      const lineAmount = header?.lineLevel.has('amount') ?? false;
      // With summed line amounts and no outstanding column, what is owed follows the sum.
      const outstanding = lineAmount && iOutstanding < 0 ? g.amount - g.paid : g.outstanding;
      sink.receivable({
        ...g.first,
        amount: { minor: g.amount, currency: c },
        paid: { minor: g.paid, currency: c },
        outstanding: { minor: outstanding, currency: c },
        rows: g.rows,
      });
      for (const e of g.extra) sink.skipped({ ...e, kind: 'line-item' });
    }
    groups.clear();
  }

  return {
    push(chunk) {
      try {
        for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
          pushBytes(chunk.length <= PIECE_BYTES ? chunk : chunk.subarray(at, Math.min(chunk.length, at + PIECE_BYTES)));
        }
      } catch (e) {
        warnings.push(`import stopped early: ${String(e)}`);
      }
    },
    end() {
      try {
        if (!started) {
          started = true;
          startDecoding(true);
        } else {
          text(decodePiece(new Uint8Array(0), true));
        }
        if (!sniffed) sniff(true);
        else stream?.end();
        flushHeld(true);
        flushPendingAs('footer');
        finishGroups();
      } catch (e) {
        warnings.push(`import stopped early: ${String(e)}`);
      }
      const decided = [dueCol, issueCol].find((c) => c?.evidence && !c.mixed);
      const dateOrder = overrideOrder ?? decided?.evidence;
      return {
        ...(options.file !== undefined ? { file: options.file } : {}),
        encoding: encoding ?? 'utf-8',
        delimiter,
        headerRow,
        dataRows,
        format,
        lines: stream?.lines ?? 0,
        mapping: mappingText,
        ...(dateOrder ? { dateOrder } : {}),
        ...(currencyAssumed ? { currencyAssumed: defaultCurrency } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    },
  };
}

const ASCII = new TextDecoder('utf-8');
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'BRL']);

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

/** `raw` itself when it is exactly a valid `YYYY-MM-DD`, else undefined. */
function isoDate(raw: string): PlainDate | undefined {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 0x2d || raw.charCodeAt(7) !== 0x2d) return undefined;
  const y0 = raw.charCodeAt(0) - 0x30, y1 = raw.charCodeAt(1) - 0x30, y2 = raw.charCodeAt(2) - 0x30, y3 = raw.charCodeAt(3) - 0x30;
  const m1 = raw.charCodeAt(5) - 0x30, m2 = raw.charCodeAt(6) - 0x30, d1 = raw.charCodeAt(8) - 0x30, d2 = raw.charCodeAt(9) - 0x30;
  if (y0 < 0 || y0 > 9 || y1 < 0 || y1 > 9 || y2 < 0 || y2 > 9 || y3 < 0 || y3 > 9) return undefined;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return undefined;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  // Days 1–28 exist in every month: only the last days need the calendar.
  if (y < 1 || m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y, m))) return undefined;
  return raw as PlainDate;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x0a;
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim().length !== 0) return false;
  return true;
}

function filled(fields: string[], index: number): boolean {
  if (index < 0) return false;
  const s = fields[index];
  if (s === undefined || s.length === 0) return false;
  return !isSpaceCode(s.charCodeAt(0)) || s.trim().length !== 0;
}

function cell(fields: string[], index: number): string {
  if (index < 0) return '';
  const s = fields[index];
  return s === undefined ? '' : trimmed(s);
}

/** `s.trim()`, without the call when both ends are visible ASCII (nearly every cell). */
function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(n - 1);
  return a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f ? s : s.trim();
}

/** The three UTF-16 units of `s` as one number, or -1 when one is above 0xff. */
function charKey(s: string): number {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  return a > 0xff || b > 0xff || c > 0xff ? -1 : (a << 16) | (b << 8) | c;
}

function setText(r: Mutable<Receivable>, key: 'email' | 'phone' | 'contact' | 'salesperson', raw: string | undefined): void {
  if (raw === undefined || raw.length === 0) return;
  const v = trimmed(raw);
  if (v !== '') r[key] = v;
}

/**
 * A copy of `s` that does not pin the file chunk it was cut from. V8 keeps substrings of 13+
 * characters as views into their parent string; holding them (duplicate check, callers that
 * keep receivables) would keep every chunk of a 100 MB file alive.
 */
function flat(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
