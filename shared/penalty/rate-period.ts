import type { PlainDate } from '../plain-date.ts';
import type { Ratio } from '../ratio.ts';
import type { PenaltyWarning } from './penalty-warning.ts';

/**
 * One step of a rule's rate over time. `perDay` is the fraction of the balance charged per
 * day (`unit: 'fraction'`), or an amount in minor units per day (`unit: 'amount'`), or the
 * whole one-off amount in minor units (`unit: 'once'`).
 */
export interface RatePeriod {
  readonly from: PlainDate;
  readonly unit: 'fraction' | 'amount' | 'once';
  readonly perDay: Ratio;
  /** The rate as shown in a segment: per day for daily rules, per month for monthly, per year for annual ones. */
  readonly display: string;
  /** When a segment using this period ends after `date`, the rate is assumed: add `warning`. */
  readonly staleAfter?: { readonly date: PlainDate; readonly warning: PenaltyWarning };
}
