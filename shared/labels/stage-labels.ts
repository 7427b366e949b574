import type { StageId } from '../stage-id.ts';
import type { TemplateLang } from '../templates/template-locale.ts';

/**
 * Stage names as credit controllers say them, by language: the one set every front door shows
 * (the add-in's Next stage column and pane, the extension's picker and options).
 */
export const STAGE_LABELS: Readonly<Record<TemplateLang, Readonly<Record<StageId, string>>>> = {
  // Short enough for a row of buttons in a 350 px pane or the webmail picker, and for a sheet column.
  en: {
    'courtesy': 'Courtesy', 'friendly': 'Friendly', 'statement': 'Statement', 'payment-plan': 'Payment plan',
    'deadline': 'Deadline', 'formal-notice': 'Formal notice', 'final-notice': 'Final notice', 'legal': "Lawyer's letter",
    'follow-up': 'Follow-up', 'plan-confirmation': 'Plan confirmation', 'thank-you': 'Thank you',
  },
  'zh-CN': {
    'courtesy': '到期提醒', 'friendly': '友好提醒', 'statement': '对账确认', 'payment-plan': '分期方案',
    'deadline': '限期付款', 'formal-notice': '正式催告函', 'final-notice': '最后催告', 'legal': '律师函',
    'follow-up': '承诺跟进', 'plan-confirmation': '分期确认', 'thank-you': '收款致谢',
  },
};

/**
 * The name of a stage in a language.
 *
 * @example
 * stageLabel('formal-notice', 'zh-CN'); // '正式催告函'
 */
export function stageLabel(stage: StageId, lang: TemplateLang): string {
  return STAGE_LABELS[lang][stage];
}
