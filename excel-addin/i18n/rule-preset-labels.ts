import type { PaneLanguage } from './language.ts';

/** What the core's rule presets are called in the rule picker (the id is shown for any preset added later). */
const LABELS: Readonly<Record<string, Readonly<Record<PaneLanguage, string>>>> = {
  'cn-contract-0.05pct-daily': { en: 'China contract: 0.05 % a day', 'zh-CN': '合同约定：每日万分之五' },
  'cn-lpr-1.5x': { en: 'China, no agreed penalty: 1-year LPR + 50 %', 'zh-CN': '未约定违约金：一年期LPR加计50%' },
  'cn-lpr-1.3x': { en: 'China, no agreed penalty: 1-year LPR + 30 %', 'zh-CN': '未约定违约金：一年期LPR加计30%' },
  'cn-lpr-1x': { en: 'China: interest at the 1-year LPR', 'zh-CN': '资金占用利息：一年期LPR' },
  'uk-late-payment': { en: 'UK Late Payment Act: Bank Rate + 8 %', 'zh-CN': '英国逾期付款法：基准利率+8%' },
  'de-b2b': { en: 'Germany B2B (BGB §288(2)): base rate + 9 points', 'zh-CN': '德国企业间（BGB §288(2)）：基础利率+9个百分点' },
  'de-consumer': { en: 'Germany, consumer owes (BGB §288(1)): base rate + 5 points', 'zh-CN': '德国消费者（BGB §288(1)）：基础利率+5个百分点' },
  'eu-b2b': { en: 'EU Late Payment Directive: ECB rate + 8 points', 'zh-CN': '欧盟逾期付款指令：欧洲央行利率+8个百分点' },
  'us-1.5pct-monthly': { en: 'US late charge: 1.5 % a month', 'zh-CN': '美国滞纳金：每月1.5%' },
  'none': { en: 'No penalty', 'zh-CN': '不计违约金' },
};

/** The name of a rule preset in the pane's language, with its id for presets not named here. */
export function rulePresetLabel(preset: string, lang: PaneLanguage): string {
  return LABELS[preset]?.[lang] ?? preset;
}
