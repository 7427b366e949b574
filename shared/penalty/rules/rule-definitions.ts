import type { PenaltyRule, RuleKind } from '../types.ts';
import { CN_LPR } from './cn-lpr.ts';
import { CONTRACT_RATES } from './contract-rates.ts';
import { EU_LATE_PAYMENT } from './eu-late-payment.ts';
import { NO_PENALTY } from './no-penalty.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { UK_LATE_PAYMENT } from './uk-late-payment.ts';

// A Map, not an object: a kind read from user JSON (`constructor`, `__proto__`) finds nothing.
const BY_KIND = new Map<string, RuleDefinition>();
for (const d of [NO_PENALTY, CONTRACT_RATES, CN_LPR, UK_LATE_PAYMENT, EU_LATE_PAYMENT] as readonly RuleDefinition<never>[]) {
  for (const k of d.kinds) BY_KIND.set(k, d as unknown as RuleDefinition);
}

/** The rule kinds the engine knows, in the order they are documented. */
export const RULE_KINDS: readonly RuleKind[] = [...BY_KIND.keys()] as RuleKind[];

/** Whether a string is a rule kind (own entries only). */
export function isRuleKind(kind: string): kind is RuleKind {
  return BY_KIND.has(kind);
}

/** The definition (schedule, compensation, basis) of a rule's kind. */
export function ruleDefinition(rule: PenaltyRule): RuleDefinition {
  const d = BY_KIND.get(rule.kind);
  if (!d) throw new TypeError(`unknown rule kind: ${String(rule.kind)}`);
  return d;
}
