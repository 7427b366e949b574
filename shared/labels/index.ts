export { STAGE_LABELS, stageLabel, type LabelLanguage } from './stage-labels.ts';
export { RULE_PRESET_LABELS, rulePresetLabel } from './rule-preset-labels.ts';
export { STATUS_LABELS, statusLabel } from './status-labels.ts';
