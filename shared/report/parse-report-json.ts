import { isCurrencyCode } from '../currency.ts';
import type { Receivable, RejectedRow } from '../import/types.ts';
import { parseDecimalMoney } from '../money.ts';
import { parsePlainDate } from '../plain-date.ts';

/**
 * Reads the receivables of a report object (`dunning report --format json`, or the add-in's
 * export for the extension) back into receivables. Other fields are ignored. Entries that do
 * not validate are returned as rejected with the field and value, never silently dropped.
 */
export function parseReportJson(json: unknown):
  | { ok: true; value: { asOf?: string; receivables: Receivable[]; rejected: RejectedRow[] } }
  | { ok: false; error: { code: 'not-a-report'; message: string } } {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { receivables?: unknown }).receivables)) {
    return { ok: false, error: { code: 'not-a-report', message: 'this file has no "receivables" list: it is not a Dunning Desk report' } };
  }
  const doc = json as { asOf?: unknown; receivables: unknown[] };
  const receivables: Receivable[] = [];
  const rejected: RejectedRow[] = [];
  doc.receivables.forEach((entry, index) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const row = typeof e.row === 'number' && Number.isInteger(e.row) ? e.row : index + 1;
    const str = (k: string): string | undefined => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
    const fail = (column: string, reason: string): void => {
      rejected.push({ row, column, value: e[column] === undefined ? '' : String(e[column]), reason });
    };
    const currency = str('currency');
    if (currency === undefined || !isCurrencyCode(currency)) return fail('currency', 'not a three-letter currency code');
    const customer = str('customer')?.trim();
    if (!customer) return fail('customer', 'customer name is missing');
    const invoice = str('invoice') ?? '';
    const dueDate = parsePlainDate(str('dueDate') ?? '');
    if (!dueDate) return fail('dueDate', 'not a date in YYYY-MM-DD form');
    const issueText = str('issueDate');
    const issueDate = issueText === undefined ? undefined : parsePlainDate(issueText);
    if (issueText !== undefined && !issueDate) return fail('issueDate', 'not a date in YYYY-MM-DD form');
    const amount = parseDecimalMoney(str('amount') ?? '', currency);
    if (!amount) return fail('amount', 'not an amount with at most the currency\'s decimals');
    const outstanding = parseDecimalMoney(str('outstanding') ?? '', currency);
    if (!outstanding) return fail('outstanding', 'not an amount with at most the currency\'s decimals');
    const paidText = str('paid');
    const paid = paidText === undefined ? { minor: amount.minor - outstanding.minor, currency } : parseDecimalMoney(paidText, currency);
    if (!paid) return fail('paid', 'not an amount with at most the currency\'s decimals');
    const optional = (k: 'email' | 'phone' | 'contact'): Partial<Receivable> => {
      const v = str(k);
      return v ? { [k]: v } : {};
    };
    const lastRow = typeof e.lastRow === 'number' && Number.isInteger(e.lastRow) && e.lastRow > row ? e.lastRow : undefined;
    receivables.push({
      row, customer, invoice, currency, amount, paid, outstanding, dueDate,
      ...(lastRow !== undefined ? { lastRow } : {}),
      ...(issueDate ? { issueDate } : {}),
      ...optional('email'), ...optional('phone'), ...optional('contact'),
    });
  });
  return { ok: true, value: { ...(typeof doc.asOf === 'string' ? { asOf: doc.asOf } : {}), receivables, rejected } };
}
