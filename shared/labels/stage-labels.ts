import type { StageId } from '../stage-id.ts';

/** The two languages labels are written in (sheet cells, the pane, the extension, the CLI's tables). */
export type LabelLanguage = 'zh-CN' | 'en';

/**
 * Stage names as credit controllers say them, by language: the one set every front door shows
 * (the add-in's Next stage column and pane, the extension's picker and options, the CLI's tables,
 * the collection log's "why" sentences).
 */
export const STAGE_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<StageId, string>>>> = {
  // Said as what to do next: they read as the Next stage of a row and in the log's "why" sentences.
  en: {
    'courtesy': 'Courtesy reminder', 'friendly': 'Friendly reminder', 'statement': 'Statement / confirm amount',
    'payment-plan': 'Offer payment plan', 'deadline': 'Set a deadline', 'formal-notice': 'Formal notice',
    'final-notice': 'Final notice', 'legal': "Lawyer's letter", 'follow-up': 'Follow up promise',
    'plan-confirmation': 'Confirm plan', 'thank-you': 'Thank you',
  },
  'zh-CN': {
    'courtesy': '到期前提醒', 'friendly': '友好提醒', 'statement': '对账确认', 'payment-plan': '协商还款计划',
    'deadline': '限期付款', 'formal-notice': '正式催告函', 'final-notice': '最后催告', 'legal': '律师函',
    'follow-up': '跟进付款承诺', 'plan-confirmation': '确认还款计划', 'thank-you': '收款致谢',
  },
};

/**
 * The name of a stage in a language.
 *
 * @example
 * stageLabel('formal-notice', 'zh-CN'); // '正式催告函'
 */
export function stageLabel(stage: StageId, lang: LabelLanguage): string {
  return STAGE_LABELS[lang][stage];
}
