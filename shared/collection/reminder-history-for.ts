import type { ContactChannel } from '../contact-channel.ts';
import { customerKey } from '../customer-key.ts';
import type { LogAction } from '../log/log-action.ts';
import type { LogEntry } from '../log/log-entry.ts';
import type { PlainDate } from '../plain-date.ts';
import type { ReminderContact, ReminderHistory } from '../templates/reminder-history.ts';
import type { CustomerCollection } from './customer-collection.ts';
import { invoiceKey } from './invoice-key.ts';

/**
 * Rows that were a demand for payment made to the customer, and the channel a row of that kind
 * went by when the log does not say: a call is by phone, a legal step (letter of demand, 支付令)
 * on paper. A reminder without a channel cannot be cited truthfully ("by e-mail on …"), so it is not.
 */
const DEMANDS: ReadonlyMap<LogAction, ContactChannel | undefined> = new Map<LogAction, ContactChannel | undefined>([
  ['reminder', undefined], ['call', 'phone'], ['legal', 'letter'],
]);

/**
 * What a reminder may say about the case's past, from the collection log (DESIGN.md: messages
 * cite earlier contacts by date and channel, a follow-up the promise, a plan confirmation the
 * agreed instalments): the customer's demands for payment up to as-of (reminders, calls, legal
 * steps, each with its channel; thank-you notes are no demand), oldest first, the promise still
 * pending or broken (with its amount), and the plan not yet complete. Given the customer's
 * derived state, a row about invoices that are all paid now is not cited (the message is about
 * what is still open). `undefined` without a log, so a message claims no earlier contact.
 *
 * @example
 * const state = deriveCollection(receivables, log.entries, asOf);
 * reminderHistoryFor(log.entries, '苏州美雅纺织', asOf, state.customers.find((c) => c.key === customerKey('苏州美雅纺织')))
 * // → { contacts: [{ date: '2026-10-12', channel: 'email', stage: 'friendly' }, …], promise: { amount, until } }
 */
export function reminderHistoryFor(
  entries: readonly LogEntry[] | undefined, customer: string, asOf: PlainDate,
  state?: Pick<CustomerCollection, 'promise' | 'plan'> & Partial<Pick<CustomerCollection, 'invoices'>>,
): ReminderHistory | undefined {
  if (entries === undefined) return undefined;
  const key = customerKey(customer);
  const open = state?.invoices ? new Set(state.invoices.filter((i) => i.status !== 'paid').map((i) => invoiceKey(i.receivable.invoice))) : undefined;
  const contacts: ReminderContact[] = [];
  for (const e of entries) {
    if (e.date > asOf || !DEMANDS.has(e.action) || customerKey(e.customer) !== key) continue;
    if (e.action === 'reminder' && e.stage === 'thank-you') continue;
    if (open && e.invoices.length > 0 && !e.invoices.some((i) => open.has(invoiceKey(i)))) continue;
    const channel = e.channel ?? DEMANDS.get(e.action);
    if (channel === undefined) continue;
    contacts.push({ date: e.date, channel, ...(e.action === 'reminder' && e.stage ? { stage: e.stage } : {}) });
  }
  contacts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const promise = state?.promise;
  const plan = state?.plan;
  return {
    contacts,
    ...(promise && promise.state !== 'kept' && promise.amount ? { promise: { amount: promise.amount, until: promise.until } } : {}),
    ...(plan && plan.state !== 'complete' ? { plan: { instalments: plan.instalments.map((i) => ({ amount: i.amount, until: i.until })) } } : {}),
  };
}
