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

interface Acc { invoices: number; outstanding: number; overdue: number; penalty: number; compensation: number; buckets: number[]; other: Map<string, number> }

/**
 * Accumulates report rows into exact per-currency totals (integer minor units), one row at a
 * time, so a streamed report never holds its rows.
 */
export function createTotalsAccumulator(bucketIds: readonly string[]): {
  add(row: ReportRow): void;
  result(): Record<CurrencyCode, CurrencyTotals>;
} {
  const byCurrency = new Map<CurrencyCode, Acc>();
  // A row's currency and bucket are usually those of a row before it: remembered and looked up
  // in a short list rather than hashed, a million times per report.
  let lastCurrency: CurrencyCode | undefined;
  let lastAcc: Acc | undefined;
  return {
    add(row) {
      const r = row.receivable;
      let acc = lastAcc;
      if (r.currency !== lastCurrency || acc === undefined) {
        acc = byCurrency.get(r.currency);
        if (!acc) {
          acc = { invoices: 0, outstanding: 0, overdue: 0, penalty: 0, compensation: 0, buckets: bucketIds.map(() => 0), other: new Map() };
          byCurrency.set(r.currency, acc);
        }
        lastCurrency = r.currency;
        lastAcc = acc;
      }
      const owed = r.outstanding.minor;
      acc.invoices += 1;
      acc.outstanding += owed;
      if (row.daysOverdue > 0) acc.overdue += owed;
      acc.penalty += row.penalty.minor;
      acc.compensation += row.compensation.minor;
      const b = bucketIds.indexOf(row.bucket);
      if (b >= 0) acc.buckets[b] = (acc.buckets[b] as number) + owed;
      else acc.other.set(row.bucket, (acc.other.get(row.bucket) ?? 0) + owed);
    },
    result() {
      const out: Record<CurrencyCode, CurrencyTotals> = {};
      for (const [currency, acc] of [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const buckets: Record<string, Money> = {};
        bucketIds.forEach((id, i) => {
          // A repeated id was summed at its first position.
          if (buckets[id] === undefined) buckets[id] = money(acc.buckets[i] as number, currency);
        });
        for (const [id, minor] of acc.other) buckets[id] = money(minor, currency);
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
