import type { CurrencyCode } from '../currency.ts';
import type { MoneyTotal } from '../money.ts';
import type { StageId } from '../stage-id.ts';

/** A customer's open items in one currency. */
export interface CurrencyTotals {
  readonly openInvoices: number;
  readonly overdueInvoices: number;
  /** Exact at any size: past 2^53 minor units `minor` is a bigint. */
  readonly outstanding: MoneyTotal;
  readonly overdue: MoneyTotal;
  readonly penalty: MoneyTotal;
  /** Days overdue weighted by outstanding amount (open invoices; not yet due counts as 0). */
  readonly weightedAverageDaysOverdue: number;
}

/** One factor of the credit rating: its measured value and how many points it moved the score. */
export interface RatingFactor {
  readonly name: 'weightedAverageDaysOverdue' | 'oldestDaysOverdue' | 'overdueShare' | 'settledShare' | 'partlyPaidShare'
    | 'brokenPromises' | 'missedInstalments' | 'disputes';
  readonly value: number;
  readonly effect: number;
}

export type CreditGrade = 'A' | 'B' | 'C' | 'D';

/** A grade from payment behaviour in the data, with the working. */
export interface CreditRating {
  readonly grade: CreditGrade;
  /** 0–100: 100 minus the penalties of the factors plus their bonuses. */
  readonly score: number;
  readonly factors: readonly RatingFactor[];
}

/** What a credit controller needs to know about one customer. */
export interface CustomerSummary {
  readonly customer: string;
  readonly email?: string;
  /** Invoices in the data for this customer, open or settled. */
  readonly invoices: number;
  readonly openInvoices: number;
  readonly overdueInvoices: number;
  readonly byCurrency: Readonly<Record<CurrencyCode, CurrencyTotals>>;
  /** Days overdue of the oldest open invoice (0 when none is overdue). */
  readonly oldestDaysOverdue: number;
  /** Across currencies: each currency's weighted average, weighted by its number of open invoices (1 decimal). */
  readonly weightedAverageDaysOverdue: number;
  /** The most advanced stage of the customer's invoices, or `null`. */
  readonly stage: StageId | null;
  readonly rating: CreditRating;
}
