import type { LogEntry } from '../log/log-entry.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import { invoiceKey } from './invoice-key.ts';
import { balanceFallSince, paymentsSince, rowScope, scopeSettled, type CustomerLedger } from './customer-ledger.ts';

/** One instalment of an agreed plan. */
export interface PlanInstalment {
  readonly row: number;
  readonly until: PlainDate;
  readonly amount: Money;
  /** Covered by the payments recorded since the plan (in order, per currency). */
  readonly paid: boolean;
}

/** An agreed instalment plan (the `plan` rows of one customer on one date) at as-of. */
export interface PlanState {
  readonly agreedOn: PlainDate;
  readonly instalments: readonly PlanInstalment[];
  readonly invoices: readonly string[];
  /** `on-track`, `missed` (an instalment's date passed unpaid) or `complete` (all paid, or the invoices settled). */
  readonly state: 'on-track' | 'missed' | 'complete';
  /** The first instalment whose date passed unpaid. */
  readonly missed?: PlanInstalment;
  /** The next instalment not yet due and not yet paid. */
  readonly next?: PlanInstalment;
}

/**
 * A plan's progress: what was paid since it was agreed (payment rows, or the fall of a recorded
 * balance, as for a promise) is applied to the instalments in date order, per currency; an instalment is missed when its date has passed and the payments
 * do not cover it and those before it. Settled invoices complete the plan whatever was recorded.
 */
export function planState(ledger: CustomerLedger, rows: readonly LogEntry[]): PlanState {
  const sorted = [...rows].sort((a, b) => ((a.until ?? '') < (b.until ?? '') ? -1 : (a.until ?? '') > (b.until ?? '') ? 1 : a.row - b.row));
  const agreedOn = sorted[0]?.date as PlainDate;
  const scope = sorted.some((r) => r.invoices.length === 0)
    ? rowScope(ledger, sorted[0] as LogEntry)
    : new Set(sorted.flatMap((r) => r.invoices.map(invoiceKey)));
  const paidBy = new Map<string, number>();
  const dueBy = new Map<string, number>();
  const instalments: PlanInstalment[] = [];
  for (const r of sorted) {
    if (r.amount === undefined || r.until === undefined) continue;
    const currency = r.amount.currency;
    if (!paidBy.has(currency)) paidBy.set(currency, Math.max(paymentsSince(ledger, agreedOn, scope, currency), balanceFallSince(ledger, agreedOn, currency)));
    const due = (dueBy.get(currency) ?? 0) + r.amount.minor;
    dueBy.set(currency, due);
    instalments.push({ row: r.row, until: r.until, amount: r.amount, paid: (paidBy.get(currency) ?? 0) >= due });
  }
  const settled = scopeSettled(ledger, scope);
  const missed = settled ? undefined : instalments.find((i) => !i.paid && i.until < ledger.asOf);
  const next = settled ? undefined : instalments.find((i) => !i.paid && i.until >= ledger.asOf);
  const state = settled || instalments.every((i) => i.paid) ? 'complete' : missed ? 'missed' : 'on-track';
  return {
    agreedOn, instalments, invoices: [...scope], state,
    ...(missed ? { missed } : {}), ...(next ? { next } : {}),
  };
}
