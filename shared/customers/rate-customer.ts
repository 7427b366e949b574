import type { CreditGrade, CreditRating, RatingFactor } from './types.ts';

/** What the rating is computed from (all measurable in a receivables export). */
export interface PaymentBehaviour {
  readonly weightedAverageDaysOverdue: number;
  readonly oldestDaysOverdue: number;
  /** Share of open invoices that are overdue (0–1). */
  readonly overdueShare: number;
  /** Share of the customer's invoices in the data that are settled (0–1). */
  readonly settledShare: number;
  /** Share of open invoices with a part payment (0–1): a customer who pays something is still engaged. */
  readonly partlyPaidShare: number;
  /**
   * From the collection log, when there is one: promises whose date passed unkept, instalments
   * missed, disputes raised. Without a log these are unknown and left out of the factors.
   */
  readonly log?: { readonly brokenPromises: number; readonly missedInstalments: number; readonly disputes: number };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function oldestEffect(days: number): number {
  if (days > 120) return -20;
  if (days > 90) return -15;
  if (days > 60) return -10;
  if (days > 30) return -5;
  return 0;
}

/**
 * A credit grade from payment behaviour: start at 100; lose half a point per day of weighted
 * average lateness (at most 40), up to 20 for the oldest item, up to 20 for the share of items
 * overdue; gain up to 10 for settled items and 5 for part payments. With a collection log, also
 * lose 10 points per broken promise (at most 30), 5 per missed instalment (at most 20) and 5 per
 * dispute (at most 10): a customer's word is part of its credit. A ≥ 85, B ≥ 70, C ≥ 50, D below.
 */
export function rateCustomer(b: PaymentBehaviour): CreditRating {
  const factors: RatingFactor[] = [
    { name: 'weightedAverageDaysOverdue', value: b.weightedAverageDaysOverdue, effect: -Math.min(40, Math.round(b.weightedAverageDaysOverdue / 2)) },
    { name: 'oldestDaysOverdue', value: b.oldestDaysOverdue, effect: oldestEffect(b.oldestDaysOverdue) },
    { name: 'overdueShare', value: round2(b.overdueShare), effect: -Math.round(20 * b.overdueShare) },
    { name: 'settledShare', value: round2(b.settledShare), effect: Math.round(10 * b.settledShare) },
    { name: 'partlyPaidShare', value: round2(b.partlyPaidShare), effect: Math.round(5 * b.partlyPaidShare) },
    ...(b.log ? [
      { name: 'brokenPromises', value: b.log.brokenPromises, effect: -Math.min(30, 10 * b.log.brokenPromises) },
      { name: 'missedInstalments', value: b.log.missedInstalments, effect: -Math.min(20, 5 * b.log.missedInstalments) },
      { name: 'disputes', value: b.log.disputes, effect: -Math.min(10, 5 * b.log.disputes) },
    ] : []),
  ].map((f) => ({ ...f, effect: f.effect === 0 ? 0 : f.effect })) as RatingFactor[];
  const score = Math.max(0, Math.min(100, 100 + factors.reduce((a, f) => a + f.effect, 0)));
  const grade: CreditGrade = score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 50 ? 'C' : 'D';
  return { grade, score, factors };
}
