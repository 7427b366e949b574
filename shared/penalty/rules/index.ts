export type { RuleDefinition, BasisFacts, BasisLanguage, ScheduleInput } from './rule-definition.ts';
export { ruleDefinition, isRuleKind, RULE_KINDS } from './rule-definitions.ts';
export { CONTRACT_RATES, wanFen, percentText } from './contract-rates.ts';
export { CN_LPR, lprPeriods, lossMeasurePeriods, lprFirstDay } from './cn-lpr.ts';
export { UK_LATE_PAYMENT, ukReferenceDate, ukPeriods, ukFixedSum } from './uk-late-payment.ts';
export { EU_LATE_PAYMENT, euTerms, halfYearlyPeriods, euFixedSum } from './eu-late-payment.ts';
export { NO_PENALTY } from './no-penalty.ts';
export { halfYearStart, percentToFraction } from './statutory-rate-periods.ts';
