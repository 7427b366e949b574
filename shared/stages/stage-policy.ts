import type { LadderStageId } from '../stage-id.ts';

/** Ladder stages reached by days overdue (everything but `courtesy`, which is before the due date). */
export type OverdueStageId = Exclude<LadderStageId, 'courtesy'>;

/** When each reminder stage is suggested. */
export interface StagePolicy {
  /** A `courtesy` reminder is suggested from this many days before the due date through the due date. */
  readonly courtesyDaysBefore: number;
  /** The first day overdue (1 = the day after the due date) on which each stage applies; ascending. */
  readonly thresholds: Readonly<Record<OverdueStageId, number>>;
  /**
   * Below this outstanding amount no reminder is suggested: a decimal amount per currency code,
   * `default` for currencies not listed (`{ default: "10.00", JPY: "1000" }`).
   */
  readonly minimumBalance: Readonly<Record<string, string>>;
  /** After a promise to pay, `follow-up` is suggested until this many days past the promised date; then the ladder resumes. */
  readonly followUpDays: number;
  /**
   * Days between two contacts with a customer: after a reminder, call or other contact recorded in
   * the collection log, the next step is not suggested before this many days have passed.
   */
  readonly minGapDays: number;
}

/**
 * The default ladder, aligned with the aging buckets (1–30, 31–60, 61–90, 91–120, 120+): remind
 * on the first day late, confirm the amount after two weeks, offer a plan after a month, set a
 * deadline, formal notice with interest from day 61, final notice from day 91, lawyer from day 121.
 */
export const DEFAULT_STAGE_POLICY: StagePolicy = Object.freeze({
  courtesyDaysBefore: 3,
  thresholds: Object.freeze({
    'friendly': 1, 'statement': 15, 'payment-plan': 31, 'deadline': 46, 'formal-notice': 61, 'final-notice': 91, 'legal': 121,
  }),
  minimumBalance: Object.freeze({ default: '10.00' }),
  followUpDays: 7,
  minGapDays: 7,
});
