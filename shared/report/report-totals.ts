import type { CurrencyCode } from '../currency.ts';
import { money, type Money } from '../money.ts';
import type { ReportRow } from './report-row.ts';

/** Totals for one currency. `outstanding` equals the sum of `buckets`; currencies are never added together. */
export interface CurrencyTotals {
  readonly currency: CurrencyCode;
  readonly invoices: number;
  readonly outstanding: Money;
  readonly overdue: Money;
  readonly penalty: Money;
  readonly compensation: Money;
  readonly buckets: Readonly<Record<string, Money>>;
}

interface Acc { invoices: number; outstanding: number; overdue: number; penalty: number; compensation: number; buckets: Map<string, number> }

/**
 * Accumulates report rows into exact per-currency totals (integer minor units), one row at a
 * time, so a streamed report never holds its rows.
 */
export function createTotalsAccumulator(bucketIds: readonly string[]): {
  add(row: ReportRow): void;
  result(): Record<CurrencyCode, CurrencyTotals>;
} {
  const byCurrency = new Map<CurrencyCode, Acc>();
  return {
    add(row) {
      const r = row.receivable;
      let acc = byCurrency.get(r.currency);
      if (!acc) {
        acc = { invoices: 0, outstanding: 0, overdue: 0, penalty: 0, compensation: 0, buckets: new Map(bucketIds.map((id) => [id, 0])) };
        byCurrency.set(r.currency, acc);
      }
      acc.invoices += 1;
      acc.outstanding += r.outstanding.minor;
      if (row.daysOverdue > 0) acc.overdue += r.outstanding.minor;
      acc.penalty += row.penalty.minor;
      acc.compensation += row.compensation.minor;
      acc.buckets.set(row.bucket, (acc.buckets.get(row.bucket) ?? 0) + r.outstanding.minor);
    },
    result() {
      const out: Record<CurrencyCode, CurrencyTotals> = {};
      for (const [currency, acc] of [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const buckets: Record<string, Money> = {};
        for (const [id, minor] of acc.buckets) buckets[id] = money(minor, currency);
        out[currency] = {
          currency,
          invoices: acc.invoices,
          outstanding: money(acc.outstanding, currency),
          overdue: money(acc.overdue, currency),
          penalty: money(acc.penalty, currency),
          compensation: money(acc.compensation, currency),
          buckets,
        };
      }
      return out;
    },
  };
}
