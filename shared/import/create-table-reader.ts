import type { CurrencyCode } from '../currency.ts';
import { createRowBuilder, isRowProblem, type RowBuilder, type RowProblem } from './build-row.ts';
import { cell, isBlankRecord, isFilled, isSpaceCode, trimmed } from './cell-text.ts';
import { createDateOrderStage, type DateOrderStage } from './date-order-stage.ts';
import { createInvoiceGrouper, type GroupSink, type InvoiceGrouper } from './group-invoice-lines.ts';
import { statusSkipKind } from './invoice-status.ts';
import { scanAmount, newAmountScan, type DecimalMark } from './parse-amount.ts';
import type { DateShape } from './parse-date.ts';
import type { BrokenQuote } from './record-stream.ts';
import { totalCellKind, totalKind } from './row-kind.ts';
import type { SheetCells } from './sheet-cells.ts';
import { columnName, type TableLayout } from './table-layout.ts';
import type { DateOrder, FieldName, SkipKind } from './types.ts';

/** How rows are read: the same options for a CSV export and for a sheet. */
export interface TableReadOptions {
  /** Day/month order of dates with the year last; `auto` (the default) decides per column from the values. */
  readonly dateOrder?: 'auto' | DateOrder;
  /** The currency for rows that name none (a currency column, a symbol, the header's currency win). */
  readonly currency?: CurrencyCode;
  /** The file's delimiter: semicolon files write decimal commas, and a line split by another delimiter is caught. None for a sheet. */
  readonly delimiter?: string;
}

/** What a table reader found out, once all rows are read. */
export interface TableSummary {
  /** Lines that held data (taken or rejected), not counting blank, heading and total lines. */
  readonly dataRows: number;
  readonly dateOrder?: DateOrder;
  /** The currency rows were assumed to be in when nothing named one (see `ImportSource.currencyAssumed`). */
  readonly currencyAssumed?: CurrencyCode;
  readonly warnings: readonly string[];
}

/**
 * The rows of one table below its header, read by the core's one set of rules. The CSV
 * importer pushes each record after the header; the Excel add-in pushes each sheet row (made
 * into cells by `sheetRowCells`), so a sheet and its CSV export give the same receivables,
 * rejections and skips.
 */
export interface TableReader {
  /** One record: `row` is its first physical line (sheet row), `span` the lines it covers. */
  push(cells: string[], row: number, span: number, sheet?: SheetCells): void;
  /** A record whose quoting is broken (see the record stream): rejected with its lines. */
  pushBroken(row: number, span: number, broken: BrokenQuote): void;
  /** From now on rows with U+FFFD (bytes the decoder could not read as `encoding`) are rejected. */
  rejectReplacementCharacters(encoding: string): void;
  /** Reads the held rows and delivers the grouped receivables. */
  end(): TableSummary;
}

interface SampleRow {
  readonly cells: string[];
  readonly row: number;
  readonly span: number;
  readonly sheet: SheetCells | undefined;
  readonly broken: BrokenQuote | undefined;
}

// Rows read before the decimal mark is decided (what the first 64 KiB of amounts prove).
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 2000;
// Text-only lines held to tell a section heading (data follows) from a footer (nothing does).
const MAX_PENDING_TEXT = 1000;
const OTHER_DELIMITERS = [';', '\t', '|', ','] as const;
// Invoice numbers looked at to learn their shapes, and how many distinct shapes are kept.
const SHAPE_ROWS = 256;
const MAX_SHAPES = 32;
const UNCLOSED_QUOTE = 'a double quote opens a field here and is never closed';
const REPLACEMENT = '\uFFFD';

/**
 * Creates the reader of a table's data rows. How it decides:
 * - Each line is `blank`, a repeated `header`, a `total`/`subtotal` (`Total`, `Total for …`,
 *   `合计`, `总计`, `小计`, `Summe`, SAP `*`/`**`), text with no invoice number or amount in its
 *   columns (`section` when data follows, `footer` when nothing does), or data. A text line that
 *   still holds an amount or something shaped like the file's invoice numbers, or that is split
 *   by another delimiter than the file's, is rejected: it is data that does not line up with the
 *   header. So is a line with more cells than the header (a delimiter inside an unquoted value).
 * - The decimal mark is what the first rows' amounts prove (`1.234,56`, `12,5`), else `,` for
 *   semicolon files and German headers, else `.`; only `1,234`-like amounts depend on it.
 * - Dates: see the date-order stage; rows: see the row builder; invoice numbers: see the
 *   grouping stage. Void and never-issued invoices (a status column) are skipped as such.
 * - No row's fault reaches another row: an unexpected error in one row rejects that row.
 */
export function createTableReader(layout: TableLayout, options: TableReadOptions, sink: GroupSink): TableReader {
  const iInvoice = layout.columns.invoice;
  const headerInvoice = iInvoice >= 0 ? (layout.headerCells[iInvoice] ?? '') : '';
  const keyColumns = [iInvoice, layout.columns.amount, layout.columns.outstanding, layout.columns.paid].filter((i) => i >= 0);
  const width = layout.headerCells.length;
  const override = options.dateOrder && options.dateOrder !== 'auto' ? options.dateOrder : undefined;
  const warnings: string[] = [...layout.warnings];
  const grouper: InvoiceGrouper = createInvoiceGrouper(layout, sink);
  const dates: DateOrderStage = createDateOrderStage(layout, override, take, (w) => warnings.push(w));
  let builder: RowBuilder | undefined;
  let sample: SampleRow[] | undefined = [];
  let sampleChars = 0;
  let dataRows = 0;
  let pendingText: { row: number; lastRow?: number; text: string }[] = [];
  // What the file's invoice numbers look like (`INV-9999-999`), learnt from its first data rows:
  // a text line holding one is data that does not line up, never a heading.
  const invoiceShapes = new Set<string>();
  let shapesToLearn = SHAPE_ROWS;
  let checkReplacement = false;
  let encodingName = '';

  function reject(row: number, span: number, column: FieldName | string, value: string, reason: string): void {
    const v = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    sink.rejected(span > 1 ? { row, column, value: v, reason, lastRow: row + span - 1 } : { row, column, value: v, reason });
  }

  function skip(row: number, span: number, kind: SkipKind): void {
    sink.skipped(span > 1 ? { row, kind, lastRow: row + span - 1 } : { row, kind });
  }

  function flushPendingAs(kind: SkipKind): void {
    if (pendingText.length === 0) return;
    for (const p of pendingText) {
      const invoice = invoiceShapes.size > 0 ? invoiceLike(p.text, invoiceShapes) : undefined;
      if (invoice === undefined) {
        sink.skipped(p.lastRow !== undefined ? { row: p.row, lastRow: p.lastRow, kind } : { row: p.row, kind });
        continue;
      }
      dataRows++;
      reject(p.row, p.lastRow === undefined ? 1 : p.lastRow - p.row + 1, '', p.text,
        `this line holds what looks like an invoice number (${invoice}) but nothing in the invoice number or amount columns: its cells do not line up with the header`);
    }
    pendingText = [];
  }

  /** Decides the decimal mark from the sample's amounts and reads the sample's rows. */
  function endSample(): void {
    const rows = sample as SampleRow[];
    sample = undefined;
    const mark = decideDecimalMark(rows, layout, options.delimiter);
    builder = createRowBuilder(layout, {
      decimalMark: mark.mark, decimalProven: mark.proven,
      ...(options.currency ? { currency: options.currency } : {}),
      orderOf: (f) => dates.orderOf(f),
      isMixed: (f) => dates.isMixed(f),
    });
    for (const r of rows) {
      if (r.broken) broken(r.row, r.span, r.broken);
      else classify(r.cells, r.row, r.span, r.sheet);
    }
  }

  function broken(row: number, span: number, b: BrokenQuote): void {
    flushPendingAs('section');
    dataRows++;
    reject(row, span, columnName(layout, b.field), b.text, UNCLOSED_QUOTE);
  }

  function classify(cells: string[], row: number, span: number, sheet: SheetCells | undefined): void {
    if (iInvoice >= 0) {
      // Fast path: a row with an invoice number is data unless it repeats the header or is a total.
      const inv = cells[iInvoice];
      if (inv !== undefined && inv.length !== 0 && !isSpaceCode(inv.charCodeAt(0)) && trimmed(inv) !== headerInvoice && totalCellKind(inv) === undefined) {
        if (shapesToLearn > 0) {
          shapesToLearn--;
          learnShape(invoiceShapes, trimmed(inv));
        }
        if (pendingText.length > 0) flushPendingAs('section');
        dataRows++;
        dates.push(cells, row, span, sheet);
        return;
      }
    }
    if (isBlankRecord(cells)) return skip(row, span, 'blank');
    if (isRepeatedHeader(cells)) return skip(row, span, 'header');
    const total = totalKind(cells);
    if (total) {
      flushPendingAs('section');
      return skip(row, span, total);
    }
    if (!hasKeyCell(cells)) {
      const why = misaligned(cells);
      if (why !== undefined) {
        flushPendingAs('section');
        dataRows++;
        return reject(row, span, '', cells.join(options.delimiter ?? ' '), why);
      }
      // A heading (`1 - 30 days past due`) if data follows, a footer if nothing does.
      const text = pendingTextOf(cells);
      pendingText.push(span > 1 ? { row, lastRow: row + span - 1, text } : { row, text });
      // No footer is that long: keep memory bounded on files full of text lines.
      if (pendingText.length > MAX_PENDING_TEXT) flushPendingAs('section');
      return;
    }
    flushPendingAs('section');
    dataRows++;
    dates.push(cells, row, span, sheet);
  }

  function isRepeatedHeader(cells: readonly string[]): boolean {
    return sameCells(cells, layout.headerCells) || (layout.subHeaderCells !== undefined && sameCells(cells, layout.subHeaderCells));
  }

  function hasKeyCell(cells: readonly string[]): boolean {
    // A date alone (a footer's "Monday, November 23, 2026" split at its commas) does not make a data row.
    for (const i of keyColumns) if (isFilled(cells, i)) return true;
    return false;
  }

  /**
   * Why a line with nothing in its invoice and amount columns is still data, or undefined:
   * it is split by another delimiter into (nearly) the header's columns, or it holds an amount
   * somewhere else. Such a line is rejected, never skipped as a heading.
   */
  function misaligned(cells: readonly string[]): string | undefined {
    const other = cells.length < width ? otherDelimiter(cells) : undefined;
    if (other !== undefined) return other;
    for (const c of cells) {
      if (hasAmountText(c)) return 'this line holds an amount but has nothing in the invoice number or amount columns: its cells do not line up with the header';
    }
    return undefined;
  }

  /** Why a line with fewer cells than the header is unreadable, when another delimiter splits it into (about) the header's cells. */
  function otherDelimiter(cells: readonly string[]): string | undefined {
    const own = options.delimiter;
    if (own === undefined) return undefined;
    const text = cells.join(own);
    for (const d of OTHER_DELIMITERS) {
      if (d === own || text.indexOf(d) < 0) continue;
      const parts = text.split(d).length;
      if (parts >= Math.max(3, Math.ceil(width / 2)) && parts <= width + 1) {
        return `this line is separated by ${describe(d)}, not by ${describe(own)} like the header, so its cells cannot be read`;
      }
    }
    return undefined;
  }

  /** The last stage: a row whose dates can be read becomes a receivable (or a rejection) and is grouped. */
  function take(cells: string[], row: number, span: number, sheet: SheetCells | undefined, issue: DateShape, due: DateShape): void {
    try {
      if (checkReplacement) {
        for (let i = 0; i < cells.length; i++) {
          if ((cells[i] as string).indexOf(REPLACEMENT) < 0) continue;
          return reject(row, span, columnName(layout, i), cell(cells, i),
            `bytes here cannot be read as ${encodingName} like the rest of the file (shown as \uFFFD), so this text is not safe to use; correct it and export again`);
        }
      }
      if (options.delimiter !== undefined && cells.length > width && hasExtraText(cells, width)) {
        // More cells than the header, with text in the extra ones: a delimiter inside a value
        // that is not in quotes (`1,200.00` in a comma file) has shifted or cut the cells.
        return reject(row, span, '', cells.join(options.delimiter),
          `this line has ${cells.length} cells where the header has ${width}: ${describe(options.delimiter)} inside a value that is not in quotes has split it`);
      }
      if (layout.status >= 0) {
        // A void or never-issued invoice is owed by nobody: not a receivable, not an error.
        const kind = statusSkipKind(layout.statusHeader, cells[layout.status] ?? '', layout.format);
        if (kind !== undefined) return skip(row, span, kind);
      }
      const r = (builder as RowBuilder).build(cells, row, span, issue, due, sheet);
      if (isRowProblem(r)) {
        // A short line that another delimiter splits into the header's cells says why it failed better than its cells do.
        const other = cells.length < width ? otherDelimiter(cells) : undefined;
        return other === undefined ? problem(row, span, r) : reject(row, span, '', cells.join(options.delimiter ?? ''), other);
      }
      grouper.take(r, span);
    } catch (e) {
      // Never expected: a broken invariant in one row must not cost the rows after it.
      reject(row, span, '', '', `this row could not be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  function problem(row: number, span: number, p: RowProblem): void {
    reject(row, span, p.column, p.value, p.reason);
  }

  return {
    push(cells, row, span, sheet) {
      if (sample !== undefined) {
        sample.push({ cells, row, span, sheet, broken: undefined });
        for (const c of cells) sampleChars += c.length;
        if (sampleChars >= SAMPLE_CHARS || sample.length >= SAMPLE_ROWS) endSample();
        return;
      }
      try {
        classify(cells, row, span, sheet);
      } catch (e) {
        // Never expected (the row's own stage catches its faults): one line must not cost the rest.
        reject(row, span, '', '', `this line could not be read (${e instanceof Error ? e.message : String(e)})`);
      }
    },
    pushBroken(row, span, b) {
      if (sample !== undefined) {
        sample.push({ cells: [], row, span, sheet: undefined, broken: b });
        return;
      }
      broken(row, span, b);
    },
    rejectReplacementCharacters(encoding) {
      checkReplacement = true;
      encodingName = encoding;
    },
    end() {
      if (sample !== undefined) endSample();
      dates.flush();
      flushPendingAs('footer');
      grouper.finish();
      const dateOrder = dates.decided();
      return {
        dataRows,
        ...(dateOrder ? { dateOrder } : {}),
        ...(builder?.currencyAssumed ? { currencyAssumed: layout.languageCurrency } : {}),
        warnings,
      };
    },
  };
}

/**
 * The decimal mark of a table: what its sample's amounts prove (`1.234,56`, `12,5` prove `,`;
 * `1,234.56` proves `.`), the majority when they disagree; else `,` for semicolon files and
 * German headers, else `.`. `proven` says the amounts decided it.
 */
export function decideDecimalMark(rows: readonly { cells: readonly string[]; sheet?: SheetCells | undefined }[], layout: TableLayout,
  delimiter: string | undefined): { mark: DecimalMark; proven: boolean } {
  const scan = newAmountScan();
  const c = layout.columns;
  let commas = 0;
  let points = 0;
  for (const r of rows) {
    for (const i of [c.amount, c.paid, c.outstanding]) {
      if (i < 0 || r.sheet?.[i] !== undefined) continue;
      const s = scanAmount(r.cells[i] ?? '', '.', scan);
      if (s.proves === ',') commas++;
      else if (s.proves === '.') points++;
    }
  }
  if (commas + points > 0) return { mark: commas > points ? ',' : '.', proven: true };
  return { mark: delimiter === ';' || layout.language === 'de' ? ',' : '.', proven: false };
}

/** The text of a line held as a heading or footer, short enough to keep (a heading is a few words). */
function pendingTextOf(cells: readonly string[]): string {
  let text = '';
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    text = text === '' ? t : `${text} ${t}`;
    if (text.length > 500) return `${text.slice(0, 500)}…`;
  }
  return text;
}

/**
 * An invoice number's shape: letters as `A`, digits as `9`, other characters as they are
 * (`INV-2026-0042` → `AAA-9999-9999`). Numbers of six digits or fewer alone are not learnt: a
 * year or a day count in a heading would look like one.
 */
function learnShape(shapes: Set<string>, invoice: string): void {
  if (shapes.size >= MAX_SHAPES || invoice.length > 40) return;
  const shape = shapeOf(invoice);
  if (shape !== undefined) shapes.add(shape);
}

function shapeOf(token: string): string | undefined {
  let shape = '';
  let digits = 0;
  let others = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) {
      shape += '9';
      digits++;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
      shape += 'A';
      others++;
    } else {
      shape += token.charAt(k);
      others++;
    }
  }
  return digits === 0 || (others === 0 && digits <= 6) ? undefined : shape;
}

/** The first word of `text` shaped like one of the file's invoice numbers, or undefined. One pass. */
function invoiceLike(text: string, shapes: ReadonlySet<string>): string | undefined {
  const n = text.length;
  let k = 0;
  while (k < n) {
    while (k < n && !isWordCode(text.charCodeAt(k))) k++;
    const from = k;
    while (k < n && (isWordCode(text.charCodeAt(k)) || isJoinCode(text.charCodeAt(k)))) k++;
    let to = k;
    while (to > from && isJoinCode(text.charCodeAt(to - 1))) to--;
    if (to - from >= 4 && to - from <= 40) {
      const word = text.slice(from, to);
      const shape = shapeOf(word);
      if (shape !== undefined && shapes.has(shape)) return word;
    }
  }
  return undefined;
}

function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Characters inside invoice numbers: `-`, `/`, `.`, `_`. */
function isJoinCode(c: number): boolean {
  return c === 0x2d || c === 0x2f || c === 0x2e || c === 0x5f;
}

/** Whether a cell past the header's width has text. */
function hasExtraText(cells: readonly string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) if ((cells[i] as string).trim() !== '') return true;
  return false;
}

/** Whether most of the header's labels are in their columns (empty labels prove nothing). */
function sameCells(fields: readonly string[], labels: readonly string[]): boolean {
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

function describe(delimiter: string): string {
  return delimiter === '\t' ? 'tabs' : delimiter === ';' ? 'semicolons' : delimiter === ',' ? 'commas' : delimiter === '|' ? 'bars (|)' : `"${delimiter}"`;
}

/**
 * Whether a cell holds something that reads as money: digits with two decimals (`1,200.00`,
 * `1.234,56`, `500.00`) or a currency sign or code next to digits (`¥500`, `$ 12`, `500元`).
 * A plain integer (`30` in `1 - 30 days past due`) or a date does not. One pass, no regex.
 */
export function hasAmountText(text: string): boolean {
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) {
      k++;
      continue;
    }
    const start = k;
    let lastMark = -1;
    let grouped = true;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d >= 0x30 && d <= 0x39) k++;
      else if ((d === 0x2c || d === 0x2e) && k + 1 < n && isDigit(text.charCodeAt(k + 1))) {
        // Marks before the last group thousands: three digits each (`01.02.26` is a date).
        if (lastMark >= 0 && k - lastMark !== 4) grouped = false;
        lastMark = k;
        k++;
      } else break;
    }
    // Two decimals after the last mark, the number not running on into a date (`01.02.2026`).
    if (lastMark >= 0 && grouped && k - lastMark === 3 && !(k < n && (text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x2f || text.charCodeAt(k) === 0x2d))) {
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      if (before !== 0x2e && before !== 0x2f && before !== 0x2d && before !== 0x3a) return true;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = k < n ? text.charCodeAt(k) : 0;
    if (isCurrencySign(before) || isCurrencySign(after) || (start > 1 && before === 0x20 && isCurrencySign(text.charCodeAt(start - 2)))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isCurrencySign(c: number): boolean {
  return c === 0x24 || c === 0xa5 || c === 0xffe5 || c === 0x20ac || c === 0xa3 || c === 0x5143;
}
