import type { CurrencyCode } from '../currency.ts';
import { addExact, exactSumValue, newExactSum, type ExactSum } from '../exact-sum.ts';
import type { MoneyTotal } from '../money.ts';
import type { ReportRow } from './report-row.ts';

/**
 * Totals for one currency. `outstanding` equals the sum of `buckets`; currencies are never
 * added together. Exact at any size: past 2^53 minor units `minor` is a bigint.
 */
export interface CurrencyTotals {
  readonly currency: CurrencyCode;
  readonly invoices: number;
  readonly outstanding: MoneyTotal;
  readonly overdue: MoneyTotal;
  readonly penalty: MoneyTotal;
  readonly compensation: MoneyTotal;
  readonly buckets: Readonly<Record<string, MoneyTotal>>;
}

interface Acc { invoices: number; outstanding: ExactSum; overdue: ExactSum; penalty: ExactSum; compensation: ExactSum; buckets: ExactSum[]; other: Map<string, ExactSum> }

/**
 * Accumulates report rows into exact per-currency totals (integer minor units, a bigint past
 * 2^53), one row at a time, so a streamed report never holds its rows.
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
          acc = {
            invoices: 0, outstanding: newExactSum(), overdue: newExactSum(), penalty: newExactSum(), compensation: newExactSum(),
            buckets: bucketIds.map(() => newExactSum()), other: new Map(),
          };
          byCurrency.set(r.currency, acc);
        }
        lastCurrency = r.currency;
        lastAcc = acc;
      }
      const owed = r.outstanding.minor;
      acc.invoices += 1;
      addExact(acc.outstanding, owed);
      if (row.daysOverdue > 0) addExact(acc.overdue, owed);
      addExact(acc.penalty, row.penalty.minor);
      addExact(acc.compensation, row.compensation.minor);
      const b = bucketIds.indexOf(row.bucket);
      if (b >= 0) addExact(acc.buckets[b] as ExactSum, owed);
      else {
        let other = acc.other.get(row.bucket);
        if (other === undefined) acc.other.set(row.bucket, (other = newExactSum()));
        addExact(other, owed);
      }
    },
    result() {
      const out: Record<CurrencyCode, CurrencyTotals> = {};
      for (const [currency, acc] of [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const total = (sum: ExactSum): MoneyTotal => ({ minor: exactSumValue(sum), currency });
        const buckets: Record<string, MoneyTotal> = {};
        bucketIds.forEach((id, i) => {
          // A repeated id was summed at its first position.
          if (!Object.hasOwn(buckets, id)) buckets[id] = total(acc.buckets[i] as ExactSum);
        });
        for (const [id, sum] of acc.other) buckets[id] = total(sum);
        out[currency] = {
          currency,
          invoices: acc.invoices,
          outstanding: total(acc.outstanding),
          overdue: total(acc.overdue),
          penalty: total(acc.penalty),
          compensation: total(acc.compensation),
          buckets,
        };
      }
      return out;
    },
  };
}
