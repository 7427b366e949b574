import type { NewLogEntry } from '../log/log-entry.ts';
import { toDecimalString } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { LedgerChange } from './ledger-change.ts';

/**
 * The `payment` rows the log gets for what two exports show was paid: one per invoice paid or
 * part-paid, dated `date` (the newer export's as-of: the money came in by then), with the
 * before and after balances in the note. A part payment is a restart of the limitation period
 * (民法典 第195条, Limitation Act 1980 s.29(5), BGB §212) and counts toward a promise or plan.
 */
export function paymentEntries(changes: readonly LedgerChange[], date: PlainDate, by?: string, source?: string): NewLogEntry[] {
  const out: NewLogEntry[] = [];
  for (const c of changes) {
    if ((c.kind !== 'paid' && c.kind !== 'part-paid') || c.amount === undefined || c.amount.minor <= 0) continue;
    const was = c.before ? toDecimalString(c.before) : '?';
    const now = c.after === undefined ? 'gone from the export' : toDecimalString(c.after);
    out.push({
      date, customer: c.customer, invoices: [c.invoice], action: 'payment', amount: c.amount, currency: c.amount.currency,
      note: `${c.kind === 'paid' ? 'paid in full' : 'part payment'}, found by comparing exports${source ? ` (${source})` : ''}: outstanding ${was} → ${now}`,
      ...(by ? { by } : {}),
    });
  }
  return out;
}
