import { ruleDefinition } from './rules/rule-definitions.ts';
import type { BasisFacts, BasisLanguage } from './rules/rule-definition.ts';
import type { PenaltyRule } from './types.ts';

export type { BasisFacts, BasisLanguage } from './rules/rule-definition.ts';

/**
 * One sentence naming the rule and its legal source, fit to paste into a letter (the wording
 * lives with each rule under `rules/`). Contract rules cite 民法典 第585条 (agreed liquidated
 * damages); statutory ones their statute.
 */
export function penaltyBasis(rule: PenaltyRule, lang: BasisLanguage, facts: BasisFacts): string {
  return ruleDefinition(rule).basis(rule, lang, facts);
}
