import type { Receivable } from '../../shared/import/types.ts';
import { isCurrencyCode } from '../../shared/currency.ts';
import { parseDecimalMoney, zero } from '../../shared/money.ts';
import { parsePlainDate } from '../../shared/plain-date.ts';
import type { ManualCustomer } from '../picker/picker-protocol.ts';

/** A receivable from details typed into the picker, or which field is wrong. */
export function manualReceivable(m: ManualCustomer):
  | { ok: true; value: Receivable }
  | { ok: false; error: { field: keyof ManualCustomer; value: string } } {
  const currency = m.currency.trim().toUpperCase();
  if (m.name.trim() === '') return { ok: false, error: { field: 'name', value: m.name } };
  if (!isCurrencyCode(currency)) return { ok: false, error: { field: 'currency', value: m.currency } };
  const amount = parseDecimalMoney(m.amount.replace(/[,\s]/g, ''), currency);
  if (!amount || amount.minor <= 0) return { ok: false, error: { field: 'amount', value: m.amount } };
  const dueDate = parsePlainDate(m.dueDate.trim());
  if (!dueDate) return { ok: false, error: { field: 'dueDate', value: m.dueDate } };
  const email = m.email.trim();
  return {
    ok: true,
    value: { row: 0, customer: m.name.trim(), invoice: m.invoice.trim(), email: email || undefined, currency, amount, paid: zero(currency), outstanding: amount, dueDate },
  };
}
