import type { Money } from '../../money.ts';
import type { PlainDate } from '../../plain-date.ts';
import type { Ratio } from '../../ratio.ts';
import type { RateTables } from '../../rates/types.ts';
import type { PenaltyWarning } from '../penalty-warning.ts';
import type { RatePeriod } from '../rate-period.ts';
import type { PenaltyRule, RuleKind } from '../types.ts';

export type BasisLanguage = 'zh-CN' | 'en';

/** Facts about the computation that a basis sentence names. */
export interface BasisFacts {
  readonly currency: string;
  readonly dayCount: number;
  /** UK: the reference date and Bank Rate on it (fixed reading). */
  readonly ukReference?: { readonly date: PlainDate; readonly bankRatePercent: string };
  /** Fixed compensation added, as a decimal string, if any. */
  readonly compensation?: string;
  /** Whether part of the period lies before 2019-08-20 (PBOC benchmark). */
  readonly usesBenchmark?: boolean;
  /** cn-lpr: whether the breach (first overdue day) came before 2019-08-20. */
  readonly breachBeforeLpr?: boolean;
  /** cn-lpr: the PBOC benchmark for the rule's term (percent), named when it is used. */
  readonly benchmarkPercent?: string;
}

/** What a rule's rate schedule is built from. */
export interface ScheduleInput {
  /** First overdue day. */
  readonly start: PlainDate;
  /** Last day computed (as-of). */
  readonly end: PlainDate;
  readonly tables: RateTables;
  readonly warnings: PenaltyWarning[];
  readonly dayCount: 365 | 360;
  /** A rule amount in the case currency as exact minor units. */
  readonly amountMinor: (text: string) => Ratio;
}

/**
 * One rule kind in one place: its rate over time (reference-rate logic), the fixed
 * compensation a statute adds, and the sentence naming its legal basis. The engine
 * (`computePenalty`, the fast calculator) dispatches to these by `kind`.
 */
export interface RuleDefinition<R extends PenaltyRule = PenaltyRule> {
  readonly kinds: readonly RuleKind[];
  /** Rate steps from the first overdue day through `end`. */
  schedule(rule: R, input: ScheduleInput): RatePeriod[];
  /** The currency the statute's fixed sum is written in, when the rule adds one. */
  compensationCurrency?(rule: R): 'GBP' | 'EUR' | undefined;
  /** The fixed sum added once per late invoice, in minor units (0 when none applies). */
  compensation?(rule: R, principal: Money, warnings: PenaltyWarning[]): number;
  /** Extra facts for the basis sentence that depend on the tables (UK reference date). */
  basisFacts?(rule: R, start: PlainDate, tables: RateTables): Partial<BasisFacts>;
  /** One sentence naming the rule and its legal source, fit for a letter. */
  basis(rule: R, lang: BasisLanguage, facts: BasisFacts): string;
}
