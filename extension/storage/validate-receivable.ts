import type { Receivable } from '../../shared/import/types.ts';
import { isCurrencyCode } from '../../shared/currency.ts';
import { parsePlainDate } from '../../shared/plain-date.ts';

function isMoneyIn(value: unknown, currency: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { minor?: unknown; currency?: unknown };
  return Number.isSafeInteger(m.minor) && m.currency === currency;
}

/**
 * Whether a stored value is a usable receivable. Storage can hold anything (an older build,
 * a sync glitch, a hand edit), so the picker checks before it trusts.
 */
export function isStoredReceivable(value: unknown): value is Receivable {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.customer === 'string' && r.customer.trim() !== '' &&
    typeof r.invoice === 'string' &&
    typeof r.row === 'number' &&
    typeof r.currency === 'string' && isCurrencyCode(r.currency) &&
    isMoneyIn(r.amount, r.currency) && isMoneyIn(r.paid, r.currency) && isMoneyIn(r.outstanding, r.currency) &&
    typeof r.dueDate === 'string' && parsePlainDate(r.dueDate) !== undefined &&
    (r.email === undefined || typeof r.email === 'string') &&
    (r.issueDate === undefined || (typeof r.issueDate === 'string' && parsePlainDate(r.issueDate) !== undefined))
  );
}
