import type { LogEntry } from '../log/log-entry.ts';
import { money, type Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import { balanceFallSince, paymentsSince, rowScope, scopeSettled, type CustomerLedger } from './customer-ledger.ts';

/** A promise to pay and whether it was kept, at as-of. */
export interface PromiseState {
  readonly row: number;
  readonly madeOn: PlainDate;
  readonly until: PlainDate;
  /** What was promised; absent when the promise was to pay the invoices in full. */
  readonly amount?: Money;
  /** Payments recorded since the promise, in the promise's currency (absent without an amount). */
  readonly paid?: Money;
  /** The invoices it covers (named, or those open on the day it was made). */
  readonly invoices: readonly string[];
  /** `pending` until its date; then `kept` or `broken` (from the day after `until`). */
  readonly state: 'pending' | 'kept' | 'broken';
}

/**
 * Whether a promise was kept: its invoices are settled now (outstanding nil or gone from the
 * export), or what was paid since the promise reaches the promised amount — the `payment` rows
 * recorded since (by hand or by `dunning report --since --record`), or the fall of the balance a
 * tool recorded before it (see balanceFallSince), whichever shows more. Otherwise it is pending
 * through its `until` date and broken from the day after.
 */
export function promiseState(ledger: CustomerLedger, e: LogEntry): PromiseState {
  const until = e.until ?? e.date;
  const scope = rowScope(ledger, e);
  const paidMinor = e.amount ? Math.max(paymentsSince(ledger, e.date, scope, e.amount.currency), balanceFallSince(ledger, e.date, e.amount.currency)) : 0;
  const kept = scopeSettled(ledger, scope) || (e.amount !== undefined && paidMinor >= e.amount.minor);
  const state = kept ? 'kept' : ledger.asOf > until ? 'broken' : 'pending';
  // Two literals, keys in the same order, rather than a spread (one per promise row of a ledger).
  return e.amount
    ? { row: e.row, madeOn: e.date, until, amount: e.amount, paid: money(paidMinor, e.amount.currency), invoices: [...scope], state }
    : { row: e.row, madeOn: e.date, until, invoices: [...scope], state };
}
