import type { LabelLanguage } from './stage-labels.ts';

/**
 * What the core's rule presets (`RULE_PRESETS`) are called for people, by language: the one set
 * the add-in's rule picker and the extension's options page show.
 */
export const RULE_PRESET_LABELS: Readonly<Record<string, Readonly<Record<LabelLanguage, string>>>> = {
  'cn-contract-0.05pct-daily': { en: 'China, agreed penalty: 0.05 % a day', 'zh-CN': '合同约定违约金：每日万分之五' },
  'cn-lpr-1.5x': { en: 'China, no agreed penalty: 1-year LPR + 50 %', 'zh-CN': '未约定违约金：一年期 LPR 加计 50%' },
  'cn-lpr-1.3x': { en: 'China, no agreed penalty: 1-year LPR + 30 %', 'zh-CN': '未约定违约金：一年期 LPR 加计 30%' },
  'cn-lpr-1x': { en: 'China: interest at the 1-year LPR', 'zh-CN': '资金占用利息：一年期 LPR' },
  'uk-late-payment': { en: 'UK Late Payment Act: Bank Rate + 8 %, £40–100', 'zh-CN': '英国逾期付款法：基准利率 + 8%，定额补偿' },
  'de-b2b': { en: 'Germany, business debtor: base rate + 9, €40', 'zh-CN': '德国企业间：基础利率 + 9 个百分点，40 欧元' },
  'de-consumer': { en: 'Germany, consumer debtor: base rate + 5', 'zh-CN': '德国消费者：基础利率 + 5 个百分点' },
  'eu-b2b': { en: 'EU Late Payment Directive: ECB rate + 8, €40', 'zh-CN': '欧盟逾期付款指令：欧洲央行利率 + 8 个百分点，40 欧元' },
  'us-1.5pct-monthly': { en: 'US late charge: 1.5 % a month', 'zh-CN': '美国滞纳金：每月 1.5%' },
  'none': { en: 'No penalty or interest', 'zh-CN': '不计违约金或利息' },
};

/**
 * The name of a rule preset in a language; the preset id for a preset not named here (own
 * properties only: a preset string may come from a user's file).
 *
 * @example
 * rulePresetLabel('uk-late-payment', 'en'); // 'UK Late Payment Act: Bank Rate + 8 %'
 */
export function rulePresetLabel(preset: string, lang: LabelLanguage): string {
  return Object.hasOwn(RULE_PRESET_LABELS, preset) ? (RULE_PRESET_LABELS[preset] as Readonly<Record<LabelLanguage, string>>)[lang] : preset;
}
