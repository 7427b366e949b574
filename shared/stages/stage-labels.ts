import type { StageId } from '../stage-id.ts';

/** The two languages labels are written in (sheet cells, the pane, the CLI's tables). */
export type LabelLanguage = 'zh-CN' | 'en';

/**
 * Stage names as credit controllers say them: the one set of labels for sheet cells, the task
 * pane, the CLI's tables and the collection log's "why" sentences.
 */
export const STAGE_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<StageId, string>>>> = {
  en: {
    'courtesy': 'Courtesy reminder', 'friendly': 'Friendly reminder', 'statement': 'Statement / confirm amount',
    'payment-plan': 'Offer payment plan', 'deadline': 'Set a deadline', 'formal-notice': 'Formal notice',
    'final-notice': 'Final notice', 'legal': "Lawyer's letter", 'follow-up': 'Follow up promise',
    'plan-confirmation': 'Confirm plan', 'thank-you': 'Thank you',
  },
  'zh-CN': {
    'courtesy': '到期前提醒', 'friendly': '友好提醒', 'statement': '对账确认', 'payment-plan': '协商还款计划',
    'deadline': '限期付款', 'formal-notice': '正式催告函', 'final-notice': '最后通牒', 'legal': '律师函',
    'follow-up': '跟进付款承诺', 'plan-confirmation': '确认还款计划', 'thank-you': '致谢',
  },
};

/** The label of a stage in a language. */
export function stageLabel(stage: StageId, lang: LabelLanguage): string {
  return STAGE_LABELS[lang][stage];
}
