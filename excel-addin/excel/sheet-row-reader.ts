import type { CurrencyCode } from '../../shared/currency.ts';
import { mapHeaders } from '../../shared/import/header-synonyms.ts';
import { parseAmount } from '../../shared/import/parse-amount.ts';
import { parseCurrency } from '../../shared/import/parse-currency.ts';
import { parseDate } from '../../shared/import/parse-date.ts';
import type { DateOrder, FieldName, Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { subtract, add, zero, type Money } from '../../shared/money.ts';
import { fromExcelSerial, type PlainDate } from '../../shared/plain-date.ts';
import { currencyFromFormat } from './currency-from-format.ts';
import { moneyFromCellNumber, moneyFromDecimal } from './money-from-cell.ts';

/** How sheet cells are read into receivables. */
export interface SheetReadOptions {
  /** field → header text (or 1-based column number), overriding the synonym table. */
  readonly map?: Readonly<Partial<Record<FieldName, string>>>;
  /** Currency when neither a currency column, the amount text nor its number format names one. */
  readonly currency: CurrencyCode;
  /** For text dates with the year last (`05/09/2026`); Excel dates are serials and need none. */
  readonly dateOrder?: DateOrder;
}

/** One sheet row read: a receivable, a rejected row (why), or a row that is not data. */
export type RowOutcome =
  | { readonly kind: 'receivable'; readonly value: Receivable }
  | { readonly kind: 'rejected'; readonly value: RejectedRow }
  | { readonly kind: 'skipped'; readonly value: SkippedRow };

export type ColumnMapping = Readonly<Partial<Record<FieldName, number>>>;

/** The columns every receivable needs. */
const REQUIRED: readonly FieldName[] = ['customer', 'dueDate'];

const TOTAL = /^\s*(grand\s*total|total|totals|合计|合計|总计|總計|summe|gesamt)\b/i;
const SUBTOTAL = /^\s*(sub-?total|小计|小計|zwischensumme)/i;

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

/**
 * Maps the header cells to fields and returns a reader for data rows, or the fields that no
 * column carries. `row` numbers given to the reader are the sheet's 1-based row numbers.
 */
export function createSheetRowReader(headers: readonly string[], options: SheetReadOptions):
  | { ok: true; mapping: ColumnMapping; read: (cells: readonly unknown[], formats: readonly string[], row: number) => RowOutcome }
  | { ok: false; missing: readonly string[]; mapping: ColumnMapping } {
  const mapped = mapHeaders(headers, options.map);
  const m = mapped.mapping;
  const missing: string[] = REQUIRED.filter((f) => m[f] === undefined);
  if (m.amount === undefined && m.outstanding === undefined) missing.push('amount');
  missing.push(...mapped.missing);
  if (missing.length > 0) return { ok: false, missing, mapping: m };
  const hint = mapped.currencyHint;

  const read = (cells: readonly unknown[], formats: readonly string[], row: number): RowOutcome => {
    const cell = (f: FieldName): unknown => (m[f] === undefined ? '' : cells[m[f] as number]);
    const format = (f: FieldName): string => (m[f] === undefined ? '' : formats[m[f] as number] ?? '');
    const reject = (column: FieldName, value: unknown, reason: string): RowOutcome =>
      ({ kind: 'rejected', value: { row, column, value: text(value), reason } });

    if (cells.every((c) => text(c) === '')) return { kind: 'skipped', value: { row, kind: 'blank' } };
    const customer = text(cell('customer'));
    const dueRaw = cell('dueDate');
    if (text(dueRaw) === '') {
      const first = cells.map(text).find((t) => t !== '') ?? '';
      if (SUBTOTAL.test(first) || SUBTOTAL.test(customer)) return { kind: 'skipped', value: { row, kind: 'subtotal' } };
      if (TOTAL.test(first) || TOTAL.test(customer)) return { kind: 'skipped', value: { row, kind: 'total' } };
    }
    if (customer === '') return reject('customer', '', 'customer is empty');

    // Currency: a currency column, then a symbol in the amount text, the amount's number format, the header, the setting.
    let currency: CurrencyCode | undefined;
    const currencyText = text(cell('currency'));
    if (currencyText !== '') {
      currency = parseCurrency(currencyText);
      if (!currency) return reject('currency', currencyText, 'not a currency code or name');
    }
    const amountField: FieldName = m.amount !== undefined ? 'amount' : 'outstanding';
    const amountRaw = cell(amountField);
    if (!currency && typeof amountRaw === 'string') {
      const parsed = parseAmount(amountRaw);
      if (parsed.ok && parsed.value.currency) currency = parsed.value.currency;
    }
    currency ??= currencyFromFormat(format(amountField)) ?? hint ?? options.currency;

    const amountOf = (f: FieldName, required: boolean): Money | RowOutcome | undefined => {
      const v = cell(f);
      if (typeof v === 'number') return moneyFromCellNumber(v, currency) ?? reject(f, v, 'amount too large');
      const t = text(v);
      if (t === '') return required ? reject(f, '', 'amount is empty') : undefined;
      const parsed = parseAmount(t);
      if (!parsed.ok) return reject(f, t, parsed.error.message);
      if (parsed.value.currency && parsed.value.currency !== currency) return reject(f, t, `amount is in ${parsed.value.currency}, the row is in ${currency}`);
      return moneyFromDecimal(parsed.value.decimal, currency) ?? reject(f, t, 'amount too large');
    };
    const isOutcome = (x: Money | RowOutcome | undefined): x is RowOutcome => x !== undefined && 'kind' in x;

    const amountV = m.amount !== undefined ? amountOf('amount', m.outstanding === undefined) : undefined;
    if (isOutcome(amountV)) return amountV;
    const paidV = m.paid !== undefined ? amountOf('paid', false) : undefined;
    if (isOutcome(paidV)) return paidV;
    const outstandingV = m.outstanding !== undefined ? amountOf('outstanding', amountV === undefined) : undefined;
    if (isOutcome(outstandingV)) return outstandingV;
    const paid = paidV ?? zero(currency);
    const amount = amountV ?? add(outstandingV as Money, paid);
    const outstanding = outstandingV ?? subtract(amount, paid);

    const dateOf = (f: FieldName, raw: unknown): PlainDate | RowOutcome => {
      if (typeof raw === 'number') {
        // Excel dates are serial numbers (1900 system); the format only changes how they show.
        return fromExcelSerial(raw) ?? reject(f, raw, 'not a date serial Excel can show');
      }
      const parsed = parseDate(text(raw), options.dateOrder);
      return parsed.ok ? parsed.date : reject(f, raw, parsed.error.message);
    };
    const due = dateOf('dueDate', dueRaw);
    if (typeof due !== 'string') return due;
    let issueDate: PlainDate | undefined;
    if (m.issueDate !== undefined && text(cell('issueDate')) !== '') {
      const issue = dateOf('issueDate', cell('issueDate'));
      if (typeof issue !== 'string') return issue;
      issueDate = issue;
    }
    const optional = (f: 'email' | 'phone' | 'contact' | 'salesperson' | 'terms'): Partial<Receivable> => {
      const t = text(cell(f));
      return t === '' ? {} : { [f]: t };
    };
    return {
      kind: 'receivable',
      value: {
        row, customer, invoice: text(cell('invoice')), currency, amount, paid, outstanding, dueDate: due,
        ...(issueDate ? { issueDate } : {}),
        ...optional('email'), ...optional('phone'), ...optional('contact'), ...optional('salesperson'), ...optional('terms'),
      },
    };
  };
  return { ok: true, mapping: m, read };
}
