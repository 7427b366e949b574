import { currencyTotals } from './build-reminder-model.ts';
import type { ReminderInvoice, ReminderModel } from './reminder-model.ts';

/**
 * The model narrowed to the invoices already overdue at as-of, totals recomputed per currency.
 * A deadline, a formal notice, a final notice and a lawyer's letter demand payment of overdue
 * debts: an invoice not yet due cannot be called overdue, and there is no breach to demand or
 * sue for until it falls due. The invoices left out are returned so the caller can say so.
 */
export function overdueOnly(model: ReminderModel): { model: ReminderModel; notYetDue: readonly ReminderInvoice[] } {
  const overdue = model.invoices.filter((i) => i.daysOverdue > 0);
  const notYetDue = model.invoices.filter((i) => i.daysOverdue <= 0);
  if (notYetDue.length === 0) return { model, notYetDue };
  return { model: { ...model, invoices: overdue, totals: currencyTotals(overdue) }, notYetDue };
}
