import { customerKey } from '../customer-key.ts';
import { invoiceKey } from '../collection/invoice-key.ts';
import type { Receivable } from '../import/types.ts';
import { money } from '../money.ts';
import type { LedgerChange } from './ledger-change.ts';

function keyOf(r: Receivable): string {
  return `${customerKey(r.customer)}\u0000${invoiceKey(r.invoice)}\u0000${r.currency}`;
}

/**
 * What changed between an older and a newer export of the same ledger, invoice by invoice
 * (matched by customer, invoice number and currency, the way the log matches them): open
 * invoices paid (gone from the new export or settled in it), part-paid (outstanding fell, by how
 * much), increased, new invoices, and changed due dates. This is how the collection log learns
 * about money without a connection to the accounting system. In the new export's order, then the
 * invoices gone from it in the old export's order.
 *
 * @example
 * compareLedgers(lastWeek.receivables, today.receivables)
 * // → [{ kind: 'part-paid', invoice: 'INV-2026-0412', before: 100000.00, after: 80000.00, amount: 20000.00, … }, …]
 */
export function compareLedgers(older: readonly Receivable[], newer: readonly Receivable[]): LedgerChange[] {
  const before = new Map<string, Receivable>();
  for (const r of older) if (!before.has(keyOf(r))) before.set(keyOf(r), r);
  const seen = new Set<string>();
  const changes: LedgerChange[] = [];
  for (const r of newer) {
    const key = keyOf(r);
    if (seen.has(key)) continue;
    seen.add(key);
    const base = { customer: r.customer.trim(), invoice: r.invoice, currency: r.currency, after: r.outstanding, row: r.row };
    const old = before.get(key);
    if (old === undefined) {
      changes.push({ ...base, kind: 'new', amount: r.outstanding });
      continue;
    }
    const was = old.outstanding.minor;
    const now = r.outstanding.minor;
    if (was > 0 && now <= 0) changes.push({ ...base, kind: 'paid', before: old.outstanding, amount: old.outstanding });
    else if (was > 0 && now < was) changes.push({ ...base, kind: 'part-paid', before: old.outstanding, amount: money(was - now, r.currency) });
    else if (now > was) changes.push({ ...base, kind: 'increased', before: old.outstanding, amount: money(now - Math.max(was, 0), r.currency) });
    if (old.dueDate !== r.dueDate) changes.push({ ...base, kind: 'due-date-changed', before: old.outstanding, dueDate: { before: old.dueDate, after: r.dueDate } });
  }
  for (const [key, old] of before) {
    if (seen.has(key) || old.outstanding.minor <= 0) continue;
    changes.push({ kind: 'paid', customer: old.customer.trim(), invoice: old.invoice, currency: old.currency, before: old.outstanding, amount: old.outstanding, row: old.row });
  }
  return changes;
}
