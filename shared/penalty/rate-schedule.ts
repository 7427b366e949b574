import type { PlainDate } from '../plain-date.ts';
import type { Ratio } from '../ratio.ts';
import type { RateTables } from '../rates/types.ts';
import type { PenaltyWarning } from './penalty-warning.ts';
import type { RatePeriod } from './rate-period.ts';
import { ruleDefinition } from './rules/rule-definitions.ts';
import type { PenaltyRule } from './types.ts';

/** The day count a rule divides annual rates by: `monthly-rate` defaults to 360 (a 30-day month), the others to 365. */
export function ruleDayCount(rule: PenaltyRule): 365 | 360 {
  return rule.dayCount ?? (rule.kind === 'monthly-rate' ? 360 : 365);
}

/**
 * The rate steps of a rule from the first overdue day through `end`, from the rule's own file
 * under `rules/`. Contract rules have one step; statutory ones follow their tables.
 * `amountMinor` converts the rule's amounts into minor units of the case currency.
 */
export function rateSchedule(
  rule: PenaltyRule, start: PlainDate, end: PlainDate, tables: RateTables, warnings: PenaltyWarning[],
  amountMinor: (text: string) => Ratio,
): RatePeriod[] {
  return ruleDefinition(rule).schedule(rule, { start, end, tables, warnings, dayCount: ruleDayCount(rule), amountMinor });
}
