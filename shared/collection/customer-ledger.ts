import type { Receivable } from '../import/types.ts';
import type { LogEntry } from '../log/log-entry.ts';
import type { PlainDate } from '../plain-date.ts';
import { invoiceKey } from './invoice-key.ts';
import { openedOn } from './log-scope.ts';

/** One customer's receivables and log rows (up to as-of, in date order), as the derivation reads them. */
export interface CustomerLedger {
  readonly receivables: readonly Receivable[];
  readonly entries: readonly LogEntry[];
  readonly asOf: PlainDate;
  /** The receivables' invoice keys, in order, when the caller has them. */
  readonly keys: readonly string[] | undefined;
  /** Invoice key → the receivables with that number; built on first use (see byInvoice). */
  invoiceIndex: Map<string, Receivable[]> | undefined;
  /** The `payment` rows; picked on first use (see paymentRows). */
  paymentList: LogEntry[] | undefined;
}

/**
 * Builds a customer's ledger view; `entries` are already the customer's, dated up to as-of and
 * sorted. `keys`, when the caller has them, are the receivables' invoice keys in order. What
 * only promises and plans need is worked out on first use: most customers have neither (a
 * plain object with two empty slots, not getters: npm run bench, collection log).
 */
export function customerLedger(
  receivables: readonly Receivable[], entries: readonly LogEntry[], asOf: PlainDate, keys?: readonly string[],
): CustomerLedger {
  return { receivables, entries, asOf, keys, invoiceIndex: undefined, paymentList: undefined };
}

/** Invoice key → the customer's receivables with that number. */
function byInvoice(ledger: CustomerLedger): ReadonlyMap<string, readonly Receivable[]> {
  if (ledger.invoiceIndex === undefined) {
    const index = new Map<string, Receivable[]>();
    const { receivables, keys } = ledger;
    for (let k = 0; k < receivables.length; k++) {
      const r = receivables[k] as Receivable;
      const key = keys?.[k] ?? invoiceKey(r.invoice);
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    ledger.invoiceIndex = index;
  }
  return ledger.invoiceIndex;
}

/** The customer's `payment` rows, in date order. */
function paymentRows(ledger: CustomerLedger): readonly LogEntry[] {
  return (ledger.paymentList ??= ledger.entries.filter((e) => e.action === 'payment'));
}

/** The invoice keys a row is about: those it names, or the customer's invoices open on its date. */
export function rowScope(ledger: CustomerLedger, e: LogEntry): Set<string> {
  if (e.invoices.length > 0) return new Set(e.invoices.map(invoiceKey));
  const keys = new Set<string>();
  for (const r of ledger.receivables) if (openedOn(r) <= e.date) keys.add(invoiceKey(r.invoice));
  return keys;
}

/** Whether every invoice in a scope is settled now: outstanding nil, or gone from the receivables (paid). */
export function scopeSettled(ledger: CustomerLedger, scope: ReadonlySet<string>): boolean {
  for (const key of scope) {
    for (const r of byInvoice(ledger).get(key) ?? []) if (r.outstanding.minor > 0) return false;
  }
  return true;
}

/** Current outstanding of a scope in one currency, in minor units. */
export function scopeOutstanding(ledger: CustomerLedger, scope: ReadonlySet<string>, currency: string): number {
  let total = 0;
  for (const key of scope) for (const r of byInvoice(ledger).get(key) ?? []) if (r.currency === currency && r.outstanding.minor > 0) total += r.outstanding.minor;
  return total;
}

/**
 * Payments recorded from `from` through as-of that touch a scope (they name one of its invoices,
 * or name none: a payment on account), in minor units of `currency`.
 */
export function paymentsSince(ledger: CustomerLedger, from: PlainDate, scope: ReadonlySet<string>, currency: string): number {
  let total = 0;
  for (const p of paymentRows(ledger)) {
    if (p.date < from || p.amount === undefined || p.amount.currency !== currency) continue;
    if (p.invoices.length === 0 || p.invoices.some((i) => scope.has(invoiceKey(i)))) total += p.amount.minor;
  }
  return total;
}

/**
 * How much the customer's balance fell from `from` to the receivables now, by the balance a tool
 * recorded: the latest `reminder` row up to `from` that names its invoices and an amount in
 * `currency` (`dunning remind --record` writes the balance it asked for) is the balance then,
 * less payments recorded between it and `from`; the same invoices' outstanding now is the
 * balance now. Zero when no balance was recorded. Invoices gone from the export count as paid.
 */
export function balanceFallSince(ledger: CustomerLedger, from: PlainDate, currency: string): number {
  let record: LogEntry | undefined;
  for (const e of ledger.entries) {
    if (e.date > from) break;
    if (e.action === 'reminder' && e.amount !== undefined && e.amount.currency === currency && e.invoices.length > 0) record = e;
  }
  if (record?.amount === undefined) return 0;
  const scope = new Set(record.invoices.map(invoiceKey));
  let between = 0;
  for (const p of paymentRows(ledger)) {
    if (p.date <= record.date || p.date >= from || p.amount === undefined || p.amount.currency !== currency) continue;
    if (p.invoices.length === 0 || p.invoices.some((i) => scope.has(invoiceKey(i)))) between += p.amount.minor;
  }
  return Math.max(0, record.amount.minor - between - scopeOutstanding(ledger, scope, currency));
}
