import type { Receivable } from '../import/types.ts';
import type { LogEntry } from '../log/log-entry.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import { invoiceKey } from './invoice-key.ts';

/** Days before the due date an invoice without an issue date is taken to exist (the common 30-day term). */
export const ASSUMED_TERM_DAYS = 30;

/**
 * The first day an invoice was open: its issue date, or for exports without one the due date
 * less {@link ASSUMED_TERM_DAYS}. A log row that names no invoices is about the customer's
 * invoices open on its date: an invoice issued later is not covered by an earlier promise.
 */
export function openedOn(r: Receivable): PlainDate {
  return r.issueDate ?? addDays(r.dueDate, -ASSUMED_TERM_DAYS);
}

/** Whether a log row is about an invoice (it names it, or names none and the invoice was open on its date). */
export function rowCovers(entry: LogEntry, r: Receivable, key: string = invoiceKey(r.invoice)): boolean {
  if (entry.invoices.length === 0) return entry.date >= openedOn(r);
  for (const i of entry.invoices) if (invoiceKey(i) === key) return true;
  return false;
}
