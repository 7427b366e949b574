export type {
  DecimalString, Cap, RuleOptions, PenaltyRule, RuleKind, Payment, PenaltyCase, PenaltySegment, LossCheck, PenaltyResult,
} from './types.ts';
export { computePenalty, firstOverdueDay, type PenaltyOptions } from './compute-penalty.ts';
export { parsePenaltyCase } from './parse-penalty-case.ts';
export { parseRule } from './parse-rule.ts';
export type { FieldError } from './parse-decimal-field.ts';
export { penaltyResultToJson } from './penalty-result-to-json.ts';
export { RULE_PRESETS, rulePreset } from './rule-presets.ts';
export { createPenaltyCalculator, type QuickPenalty, type PenaltyCalculator } from './create-penalty-calculator.ts';
export { penaltyBasis, type BasisLanguage } from './penalty-basis.ts';
export { lastPaymentDay } from './last-payment-day.ts';
export {
  penaltyWarningText, assumedTables, assumedMarker, moneyText,
  type PenaltyWarning, type ReferenceTableId, type WarningLanguage,
} from './penalty-warning.ts';
export { ukReferenceDate, halfYearStart, ruleDefinition, isRuleKind, RULE_KINDS } from './rules/index.ts';
export type { RateTables } from '../rates/types.ts';
export { parsePenaltyText, chineseNumber, type PenaltyTextError } from './parse-penalty-text.ts';
export {
  parseRuleSelection, ruleSelectionFromFlags, ruleFromPenaltyText, selectRule, selectsAnyRule, ruleLabel, EMPTY_RULE_SELECTION,
  type RuleChoice, type RuleSelection, type RuleSelectionError,
} from './rule-selection.ts';
export { createSelectedPenaltyCalculator, type SelectableInvoice, type SelectedPenalty } from './create-selected-penalty-calculator.ts';
