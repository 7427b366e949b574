import type { RuleChoice } from '../penalty/rule-selection.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { CurrencyCode } from '../currency.ts';

/** The fields a column can map to. */
export type FieldName =
  | 'customer' | 'invoice' | 'email' | 'phone' | 'currency' | 'amount' | 'paid' | 'outstanding'
  | 'issueDate' | 'dueDate' | 'terms' | 'contact' | 'salesperson' | 'penalty';

/** One open (or settled) invoice as imported. `row` is the 1-based physical line of its first line in the file. */
export interface Receivable {
  readonly row: number;
  readonly customer: string;
  readonly invoice: string;
  readonly email?: string;
  readonly phone?: string;
  readonly contact?: string;
  readonly salesperson?: string;
  readonly terms?: string;
  readonly currency: CurrencyCode;
  readonly amount: Money;
  readonly paid: Money;
  readonly outstanding: Money;
  readonly issueDate?: PlainDate;
  readonly dueDate: PlainDate;
  /** Physical lines that were merged into this receivable (line-item exports), first included. */
  readonly rows?: readonly number[];
  /** Last physical line of this record when a quoted cell with line breaks makes it span several lines. */
  readonly lastRow?: number;
  /** The contract's own penalty as the export wrote it (`日万分之五`, `1.5%/month`). */
  readonly penalty?: string;
  /** That penalty read into a rule: it sets this invoice's rule (over customer, currency and default). */
  readonly penaltyRule?: RuleChoice;
}

/** A data line that could not be taken, and why (in words a bookkeeper understands). */
export interface RejectedRow {
  readonly row: number;
  readonly column: FieldName | string;
  readonly value: string;
  readonly reason: string;
  /** Last physical line of this record when it spans several lines (quoted line breaks). */
  readonly lastRow?: number;
}

export type SkipKind =
  | 'blank' | 'preamble' | 'header' | 'section' | 'subtotal' | 'total' | 'footer' | 'line-item'
  /** An invoice the status column calls void (Stripe `void`, Xero `VOIDED`/`DELETED`, 作废): nothing is owed. */
  | 'void'
  /** An invoice never issued to the customer (`draft`, Xero `SUBMITTED`, 金蝶 暂存). */
  | 'draft';

/** A line that is not data (title, blank, total…), or a line merged into another receivable. */
export interface SkippedRow {
  readonly row: number;
  readonly kind: SkipKind;
  /** Last physical line of this record when it spans several lines (quoted line breaks). */
  readonly lastRow?: number;
}

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030' | 'windows-1252';
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** Where the data came from and how it was read. */
export interface ImportSource {
  readonly file?: string;
  readonly encoding: EncodingName;
  /**
   * Why that encoding, when it was guessed (no `encoding` option): `the file starts with a
   * byte-order mark (UTF-8)`, `the file is UTF-8 but for 1 byte sequence …`.
   */
  readonly encodingReason?: string;
  readonly delimiter: string;
  readonly headerRow: number;
  readonly dataRows: number;
  /** Detected export format: `quickbooks`, `xero`, `kingdee`, `yonyou`, `sap`, `stripe`, `generic`. */
  readonly format: string;
  /** Total physical lines in the file (taken + merged + rejected + skipped). */
  readonly lines: number;
  /** Header text per mapped field. */
  readonly mapping: Readonly<Partial<Record<FieldName, string>>>;
  readonly dateOrder?: DateOrder;
  /**
   * Set when some rows named no currency (no symbol, no currency column, no `currency` option)
   * and this default was assumed from the file's language (CNY for Chinese headers, EUR for
   * German, USD otherwise). Callers should tell the user and offer `--currency`.
   */
  readonly currencyAssumed?: CurrencyCode;
  /** Things the user should know that are not row errors (e.g. a `map` header not found). */
  readonly warnings?: readonly string[];
}

export interface ImportOptions {
  readonly file?: string;
  readonly encoding?: 'auto' | EncodingName;
  readonly dateOrder?: 'auto' | DateOrder;
  /** field → header text, overriding the synonym table. */
  readonly map?: Readonly<Partial<Record<FieldName, string>>>;
  /** Currency for exports that name none (a symbol in the amount wins). */
  readonly currency?: CurrencyCode;
}

export interface ImportResult {
  readonly receivables: Receivable[];
  readonly rejected: RejectedRow[];
  readonly skipped: SkippedRow[];
  readonly source: ImportSource;
}
