import type { LogEntry } from '../log/log-entry.ts';
import type { ReminderContact, ReminderHistory } from '../templates/reminder-history.ts';
import type { CustomerCollection } from './customer-collection.ts';
import { invoiceKey } from './invoice-key.ts';

/**
 * What a reminder may truthfully say happened before (the templates' ReminderHistory), from a
 * customer's log rows and derived state: the reminders and calls recorded up to as-of about
 * the customer's open invoices, by date and channel (rows without a channel are not cited: the
 * message would have to guess how); the promise it gave, if it named an amount; the plan agreed.
 * Without rows, no contacts: the message claims none.
 */
export function reminderHistoryFor(entries: readonly LogEntry[], customer: CustomerCollection, asOf: string): ReminderHistory {
  const open = new Set(customer.invoices.filter((i) => i.status !== 'paid').map((i) => invoiceKey(i.receivable.invoice)));
  const contacts: ReminderContact[] = [];
  for (const e of entries) {
    if (e.date > asOf || e.channel === undefined) continue;
    if (e.action !== 'reminder' && e.action !== 'call') continue;
    if (e.stage === 'thank-you') continue;
    if (e.invoices.length > 0 && !e.invoices.some((i) => open.has(invoiceKey(i)))) continue;
    contacts.push({ date: e.date, channel: e.channel, ...(e.action === 'reminder' && e.stage ? { stage: e.stage } : {}) });
  }
  contacts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const p = customer.promise;
  const plan = customer.plan;
  return {
    contacts,
    ...(p && p.amount && p.state !== 'kept' ? { promise: { amount: p.amount, until: p.until } } : {}),
    ...(plan && plan.state !== 'complete' ? { plan: { instalments: plan.instalments.map((i) => ({ amount: i.amount, until: i.until })) } } : {}),
  };
}
