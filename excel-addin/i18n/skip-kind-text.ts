import type { PaneLanguage } from './language.ts';

/** Why a line is not data, as the pane and the import report sheet say it. */
const KINDS: Readonly<Record<string, Readonly<Record<PaneLanguage, string>>>> = {
  blank: { en: 'blank', 'zh-CN': '空行' },
  preamble: { en: 'title or note above the table', 'zh-CN': '表格上方的标题或说明' },
  header: { en: 'header', 'zh-CN': '表头' },
  section: { en: 'section heading', 'zh-CN': '分组标题' },
  subtotal: { en: 'subtotal', 'zh-CN': '小计' },
  total: { en: 'total', 'zh-CN': '合计' },
  footer: { en: 'note below the table', 'zh-CN': '表格下方的说明' },
  'line-item': { en: 'further line of an invoice', 'zh-CN': '同一发票的其他明细行' },
  void: { en: 'void invoice', 'zh-CN': '已作废的发票' },
  draft: { en: 'draft invoice', 'zh-CN': '草稿发票' },
};

/** The words for a skipped line's kind (own names only); a kind added to the core later shows as it is. */
export function skipKindText(kind: string, lang: PaneLanguage): string {
  return Object.hasOwn(KINDS, kind) ? (KINDS[kind] as Readonly<Record<PaneLanguage, string>>)[lang] : kind;
}
