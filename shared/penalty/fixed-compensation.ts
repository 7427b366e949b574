import type { Money } from '../money.ts';
import type { PenaltyWarning } from './penalty-warning.ts';
import { ruleDefinition } from './rules/rule-definitions.ts';
import type { PenaltyRule } from './types.ts';

/**
 * The currency a statute's fixed sum is written in, when the rule adds one: GBP for the UK
 * Act, EUR for the Directive (business debtors only). Debts in any other currency get none.
 */
export function compensationCurrency(rule: PenaltyRule): 'GBP' | 'EUR' | undefined {
  return ruleDefinition(rule).compensationCurrency?.(rule);
}

/**
 * The fixed compensation a statutory rule adds once per invoice, in minor units of the case
 * currency (0 when the rule has none, or when the debt is in another currency than the one
 * the statute names: the sum is not converted, a warning says so).
 */
export function fixedCompensation(rule: PenaltyRule, principal: Money, warnings: PenaltyWarning[]): number {
  return ruleDefinition(rule).compensation?.(rule, principal, warnings) ?? 0;
}
