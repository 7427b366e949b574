import type { Receivable } from '../../shared/import/types.ts';
import { add, type Money } from '../../shared/money.ts';
import type { ReferenceTableId } from '../../shared/penalty/penalty-warning.ts';
import { createRowBuilderByCurrency, type RowBuilderByCurrencyOptions } from '../report/row-builder-by-currency.ts';

/** One open invoice as the pane lists it, with its figure and the rule that produced it. */
export interface OpenInvoiceLine {
  readonly invoice: string;
  readonly dueDate: string;
  readonly outstanding: Money;
  /** Penalty and fixed compensation as of the settings' date (zero when not overdue or no rule charges). */
  readonly penalty?: Money;
  /** The rule's label (`cn-lpr-1x`, `contract 日万分之五`): the pane says it in words. */
  readonly rule?: string;
  /** Tables the figure rests on past their known-until dates (the pane marks the figure). */
  readonly assumed?: readonly ReferenceTableId[];
}

/**
 * A customer's open invoices as the pane lists them: each with the figure the sheet's Penalty
 * column has for it, the rule that produced it and what it assumed, computed by the same row
 * builder as Flag overdue (the settings' rules, a penalty column, the user's rates and holidays).
 */
export function openInvoiceLines(open: readonly Receivable[], settings: RowBuilderByCurrencyOptions): OpenInvoiceLine[] {
  const build = createRowBuilderByCurrency(settings);
  return open.map((x) => {
    const row = build(x);
    const penalty = add(row.penalty, row.compensation);
    return {
      invoice: x.invoice, dueDate: x.dueDate, outstanding: x.outstanding, penalty,
      ...(row.rule !== undefined ? { rule: row.rule } : {}),
      ...(row.assumed && row.assumed.length > 0 ? { assumed: row.assumed } : {}),
    };
  });
}
