import type { PenaltyRule } from '../types.ts';
import type { RuleDefinition } from './rule-definition.ts';

type NoneRule = Extract<PenaltyRule, { kind: 'none' }>;

/** `none`: nothing is charged (a clause without a penalty, or a customer the user does not charge). */
export const NO_PENALTY: RuleDefinition<NoneRule> = {
  kinds: ['none'],
  schedule: () => [],
  basis: (_rule, lang) => (lang === 'zh-CN' ? '本规则不计逾期付款违约金或利息。' : 'No late-payment penalty or interest is charged under this rule.'),
};
