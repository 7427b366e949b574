import { minorDigits, type CurrencyCode } from '../currency.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { detectEncoding } from './detect-encoding.ts';
import { detectFormat, headerLanguage, isLineItemHeader } from './detect-format.ts';
import { mapHeaders, type HeaderMapping } from './header-synonyms.ts';
import { BAD, EMPTY, newAmountScan, scanAmount, toMinorUnits, type DecimalMark } from './parse-amount.ts';
import { parseCurrency } from './parse-currency.ts';
import { resolveNumeric, scanDate, type DateShape } from './parse-date.ts';
import { dueDateFromTerms, parseTerms } from './parse-terms.ts';
import { createRecordStream, type RecordStream } from './record-stream.ts';
import { totalKind } from './row-kind.ts';
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
}

interface LineGroup {
  first: Receivable;
  rows: number[];
  extra: { row: number; lastRow?: number }[];
  amount: number;
  paid: number;
  outstanding: number;
}

type Built =
  | { ok: true; value: Receivable }
  | { ok: false; column: FieldName | string; value: string; reason: string };

/**
 * Creates a streaming importer: it never holds the whole file, only a 64 KiB sniffing window,
 * the unfinished last record, rows waiting for a date order (bounded) and, for line-item
 * exports only, one entry per invoice. Entries go to `sink` as they are decided; `end`
 * returns how the file was read. Never throws on any input.
 */
export function createImporter(options: ImportOptions, sink: ImportSink): StreamingImporter {
  // ---- decoding ----
  let encoding: EncodingName | undefined = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  let decoder: TextDecoder | undefined = encoding ? makeDecoder(encoding, false) : undefined;
  let probing = false; // ASCII so far, encoding still open
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
  let headerRow = 0;
  let headerCells: string[] = [];
  let format = 'generic';
  let header: HeaderMapping | undefined;
  let mappingText: Partial<Record<FieldName, string>> = {};
  let lineItems = false;
  let ordinal = 0;
  let iCustomer = -1, iInvoice = -1, iEmail = -1, iPhone = -1, iCurrency = -1, iAmount = -1, iPaid = -1,
    iOutstanding = -1, iIssue = -1, iDue = -1, iTerms = -1, iContact = -1, iSales = -1;
  let dateColumns: DateColumn[] = [];
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
  const seen = new Map<string, number>();
  const groups = new Map<string, LineGroup>();
  const scan = newAmountScan();
  const termsCache = new Map<string, ReturnType<typeof parseTerms> | null>();

  function skip(row: number, span: number, kind: SkipKind): void {
    sink.skipped(span > 1 ? { row, kind, lastRow: row + span - 1 } : { row, kind });
  }

  function reject(row: number, span: number, column: FieldName | string, value: string, reason: string): void {
    const v = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    sink.rejected(span > 1 ? { row, column, value: v, reason, lastRow: row + span - 1 } : { row, column, value: v, reason });
  }

  // ---------------------------------------------------------------- bytes → text
  function decodePiece(bytes: Uint8Array, last: boolean): string {
    if (!decoder) return '';
    if (!probing) return decoder.decode(bytes, { stream: !last });
    try {
      const text = decoder.decode(bytes, { stream: !last });
      if (text.length === bytes.length) return text; // still pure ASCII
    } catch {
      // not UTF-8: decided below
    }
    // First non-ASCII bytes after an ASCII start: decide now. Everything before was ASCII, so
    // a fresh decoder loses nothing.
    const guess = detectEncoding(bytes, last);
    encoding = guess.encoding;
    decoder = makeDecoder(encoding, false);
    probing = false;
    return decoder.decode(bytes, { stream: !last });
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
      prefix.push(chunk.slice());
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
    const h = sniffRows[best] as HeldRow;
    headerRow = h.row;
    headerCells = h.fields.map((c) => c.trim());
    header = bestMapping;
    for (const miss of bestMapping.missing) warnings.push(`--map ${miss}: no column has that header`);
    format = detectFormat(headerCells);
    lineItems = isLineItemHeader(headerCells);
    const m = bestMapping.mapping;
    const at = (f: FieldName): number => m[f] ?? -1;
    iCustomer = at('customer'); iInvoice = at('invoice'); iEmail = at('email'); iPhone = at('phone');
    iCurrency = at('currency'); iAmount = at('amount'); iPaid = at('paid'); iOutstanding = at('outstanding');
    iIssue = at('issueDate'); iDue = at('dueDate'); iTerms = at('terms'); iContact = at('contact'); iSales = at('salesperson');
    mappingText = {};
    for (const [field, index] of Object.entries(m) as [FieldName, number][]) mappingText[field] = headerCells[index] ?? '';
    dateColumns = [];
    if (iIssue >= 0) dateColumns.push({ index: iIssue, field: 'issueDate', evidence: undefined, mixed: false, cache: new Map() });
    if (iDue >= 0) dateColumns.push({ index: iDue, field: 'dueDate', evidence: undefined, mixed: false, cache: new Map() });
    const language = headerLanguage(headerCells);
    defaultCurrency = bestMapping.currencyHint ?? (language === 'zh' ? 'CNY' : language === 'de' ? 'EUR' : 'USD');
    // The decimal mark: what the sample's amounts prove, else the convention of the file's language/delimiter.
    let commas = 0;
    let points = 0;
    for (let k = best + 1; k < sniffRows.length; k++) {
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
    if (headerOrdinal < 0) {
      if (isBlank(fields)) return skip(row, span, 'blank');
      return reject(row, span, '', fields.join(delimiter),
        'no header row found: none of the first lines names the columns (customer, invoice, amount, due date); use --map field=Header');
    }
    if (k < headerOrdinal) return skip(row, span, isBlank(fields) ? 'blank' : 'preamble');
    if (k === headerOrdinal) return skip(row, span, 'header');
    let nonEmpty = 0;
    for (let c = 0; c < fields.length; c++) {
      const s = fields[c] as string;
      if (s.length !== 0 && (!isSpaceCode(s.charCodeAt(0)) || s.trim().length !== 0)) nonEmpty++;
    }
    if (nonEmpty === 0) return skip(row, span, 'blank');
    if (isRepeatedHeader(fields)) return skip(row, span, 'header');
    const total = totalKind(fields);
    if (total) {
      flushPendingAs('section');
      return skip(row, span, total);
    }
    if (!hasKeyCell(fields)) {
      // A heading (`1 - 30 days past due`) if data follows, a footer if nothing does.
      pendingText.push(span > 1 ? { row, lastRow: row + span - 1 } : { row });
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
    const first = iInvoice >= 0 ? iInvoice : 0;
    if ((fields[first] ?? '').trim() !== (headerCells[first] ?? '')) return false;
    let same = 0;
    for (let c = 0; c < headerCells.length; c++) if ((fields[c] ?? '').trim() === headerCells[c]) same++;
    return same * 2 >= headerCells.length;
  }

  function hasKeyCell(fields: string[]): boolean {
    // A date alone (a footer's "Monday, November 23, 2026" split at its commas) does not make a data row.
    return filled(fields, iInvoice) || filled(fields, iAmount) || filled(fields, iOutstanding) || filled(fields, iPaid);
  }

  // ---------------------------------------------------------------- date order
  function shapeOf(col: DateColumn, raw: string): DateShape {
    let s = col.cache.get(raw);
    if (s === undefined) {
      s = scanDate(raw);
      if (col.cache.size >= 4096) col.cache.clear();
      col.cache.set(raw, s);
    }
    return s;
  }

  /** The order a column is read in: the option, its own evidence, else a sibling date column's. */
  function orderOf(col: DateColumn): DateOrder | undefined {
    if (overrideOrder) return overrideOrder;
    if (col.evidence && !col.mixed) return col.evidence;
    if (col.mixed) return undefined;
    for (const other of dateColumns) if (other !== col && other.evidence && !other.mixed) return other.evidence;
    return undefined;
  }

  /** Notes what the row's dates prove; true when some column just became decided. */
  function noteEvidence(fields: string[]): boolean {
    if (overrideOrder) return false;
    let decided = false;
    for (const col of dateColumns) {
      const s = shapeOf(col, fields[col.index] ?? '');
      if (s.kind !== 'numeric' || !s.evidence) continue;
      if (col.evidence === undefined) {
        col.evidence = s.evidence;
        decided = true;
      } else if (col.evidence !== s.evidence && !col.mixed) {
        col.mixed = true;
        warnings.push(`${mappingText[col.field] ?? col.field}: some dates are day-first and some month-first`);
      }
    }
    return decided;
  }

  function blocked(fields: string[]): boolean {
    if (overrideOrder) return false;
    for (const col of dateColumns) {
      const s = shapeOf(col, fields[col.index] ?? '');
      if (s.kind === 'numeric' && !s.evidence && !s.indifferent && !col.mixed && orderOf(col) === undefined) return true;
    }
    return false;
  }

  function dataRow(fields: string[], row: number, span: number): void {
    const decided = dateColumns.length > 0 && noteEvidence(fields);
    if (held.length > 0 || (dateColumns.length > 0 && blocked(fields))) {
      held.push({ fields, row, span });
      if (held.length > MAX_HELD_ROWS) {
        const r = held.shift() as HeldRow;
        take(r.fields, r.row, r.span);
      }
    } else {
      take(fields, row, span);
    }
    if (decided) flushHeld(false);
  }

  function flushHeld(final: boolean): void {
    while (held.length > 0) {
      const r = held[0] as HeldRow;
      if (!final && blocked(r.fields)) return;
      held.shift();
      take(r.fields, r.row, r.span);
    }
  }

  // ---------------------------------------------------------------- one data row
  function take(fields: string[], row: number, span: number): void {
    const built = build(fields, row, span);
    if (!built.ok) return reject(row, span, built.column, built.value, built.reason);
    const r = built.value;
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
    const first = seen.get(key);
    if (first !== undefined) return reject(row, span, 'invoice', r.invoice, `duplicate invoice number, first seen on row ${first}`);
    seen.set(key, row);
    sink.receivable(r);
  }

  function build(f: string[], row: number, span: number): Built {
    const invoice = cell(f, iInvoice);
    if (invoice === '') return { ok: false, column: 'invoice', value: '', reason: iInvoice < 0 ? 'no invoice number column (use --map invoice=Header)' : 'invoice number missing' };
    const customer = cell(f, iCustomer);
    if (customer === '') return { ok: false, column: 'customer', value: '', reason: iCustomer < 0 ? 'no customer column (use --map customer=Header)' : 'customer missing' };

    let columnCurrency: CurrencyCode | undefined;
    if (iCurrency >= 0) {
      const raw = cell(f, iCurrency);
      if (raw !== '') {
        columnCurrency = parseCurrency(raw);
        if (!columnCurrency) return { ok: false, column: 'currency', value: raw, reason: 'currency not recognised' };
      }
    }
    // Amount cells: scan each; remember digits and any currency symbol.
    let symbol: CurrencyCode | undefined;
    const parts: { field: 'amount' | 'paid' | 'outstanding'; raw: string; integer: string; fraction: string; negative: boolean }[] = [];
    for (const [field, index] of [['amount', iAmount], ['paid', iPaid], ['outstanding', iOutstanding]] as const) {
      if (index < 0) continue;
      const raw = f[index] ?? '';
      const s = scanAmount(raw, decimalMark, scan);
      if (s.status === EMPTY) continue;
      if (s.status === BAD) return { ok: false, column: field, value: raw.trim(), reason: `${field === 'amount' ? 'amount' : field === 'paid' ? 'paid amount' : 'outstanding amount'} is not a number` };
      if (s.proves && !decimalProven) {
        decimalMark = s.proves;
        decimalProven = true;
      }
      if (s.currency) {
        if (symbol && symbol !== s.currency) return { ok: false, column: field, value: raw.trim(), reason: `amounts in one row name different currencies (${symbol} and ${s.currency})` };
        symbol = s.currency;
      }
      parts.push({ field, raw, integer: s.integer, fraction: s.fraction, negative: s.negative });
    }
    let currency: CurrencyCode;
    if (symbol && columnCurrency && symbol !== columnCurrency) {
      // `$` is written for every dollar, `¥` for yuan and yen: the currency column says which.
      if (symbol === 'USD' && DOLLARS.has(columnCurrency)) currency = columnCurrency;
      else if (symbol === 'CNY' && columnCurrency === 'JPY') currency = 'JPY';
      else return { ok: false, column: 'currency', value: cell(f, iCurrency), reason: `the amount is in ${symbol} but the currency column says ${columnCurrency}` };
    } else if (columnCurrency) {
      currency = columnCurrency;
    } else if (symbol) {
      currency = symbol === 'CNY' && fileSaysJpy ? 'JPY' : symbol;
    } else if (options.currency) {
      currency = options.currency;
    } else {
      currency = defaultCurrency;
      currencyAssumed = true;
    }
    if (currency === 'JPY') fileSaysJpy = true;
    const digits = minorDigits(currency);
    let amount: number | undefined;
    let paid: number | undefined;
    let outstanding: number | undefined;
    for (const p of parts) {
      const minor = toMinorUnits(p.integer, p.fraction, p.negative, digits);
      if (minor === undefined) {
        return { ok: false, column: p.field, value: p.raw.trim(), reason: p.fraction.length > digits ? `amount has more decimals than ${currency} has (${digits})` : 'amount is too large' };
      }
      if (p.field === 'amount') amount = minor;
      else if (p.field === 'paid') paid = minor;
      else outstanding = minor;
    }
    if (amount === undefined && outstanding === undefined) {
      return { ok: false, column: iAmount >= 0 ? 'amount' : 'outstanding', value: '', reason: iAmount < 0 && iOutstanding < 0 ? 'no amount column (use --map amount=Header)' : 'amount missing' };
    }
    if (outstanding === undefined) outstanding = (amount as number) - (paid ?? 0);
    if (paid === undefined) paid = amount === undefined ? 0 : amount - outstanding;
    if (amount === undefined) amount = paid + outstanding;

    let issueDate: PlainDate | undefined;
    let dueDate: PlainDate | undefined;
    for (const col of dateColumns) {
      const raw = f[col.index] ?? '';
      const s = shapeOf(col, raw);
      if (s.kind === 'empty') continue;
      let date: PlainDate | undefined;
      if (s.kind === 'not-a-date') return { ok: false, column: col.field, value: raw.trim(), reason: 'not a date' };
      if (s.kind === 'fixed') {
        if (s.date === undefined) return { ok: false, column: col.field, value: raw.trim(), reason: 'no such date' };
        date = s.date;
      } else {
        const order = orderOf(col) ?? s.evidence ?? (s.indifferent ? 'dmy' : undefined);
        if (order === undefined) {
          return {
            ok: false, column: col.field, value: raw.trim(),
            reason: col.mixed
              ? `day and month order is mixed in this column, so this date is ambiguous; ${DATE_ORDER_HINT}`
              : `day and month order is ambiguous: no date in this column has a day over 12; ${DATE_ORDER_HINT}`,
          };
        }
        date = resolveNumeric(s, order);
        if (date === undefined) return { ok: false, column: col.field, value: raw.trim(), reason: 'no such date' };
      }
      if (col.field === 'issueDate') issueDate = date;
      else dueDate = date;
    }
    const terms = cell(f, iTerms);
    if (dueDate === undefined) {
      if (terms === '') return { ok: false, column: 'dueDate', value: '', reason: iDue < 0 && iTerms < 0 ? 'no due date or terms column (use --map dueDate=Header)' : 'due date missing and no payment terms' };
      let t = termsCache.get(terms);
      if (t === undefined) {
        t = parseTerms(terms) ?? null;
        if (termsCache.size < 1000) termsCache.set(terms, t);
      }
      if (t === null) return { ok: false, column: 'terms', value: terms, reason: 'due date missing and payment terms not understood' };
      if (issueDate === undefined) return { ok: false, column: 'issueDate', value: '', reason: 'due date missing and no invoice date to apply the payment terms to' };
      dueDate = dueDateFromTerms(t, issueDate);
    }
    const money = (minor: number): Money => ({ minor: minor === 0 ? 0 : minor, currency });
    const r: Receivable = {
      row,
      customer: flat(customer),
      invoice: flat(invoice),
      currency,
      amount: money(amount),
      paid: money(paid),
      outstanding: money(outstanding),
      dueDate,
      ...(issueDate ? { issueDate } : {}),
      ...optional('email', cell(f, iEmail)),
      ...optional('phone', cell(f, iPhone)),
      ...optional('contact', cell(f, iContact)),
      ...optional('salesperson', cell(f, iSales)),
      ...optional('terms', terms),
      ...(span > 1 ? { lastRow: row + span - 1 } : {}),
    };
    return { ok: true, value: r };
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
      const decided = dateColumns.find((c) => c.field === 'dueDate' && c.evidence && !c.mixed) ?? dateColumns.find((c) => c.evidence && !c.mixed);
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

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'BRL']);

function makeDecoder(encoding: EncodingName, fatal: boolean): TextDecoder {
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
  return s === undefined ? '' : s.trim();
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value === '' ? {} : { [key]: flat(value) }) as { [P in K]?: string };
}

/**
 * A copy of `s` that does not pin the file chunk it was cut from. V8 keeps substrings of 13+
 * characters as views into their parent string; holding them (duplicate check, callers that
 * keep receivables) would keep every chunk of a 100 MB file alive.
 */
function flat(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
