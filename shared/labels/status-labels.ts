import type { CollectionStatus } from '../collection/collection-status.ts';
import type { LabelLanguage } from './stage-labels.ts';

/**
 * A case's status (DESIGN.md, "Collection log") as a bookkeeper says it, by language: the words of
 * the extension's history and of the add-in's Status column and Today view.
 */
export const STATUS_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<CollectionStatus, string>>>> = {
  en: {
    'open': 'Open', 'waiting': 'Waiting', 'promised': 'Promised to pay', 'broken-promise': 'Promise broken',
    'plan': 'On an instalment plan', 'plan-missed': 'Instalment missed', 'disputed': 'Disputed', 'paused': 'Paused',
    'with-counsel': 'With counsel', 'paid': 'Paid',
  },
  'zh-CN': {
    'open': '待催收', 'waiting': '等待中', 'promised': '已承诺付款', 'broken-promise': '承诺未兑现',
    'plan': '分期还款中', 'plan-missed': '分期逾期未付', 'disputed': '有异议', 'paused': '暂停催收',
    'with-counsel': '已交律师', 'paid': '已结清',
  },
};

/**
 * The name of a status in a language.
 *
 * @example
 * statusLabel('broken-promise', 'zh-CN'); // '承诺未兑现'
 */
export function statusLabel(status: CollectionStatus, lang: LabelLanguage): string {
  return STATUS_LABELS[lang][status];
}
