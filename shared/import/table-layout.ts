import type { CurrencyCode } from '../currency.ts';
import { detectFormat, headerLanguage, isLineItemHeader, type ExportFormat } from './detect-format.ts';
import { FIELD_NAMES, isFieldName } from './field-names.ts';
import { mapHeaders, type HeaderMapping } from './header-synonyms.ts';
import { mergeHeaderRows, splitDateColumns, type SplitDateColumns } from './header-rows.ts';
import { isStatusHeader } from './invoice-status.ts';
import type { FieldName } from './types.ts';

/** Column index per field, -1 where the table has no such column. */
export type ColumnIndexes = Readonly<Record<FieldName, number>>;

/**
 * What a table's header says about its rows: which column holds which field, what system
 * wrote it, its language and the currency its amounts are in when no cell says. Built once per
 * table by {@link createTableLayout}, from a CSV's header row or a sheet's; the row reader reads
 * every row through it.
 */
export interface TableLayout {
  /** The header cells, trimmed. */
  readonly headerCells: readonly string[];
  /** The second level of a two-level header (`原币 | 本币` under merged cells), trimmed. */
  readonly subHeaderCells?: readonly string[];
  /** Each column's name: its header cell, or both levels joined for a two-level header. */
  readonly names: readonly string[];
  readonly mapping: HeaderMapping;
  readonly columns: ColumnIndexes;
  /** The status column (Stripe, Xero, 金蝶), -1 when none. */
  readonly status: number;
  readonly statusHeader: string;
  /** Year, month and day columns (用友 明细账) when the table has no date column of its own. */
  readonly splitDate?: SplitDateColumns;
  readonly format: ExportFormat;
  /** One row per invoice line (Xero): lines with the same invoice number make one receivable. */
  readonly lineItems: boolean;
  readonly language: 'zh' | 'de' | 'en';
  /**
   * The currency a row is in when nothing in it or the options names one: the header's
   * (`Amount (EUR)`), else the language's (CNY for Chinese headers, EUR for German, USD otherwise).
   */
  readonly headerCurrency?: CurrencyCode;
  readonly languageCurrency: CurrencyCode;
  /** Header text per mapped field. */
  readonly mappingText: Readonly<Partial<Record<FieldName, string>>>;
  /** Things to tell the user (a `map` header no column carries). */
  readonly warnings: readonly string[];
}

/** Which header fields a layout is built from, and the user's column overrides. */
export interface LayoutOptions {
  /** field → header text (or 1-based column number), overriding the synonym table. */
  readonly map?: Readonly<Partial<Record<FieldName, string>>>;
}

/**
 * The layout of a table from its header row (and, for a two-level header, the row under it).
 *
 * @example
 * createTableLayout(['Customer', 'Invoice No', 'Amount', 'Due Date']).columns.amount // 2
 */
export function createTableLayout(headerCells: readonly string[], options: LayoutOptions = {}, subHeaderCells?: readonly string[],
  mapping?: HeaderMapping): TableLayout {
  const header = headerCells.map((c) => c.trim());
  const sub = subHeaderCells?.map((c) => c.trim());
  const names = sub ? mergeHeaderRows(header, sub) : header;
  const m = mapping ?? mapHeaders(names, options.map);
  const columns = {} as Record<FieldName, number>;
  for (const f of FIELD_NAMES) columns[f] = m.mapping[f] ?? -1;
  const splitDate = columns.issueDate < 0 ? splitDateColumns(names) : undefined;
  const mappingText: Partial<Record<FieldName, string>> = {};
  for (const f of FIELD_NAMES) if (columns[f] >= 0) mappingText[f] = names[columns[f]] ?? '';
  if (splitDate) mappingText.issueDate = `${names[splitDate.year]}/${names[splitDate.month]}/${names[splitDate.day]}`;
  const status = names.findIndex((n) => isStatusHeader(n));
  const language = headerLanguage(names);
  return {
    headerCells: header,
    ...(sub ? { subHeaderCells: sub } : {}),
    names,
    mapping: m,
    columns,
    status,
    statusHeader: status >= 0 ? (names[status] ?? '') : '',
    ...(splitDate ? { splitDate } : {}),
    format: detectFormat(names),
    lineItems: isLineItemHeader(names),
    language,
    ...(m.currencyHint ? { headerCurrency: m.currencyHint } : {}),
    languageCurrency: language === 'zh' ? 'CNY' : language === 'de' ? 'EUR' : 'USD',
    mappingText,
    warnings: m.missing.map((miss) => (isFieldName(miss.slice(0, Math.max(0, miss.indexOf('='))))
      ? `--map ${miss}: no column has that header` : `--map ${miss}: "${miss.slice(0, Math.max(0, miss.indexOf('=')))}" is not a field`)),
  };
}

/**
 * The fields a table cannot do without, that no column carries: a customer, an invoice number,
 * an amount (or outstanding balance), and a due date (or payment terms with an invoice date).
 * Every row of such a table would be rejected; a sheet reader says so up front.
 */
export function missingColumns(layout: TableLayout): FieldName[] {
  const c = layout.columns;
  const missing: FieldName[] = [];
  if (c.customer < 0) missing.push('customer');
  if (c.invoice < 0) missing.push('invoice');
  if (c.amount < 0 && c.outstanding < 0) missing.push('amount');
  if (c.dueDate < 0 && (c.terms < 0 || (c.issueDate < 0 && !layout.splitDate))) missing.push('dueDate');
  return missing;
}

/** The column's name for a rejected cell: the field it maps to, else its header. */
export function columnName(layout: TableLayout, index: number): FieldName | string {
  for (const f of FIELD_NAMES) if (layout.columns[f] === index) return f;
  return layout.names[index] ?? `column ${index + 1}`;
}
