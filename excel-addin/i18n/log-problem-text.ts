import type { LogColumn, LogProblem, LogProblemCode } from '../../shared/log/index.ts';
import type { PaneLanguage } from './language.ts';

type Words = Readonly<Record<PaneLanguage, string>>;

/** The log's columns as the pane names them. */
const COLUMN_NAMES: Readonly<Record<LogColumn, Words>> = {
  date: { en: 'date', 'zh-CN': '日期' }, customer: { en: 'customer', 'zh-CN': '客户' }, invoices: { en: 'invoices', 'zh-CN': '发票' },
  action: { en: 'action', 'zh-CN': '类型' }, stage: { en: 'stage', 'zh-CN': '阶段' }, channel: { en: 'channel', 'zh-CN': '方式' },
  amount: { en: 'amount', 'zh-CN': '金额' }, currency: { en: 'currency', 'zh-CN': '币种' }, until: { en: 'until', 'zh-CN': '截止日' },
  reason: { en: 'reason', 'zh-CN': '原因' }, note: { en: 'note', 'zh-CN': '备注' }, by: { en: 'by', 'zh-CN': '记录人' },
};

/** Why, in Chinese, by the validator's stable code (its English reasons are already plain words). */
const ZH_REASONS: Readonly<Record<LogProblemCode, string>> = {
  'required': '为空，请填写',
  'invalid-date': '不是有效日期（应写作 YYYY-MM-DD，如 2026-12-07）',
  'unknown-action': '不是可识别的记录类型（reminder、call、promise、plan、dispute、resolved、pause、resume、acknowledged、payment、legal、note）',
  'unknown-stage': '不是可识别的催收阶段',
  'unknown-channel': '不是可识别的联系方式（email、phone、letter、sms、wechat、visit）',
  'invalid-amount': '不是有效金额（数字，小数位数不超过币种的位数）',
  'invalid-currency': '币种无效或缺失：有金额时请填写三个字母的币种代码，如 CNY',
  'until-before-date': '早于发生日期',
};

/** A log column's name in the pane's language (columns the user added keep their header). */
export function logColumnName(column: string, lang: PaneLanguage): string {
  return Object.hasOwn(COLUMN_NAMES, column) ? COLUMN_NAMES[column as LogColumn][lang] : column;
}

/** One problem in words: `amount "12,5x": is not an amount` / `金额“12,5x”：不是有效金额…`. */
export function logProblemText(p: LogProblem, lang: PaneLanguage): string {
  const value = p.value === '' ? '' : lang === 'zh-CN' ? `“${p.value}”` : ` "${p.value}"`;
  return lang === 'zh-CN' ? `${logColumnName(p.column, lang)}${value}${ZH_REASONS[p.code]}` : `${logColumnName(p.column, lang)}${value} ${p.reason}`;
}

/**
 * Why a row could not be recorded, in both languages, for the pane's error bar: the log is
 * unchanged, then each problem of the row (a promise without its date, an amount without its
 * currency…).
 */
export function logRefusalWords(problems: readonly LogProblem[]): Words {
  return {
    en: `Nothing was recorded (the log is unchanged): ${problems.map((p) => logProblemText(p, 'en')).join('; ')}.`,
    'zh-CN': `未记入（催收记录未改动）：${problems.map((p) => logProblemText(p, 'zh-CN')).join('；')}。`,
  };
}

/** Why the log table cannot be read or added to (its header, a deleted column), in both languages. */
export function logSheetErrorWords(e: { readonly code: 'log-header' | 'log-columns-missing'; readonly address: string; readonly column?: string; readonly message: string }): Words {
  if (e.code === 'log-columns-missing') {
    const column = e.column ?? '';
    return {
      en: `The collection log table has no "${logColumnName(column, 'en')}" column any more, so this row cannot be recorded; nothing was changed. Add the column "${column}" back to the table's header (${e.address}).`,
      'zh-CN': `催收记录表中已没有“${logColumnName(column, 'zh-CN')}”列，无法记入此行，未做任何修改。请在表头（${e.address}）中重新添加列“${column}”。`,
    };
  }
  return {
    en: `The collection log's header row (${e.address}) is not a log header: it needs the columns date, customer and action, each once. Nothing was read or changed.`,
    'zh-CN': `催收记录的表头（${e.address}）不符合要求：必须包含 date、customer、action 列且不可重复。未读取或修改任何内容。`,
  };
}

/** Why pasted text is not a log at all (its first line is no log header), in both languages. */
export function pastedLogWords(e: { readonly row: number }): Words {
  return {
    en: `The pasted text is not a collection log: line ${e.row} should be its header (date, customer, invoices, action, stage, channel, amount, currency, until, reason, note, by). Nothing was added.`,
    'zh-CN': `粘贴的内容不是催收记录：第 ${e.row} 行应为表头（date, customer, invoices, action, stage, channel, amount, currency, until, reason, note, by）。未添加任何内容。`,
  };
}
