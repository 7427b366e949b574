import { ruleFromPenaltyText, type RuleChoice } from '../penalty/rule-selection.ts';
import { minorDigits, type CurrencyCode } from '../currency.ts';
import { makeDate, type PlainDate } from '../plain-date.ts';
import {
  BAD, EMPTY, OK, TWO_SIGNS_REASON, hasExcessDecimals, newAmountScan, scanAmount, toMinorUnits, toMinorUnitsRounded,
  type AmountScan, type DecimalMark,
} from './parse-amount.ts';
import { parseCurrency } from './parse-currency.ts';
import { resolveNumeric, type DateShape } from './parse-date.ts';
import { dueDateFromTerms, parseTerms, type PaymentTerms } from './parse-terms.ts';
import { ISO_CELL, type DateField } from './date-order-stage.ts';
import { cell, trimmed } from './cell-text.ts';
import type { SheetCells } from './sheet-cells.ts';
import type { TableLayout } from './table-layout.ts';
import type { DateOrder, FieldName, Receivable } from './types.ts';

/** Why a data row was not taken: the column, the cell's text and a reason a bookkeeper understands. */
export interface RowProblem {
  readonly column: FieldName | string;
  readonly value: string;
  readonly reason: string;
}

/** What the row builder needs to know about the file beyond the header. */
export interface RowBuilderContext {
  /** Decimal mark for `1,234`-like amounts, and whether the file's amounts proved it. */
  readonly decimalMark: DecimalMark;
  readonly decimalProven: boolean;
  /** The currency for rows that name none (`--currency`, the pane's setting). */
  readonly currency?: CurrencyCode;
  /** The day/month order of a date column (decided by the date-order stage), and whether it is mixed. */
  orderOf(field: DateField): DateOrder | undefined;
  isMixed(field: DateField): boolean;
}

/** Reads data rows into receivables. One per table: it keeps the file's decisions and its caches. */
export interface RowBuilder {
  /**
   * The receivable of one data row, or why the row cannot be taken. `issue` and `due` are the
   * date cells' shapes (from the date-order stage); `sheet` what a sheet adds to the cells.
   */
  build(cells: readonly string[], row: number, span: number, issue: DateShape, due: DateShape, sheet?: SheetCells): Receivable | RowProblem;
  /** Whether some row's currency was assumed from the header's language (nothing named one). */
  readonly currencyAssumed: boolean;
}

/** Whether a build result is a problem rather than a receivable. */
export function isRowProblem(r: Receivable | RowProblem): r is RowProblem {
  return (r as RowProblem).reason !== undefined;
}

// Invoices dated outside these years are typing slips (0001-01-01, 9999-12-31), never real.
const FIRST_PLAUSIBLE: PlainDate = '1900-01-01' as PlainDate;
const LAST_PLAUSIBLE: PlainDate = '2199-12-31' as PlainDate;
const DATE_ORDER_HINT = 'use --date-order dmy or mdy';
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'BRL']);
// Which amount scans are filled (0 amount, 1 paid, 2 outstanding): constant lists, no per-row arrays.
const ALL3 = [0, 1, 2] as const;
const AP = [0, 1] as const;
const AO = [0, 2] as const;
const PO = [1, 2] as const;
const A = [0] as const;
const O = [2] as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type NumericMemo = Extract<DateShape, { kind: 'numeric' }> & { memoOrder?: DateOrder; memoDate?: PlainDate };

/**
 * The "build row" stage: the one set of rules that turns a data row's cells into a receivable,
 * used for CSV exports and for sheets alike (a sheet's numbers and date serials are turned into
 * cells first, see `sheetRowCells`).
 *
 * - Invoice number and customer are required.
 * - Currency: a currency column, else a symbol or code in the amount (`¥`/`￥`/`元` → CNY unless
 *   the file is in JPY, `$` → USD, `€`, `£`, `USD 1,200`, or a sheet cell's currency format),
 *   else the header's (`Amount (EUR)`), else `currency`, else the header language's default (CNY
 *   for Chinese, EUR for German, USD otherwise), reported as assumed. A `$` amount with a
 *   CAD/AUD/… currency column takes the column; other contradictions reject the row. More
 *   decimals than the currency has is an error (a sheet's computed numbers are rounded once,
 *   half-up, as the sheet shows them).
 * - Amounts: outstanding from its column, else amount − paid; paid from its column, else
 *   amount − outstanding (0 when there is no amount); amount, else paid + outstanding.
 *   Negative amounts (credit notes) are kept; brackets are a minus; two minus signs are refused.
 * - Due date: the due-date column, else payment terms applied to the invoice date. Dates before
 *   1900 or after 2199 are refused as not plausible.
 *
 * The hot path of a 100 MB import runs here: caches and reused scan records are kept per
 * builder, and the most common cells (ISO dates, plain numbers, three-letter codes) take
 * allocation-free fast paths inline (measured in `npm run bench`: moving them into helper
 * calls cost ~4 % of the million-row report).
 *
 * Adding a field (a contract penalty rate, say): add it to `FieldName` (types.ts) and
 * `FIELD_NAMES` (field-names.ts), give it header synonyms (header-synonyms.ts) and a place in
 * `Receivable`, and read its cell here from `layout.columns.<field>` (-1 when the table has no
 * such column): a text field is one `setText` line; a parsed one returns a `RowProblem` for a
 * cell it cannot read. CSV exports and sheets both get it, and `--map field=Header` works for it.
 */
export function createRowBuilder(layout: TableLayout, context: RowBuilderContext): RowBuilder {
  const c = layout.columns;
  const iCustomer = c.customer, iInvoice = c.invoice, iCurrency = c.currency, iAmount = c.amount, iPaid = c.paid,
    iOutstanding = c.outstanding, iIssue = c.issueDate, iDue = c.dueDate, iTerms = c.terms;
  const iEmail = c.email, iPhone = c.phone, iContact = c.contact, iSales = c.salesperson, iPenalty = c.penalty ?? -1;
  // A ledger has few distinct penalty texts: each is read once, and its rule shared by its rows.
  const penaltyCache = new Map<string, ReturnType<typeof ruleFromPenaltyText>>();
  let decimalMark = context.decimalMark;
  let decimalProven = context.decimalProven;
  let fileSaysJpy = context.currency === 'JPY';
  let currencyAssumed = false;
  let lastYear = 0;
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
  const termsCache = new Map<string, PaymentTerms | null>();

  /** Reads one amount cell into `s`: OK, EMPTY, or a problem. */
  function amountCell(f: readonly string[], index: number, field: 'amount' | 'paid' | 'outstanding', s: AmountScan,
    sheet: SheetCells | undefined): number | RowProblem {
    if (index < 0) return EMPTY;
    const raw = f[index] ?? '';
    const info = sheet?.[index];
    if (info !== undefined) {
      // A sheet's number: a plain decimal, never ambiguous, proving nothing about the file.
      scanAmount(raw, '.', s);
      if (s.status === BAD) return { column: field, value: raw, reason: 'amount is too large' };
      if (info.currency !== undefined) s.currency = info.currency;
      return s.status;
    }
    scanAmount(raw, decimalMark, s);
    if (s.status === BAD) {
      return { column: field, value: raw.trim(), reason: s.twoSigns ? TWO_SIGNS_REASON
        : `${field === 'amount' ? 'amount' : field === 'paid' ? 'paid amount' : 'outstanding amount'} is not a number` };
    }
    if (s.status === OK && s.proves && !decimalProven) {
      decimalMark = s.proves;
      decimalProven = true;
    }
    return s.status;
  }

  function minorOf(f: readonly string[], index: number, field: FieldName, s: AmountScan, currency: CurrencyCode, digits: number,
    sheet: SheetCells | undefined): number | RowProblem {
    const sheetNumber = sheet?.[index] !== undefined;
    const minor = sheetNumber ? toMinorUnitsRounded(s, digits) : toMinorUnits(s, digits);
    if (minor !== undefined) return minor;
    return {
      column: field, value: (f[index] ?? '').trim(),
      reason: !sheetNumber && hasExcessDecimals(s, digits) ? `amount has more decimals than ${currency} has (${digits})` : 'amount is too large',
    };
  }

  /** The currency of a currency cell, or a problem; undefined when empty. Sets `columnDigits`. */
  let columnDigits = -1;
  function cellCurrency(raw: string): CurrencyCode | RowProblem | undefined {
    columnDigits = -1;
    if (raw === '') return undefined;
    // A three-character cell (`USD`) is looked up by its character codes: hashing a fresh
    // string on every one of a million rows cost more than the rest of the cell.
    const code = raw.length === 3 ? charKey(raw) : -1;
    let currency: CurrencyCode | undefined;
    if (code >= 0) {
      let at = 0;
      while (at < cellCodes.length && cellCodes[at] !== code) at++;
      if (at < cellCodes.length) {
        columnDigits = cellDigits[at] as number;
        return cellCurrencies[at];
      }
    } else {
      currency = currencyCache.get(raw);
      if (currency !== undefined) return currency;
    }
    currency = parseCurrency(raw);
    if (!currency) return { column: 'currency', value: raw, reason: 'currency not recognised' };
    if (code >= 0) {
      if (cellCodes.length < 64) {
        cellCodes.push(code);
        cellCurrencies.push(currency);
        cellDigits.push(minorDigits(currency));
      }
      if (currency === 'JPY') fileSaysJpy = true;
    } else if (currencyCache.size < 256 && raw.length <= 32) currencyCache.set(raw, currency);
    return currency;
  }

  function build(f: readonly string[], row: number, span: number, issueShape: DateShape, dueShape: DateShape,
    sheet?: SheetCells): Receivable | RowProblem {
    const invoice = cell(f, iInvoice);
    if (invoice === '') {
      return { column: 'invoice', value: '', reason: iInvoice < 0 ? 'no invoice number column (use --map invoice=Header)' : missingInvoiceReason(f) };
    }
    const customer = cell(f, iCustomer);
    if (customer === '') return { column: 'customer', value: '', reason: iCustomer < 0 ? 'no customer column (use --map customer=Header)' : 'customer missing' };
    const currencyRaw = iCurrency >= 0 ? cell(f, iCurrency) : '';
    let columnCurrency: CurrencyCode | undefined;
    columnDigits = -1;
    if (currencyRaw.length === 3) {
      // The common cell (`USD`), found among the file's few codes without a call or a hash.
      const code = charKey(currencyRaw);
      for (let at = 0; at < cellCodes.length; at++) {
        if (cellCodes[at] === code) {
          columnCurrency = cellCurrencies[at];
          columnDigits = cellDigits[at] as number;
          break;
        }
      }
    }
    if (columnCurrency === undefined && currencyRaw !== '') {
      const fromColumn = cellCurrency(currencyRaw);
      if (fromColumn !== undefined && typeof fromColumn !== 'string') return fromColumn;
      columnCurrency = fromColumn;
    }
    const sa = amountCell(f, iAmount, 'amount', scanA, sheet);
    if (typeof sa !== 'number') return sa;
    const sp = amountCell(f, iPaid, 'paid', scanP, sheet);
    if (typeof sp !== 'number') return sp;
    const so = amountCell(f, iOutstanding, 'outstanding', scanO, sheet);
    if (typeof so !== 'number') return so;
    if (sa !== OK && so !== OK) {
      return { column: iAmount >= 0 ? 'amount' : 'outstanding', value: '',
        reason: iAmount < 0 && iOutstanding < 0 ? 'no amount column (use --map amount=Header)' : 'amount missing' };
    }
    let symbol: CurrencyCode | undefined;
    // Most exports write bare numbers: only amounts with a symbol or code need comparing.
    const symbols = scanA.currency !== undefined || scanP.currency !== undefined || scanO.currency !== undefined;
    if (symbols) for (const s of sa === OK ? (sp === OK ? (so === OK ? ALL3 : AP) : so === OK ? AO : A) : sp === OK ? PO : O) {
      const sc = s === 0 ? scanA : s === 1 ? scanP : scanO;
      if (sc.currency === undefined) continue;
      if (symbol !== undefined && symbol !== sc.currency) {
        return { column: s === 0 ? 'amount' : s === 1 ? 'paid' : 'outstanding', value: (f[s === 0 ? iAmount : s === 1 ? iPaid : iOutstanding] ?? '').trim(),
          reason: `amounts in one row name different currencies (${symbol} and ${sc.currency})` };
      }
      symbol = sc.currency;
    }
    let currency: CurrencyCode;
    let assumed = false;
    if (symbol !== undefined && columnCurrency !== undefined && symbol !== columnCurrency) {
      // `$` is written for every dollar, `¥` for yuan and yen: the currency column says which.
      if (symbol === 'USD' && DOLLARS.has(columnCurrency)) currency = columnCurrency;
      else if (symbol === 'CNY' && columnCurrency === 'JPY') currency = 'JPY';
      else return { column: 'currency', value: currencyRaw, reason: `the amount is in ${symbol} but the currency column says ${columnCurrency}` };
    } else if (columnCurrency !== undefined) {
      currency = columnCurrency;
    } else if (symbol !== undefined) {
      currency = symbol === 'CNY' && fileSaysJpy ? 'JPY' : symbol;
    } else if (layout.headerCurrency !== undefined) {
      currency = layout.headerCurrency;
    } else if (context.currency !== undefined) {
      currency = context.currency;
    } else {
      currency = layout.languageCurrency;
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
    // toMinorUnits inline for text cells (nearly all); sheet numbers and refusals go through minorOf.
    if (sa === OK) {
      const m = sheet === undefined ? toMinorUnits(scanA, digits) : undefined;
      if (m !== undefined) amount = m;
      else {
        const r = minorOf(f, iAmount, 'amount', scanA, currency, digits, sheet);
        if (typeof r !== 'number') return r;
        amount = r;
      }
    }
    if (sp === OK) {
      const m = sheet === undefined ? toMinorUnits(scanP, digits) : undefined;
      if (m !== undefined) paid = m;
      else {
        const r = minorOf(f, iPaid, 'paid', scanP, currency, digits, sheet);
        if (typeof r !== 'number') return r;
        paid = r;
      }
    }
    if (so === OK) {
      const m = sheet === undefined ? toMinorUnits(scanO, digits) : undefined;
      if (m !== undefined) outstanding = m;
      else {
        const r = minorOf(f, iOutstanding, 'outstanding', scanO, currency, digits, sheet);
        if (typeof r !== 'number') return r;
        outstanding = r;
      }
    }
    if (outstanding === undefined) outstanding = (amount as number) - (paid ?? 0);
    if (paid === undefined) paid = amount === undefined ? 0 : amount - outstanding;
    if (amount === undefined) amount = paid + outstanding;
    if (!isSafe(outstanding) || !isSafe(paid) || !isSafe(amount)) {
      // Each amount alone is exact; a difference or sum of two near 2^53 minor units is not.
      const which = !isSafe(outstanding) ? 'outstanding' : !isSafe(paid) ? 'paid' : 'amount';
      return { column: which, value: '', reason: `the ${which === 'amount' ? 'invoice amount' : `${which} amount`} worked out from the other amounts is too large to count exactly` };
    }

    let issueDate: PlainDate | undefined;
    // An ISO cell is its own date (the common case, inline); other shapes go through dateOf.
    if (issueShape === ISO_CELL && isPlausible(f[iIssue] as PlainDate)) {
      issueDate = f[iIssue] as PlainDate;
    } else if (iIssue >= 0) {
      const d = dateOf('issueDate', iIssue, issueShape, f);
      if (d !== undefined && typeof d !== 'string') return d;
      issueDate = d;
    } else if (layout.splitDate) {
      const d = splitDateOf(f);
      if (d !== undefined && typeof d !== 'string') return d;
      issueDate = d;
    }
    let dueDate: PlainDate | undefined;
    if (dueShape === ISO_CELL && isPlausible(f[iDue] as PlainDate)) {
      dueDate = f[iDue] as PlainDate;
    } else if (iDue >= 0) {
      const d = dateOf('dueDate', iDue, dueShape, f);
      if (d !== undefined && typeof d !== 'string') return d;
      dueDate = d;
    }
    const terms = cell(f, iTerms);
    if (dueDate === undefined) {
      if (terms === '') {
        return { column: 'dueDate', value: '',
          reason: iDue < 0 && iTerms < 0 ? 'no due date or terms column (use --map dueDate=Header)' : 'due date missing and no payment terms' };
      }
      let t = termsCache.get(terms);
      if (t === undefined) {
        t = parseTerms(terms) ?? null;
        if (termsCache.size < 1000 && terms.length <= 80) termsCache.set(terms, t);
      }
      if (t === null) return { column: 'terms', value: terms, reason: 'due date missing and payment terms not understood' };
      if (issueDate === undefined) return { column: 'issueDate', value: '', reason: 'due date missing and no invoice date to apply the payment terms to' };
      dueDate = dueDateFromTerms(t, issueDate);
      if (dueDate > LAST_PLAUSIBLE) return { column: 'terms', value: terms, reason: `the payment terms give a due date after 2199 (${dueDate}), not a plausible date` };
    }
    // The contract's penalty (违约金 / Late fee column) sets the invoice's rule; a text that is
    // not a rate is refused with the reason, never guessed (issue 11).
    let penaltyText = '';
    let penaltyRule: RuleChoice | undefined;
    if (iPenalty >= 0) {
      penaltyText = cell(f, iPenalty);
      if (penaltyText !== '') {
        let p = penaltyCache.get(penaltyText);
        if (p === undefined) {
          p = ruleFromPenaltyText(penaltyText);
          if (penaltyCache.size < 1000 && penaltyText.length <= 80) penaltyCache.set(penaltyText, p);
        }
        if (!p.ok) return { column: 'penalty', value: penaltyText.length > 40 ? penaltyText.slice(0, 40) : penaltyText, reason: `penalty not understood: ${penaltyText} ${p.error.message}` };
        penaltyRule = p.value;
      }
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
    // Named stores, one per field (a loop over field names made each a keyed store).
    if (iEmail >= 0) setText(r, 'email', f[iEmail]);
    if (iPhone >= 0) setText(r, 'phone', f[iPhone]);
    if (iContact >= 0) setText(r, 'contact', f[iContact]);
    if (iSales >= 0) setText(r, 'salesperson', f[iSales]);
    if (terms !== '') r.terms = terms;
    if (penaltyText !== '') r.penalty = penaltyText;
    if (penaltyRule !== undefined) r.penaltyRule = penaltyRule;
    if (span > 1) r.lastRow = row + span - 1;
    if (assumed) currencyAssumed = true;
    return r;
  }

  /** Why a row without an invoice number was not taken; a credit line says what it probably is. */
  function missingInvoiceReason(f: readonly string[]): string {
    const credit = [iOutstanding, iAmount].some((i) => i >= 0 && scanAmount(f[i] ?? '', decimalMark, scan).status === OK && scan.negative);
    // QuickBooks lists unapplied payments and credits in its aging reports, with no number.
    return credit ? 'invoice number missing: a minus amount without a number is usually a payment or credit not yet applied to an invoice' : 'invoice number missing';
  }

  /** The date of split year/month/day columns; a ledger prints the year once, so it carries over. */
  function splitDateOf(f: readonly string[]): PlainDate | RowProblem | undefined {
    const sd = layout.splitDate as NonNullable<TableLayout['splitDate']>;
    const y = cell(f, sd.year);
    const m = cell(f, sd.month);
    const d = cell(f, sd.day);
    if (m === '' && d === '') return undefined;
    if (y !== '') lastYear = /^\d{4}$/.test(y) ? Number(y) : -1;
    const date = /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) && lastYear > 0 ? makeDate(lastYear, Number(m), Number(d)) : undefined;
    const value = `${y || lastYear}-${m}-${d}`;
    if (date === undefined) return { column: 'issueDate', value: value.length > 40 ? value.slice(0, 40) : value, reason: 'no such date' };
    return plausible('issueDate', date, value);
  }

  /** The date of a cell, undefined when empty, or why it is not one. */
  function dateOf(field: DateField, index: number, s: DateShape, f: readonly string[]): PlainDate | RowProblem | undefined {
    if (s === ISO_CELL) return plausible(field, f[index] as PlainDate, f[index] as string);
    if (s.kind === 'fixed') {
      if (s.date !== undefined) return plausible(field, s.date, f[index] ?? '');
      return { column: field, value: (f[index] ?? '').trim(), reason: 'no such date' };
    }
    if (s.kind === 'empty') return undefined;
    if (s.kind === 'not-a-date') return { column: field, value: (f[index] ?? '').trim(), reason: 'not a date' };
    const order = context.orderOf(field) ?? s.evidence ?? (s.indifferent ? 'dmy' : undefined);
    if (order === undefined) {
      return { column: field, value: (f[index] ?? '').trim(), reason: context.isMixed(field)
        ? `day and month order is mixed in this column, so this date is ambiguous; ${DATE_ORDER_HINT}`
        : `day and month order is ambiguous: no date in this column has a day over 12; ${DATE_ORDER_HINT}` };
    }
    // Shapes are cached per distinct text, so each distinct date is resolved once per order.
    const memo = s as NumericMemo;
    if (memo.memoOrder !== order) {
      memo.memoOrder = order;
      memo.memoDate = resolveNumeric(s, order);
    }
    if (memo.memoDate !== undefined) return plausible(field, memo.memoDate, f[index] ?? '');
    return { column: field, value: (f[index] ?? '').trim(), reason: 'no such date' };
  }

  return {
    build,
    get currencyAssumed() {
      return currencyAssumed;
    },
  };
}

/** Whether a date is from 1900 to 2199, by the first two digits of its year (string comparisons cost ~3 % of a large import). */
function isPlausible(date: PlainDate): boolean {
  const a = date.charCodeAt(0);
  const b = date.charCodeAt(1);
  return a === 0x32 ? b === 0x30 || b === 0x31 : a === 0x31 && b === 0x39;
}

/** The date, or a problem when it is before 1900 or after 2199 (a typing slip, never an invoice). */
function plausible(field: FieldName, date: PlainDate, raw: string): PlainDate | RowProblem {
  if (isPlausible(date)) return date;
  return { column: field, value: raw.trim(), reason: `${date < FIRST_PLAUSIBLE ? 'before 1900' : 'after 2199'}: not a plausible date for an invoice` };
}

/** Sets an optional text field from its cell, when the cell has text. */
function setText(r: Mutable<Receivable>, key: 'email' | 'phone' | 'contact' | 'salesperson', raw: string | undefined): void {
  if (raw === undefined || raw.length === 0) return;
  const v = trimmed(raw);
  if (v !== '') r[key] = v;
}

function isSafe(n: number): boolean {
  return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER;
}

/** The three UTF-16 units of `s` as one number, or -1 when one is above 0xff. */
function charKey(s: string): number {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  return a > 0xff || b > 0xff || c > 0xff ? -1 : (a << 16) | (b << 8) | c;
}
