import type { Receivable } from '../../../shared/import/types.ts';
import { validateLogRow, type LogEntry, type LogRowCells } from '../../../shared/log/index.ts';
import { money, parseDecimalMoney } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';

/** A receivable as an export would give it: amount and paid as written, outstanding the difference. */
export function invoice(customer: string, number: string, dueDate: string, amount: string, opts: { paid?: string; currency?: string; issueDate?: string; email?: string; phone?: string } = {}): Receivable {
  const currency = opts.currency ?? 'CNY';
  const a = parseDecimalMoney(amount, currency);
  const p = parseDecimalMoney(opts.paid ?? '0', currency);
  if (!a || !p) throw new Error(`bad amount ${amount}`);
  return {
    row: 2, customer, invoice: number, currency, amount: a, paid: p, outstanding: money(a.minor - p.minor, currency), dueDate: plainDate(dueDate),
    ...(opts.issueDate ? { issueDate: plainDate(opts.issueDate) } : {}), ...(opts.email ? { email: opts.email } : {}), ...(opts.phone ? { phone: opts.phone } : {}),
  };
}

/**
 * Log rows as a bookkeeper types them, validated by the one validator: `date customer action`
 * plus named cells, e.g. `row('2026-11-03', 'Acme', 'promise', { amount: '5000', currency: 'CNY', until: '2026-11-15' })`.
 */
export function logRows(...rows: [string, string, string, Omit<LogRowCells, 'date' | 'customer' | 'action'>?][]): LogEntry[] {
  return rows.map(([date, customer, action, cells], i) => {
    const r = validateLogRow({ date, customer, action, ...cells }, i + 2);
    if (!r.ok) throw new Error(`fixture row ${i + 2}: ${r.problems.map((p) => `${p.column} ${p.reason}`).join('; ')}`);
    return r.value;
  });
}
