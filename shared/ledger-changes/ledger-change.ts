import type { CurrencyCode } from '../currency.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';

/**
 * What happened to an invoice between two exports of the same ledger: `paid` (gone from the new
 * export, or settled in it), `part-paid` (its outstanding fell), `increased` (its outstanding
 * rose: a correction or a charge), `new` (not in the old export), `due-date-changed`.
 */
export type LedgerChangeKind = 'paid' | 'part-paid' | 'increased' | 'new' | 'due-date-changed';

/** One change of one invoice. */
export interface LedgerChange {
  readonly kind: LedgerChangeKind;
  readonly customer: string;
  readonly invoice: string;
  readonly currency: CurrencyCode;
  /** Outstanding in the old export (absent for a new invoice). */
  readonly before?: Money;
  /** Outstanding in the new export (absent when the invoice is gone from it). */
  readonly after?: Money;
  /** Paid (`paid`, `part-paid`), added (`increased`) or owed (`new`). */
  readonly amount?: Money;
  /** For `due-date-changed`: the old and the new due date. */
  readonly dueDate?: { readonly before: PlainDate; readonly after: PlainDate };
  /** Rows in the new export (or the old one, for an invoice gone from it). */
  readonly row: number;
}
