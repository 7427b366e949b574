import type { RejectedRow } from '../../shared/import/types.ts';
import { fieldLabel } from './field-labels.ts';
import type { PaneLanguage } from './language.ts';

type Words = Readonly<Record<PaneLanguage, string>>;

/**
 * The core's reasons for rejecting a cell (worded for the CLI, in English), as the pane says
 * them: `{1}`, `{2}` are the pattern's groups, `{value}` the cell. Reasons the table does not
 * know are shown as the core wrote them in English, and as a plain "cannot be read" in Chinese.
 */
const REASONS: ReadonlyArray<readonly [RegExp, Words]> = [
  [/^date is empty$/, { en: 'the date is empty', 'zh-CN': '日期为空' }],
  [/^not a date$/, { en: '“{value}” is not a date', 'zh-CN': '“{value}”不是日期' }],
  [/^no such date$/, { en: 'there is no such date as “{value}”', 'zh-CN': '不存在“{value}”这一天' }],
  [/^day and month could be either way round/, {
    en: '“{value}” could be day/month or month/day: choose the date order under Settings',
    'zh-CN': '“{value}”的日和月无法区分先后：请在“设置”中选择日期顺序',
  }],
  [/^not a date serial Excel can show$/, { en: 'not a date Excel can show', 'zh-CN': '不是 Excel 可以显示的日期' }],
  [/^amount is empty$/, { en: 'the amount is empty', 'zh-CN': '金额为空' }],
  [/^amount is not a number$/, { en: '“{value}” is not an amount', 'zh-CN': '“{value}”不是金额' }],
  [/^amount too large$/, { en: 'the amount is too large', 'zh-CN': '金额过大' }],
  [/^amount is in ([A-Z]{3}), the row is in ([A-Z]{3})$/, { en: 'the amount is in {1} but the row is in {2}', 'zh-CN': '金额为 {1}，但该行币种为 {2}' }],
  [/^amounts in one row name different currencies \(([A-Z]{3}) and ([A-Z]{3})\)$/, { en: 'the amounts in this row are in two currencies ({1} and {2})', 'zh-CN': '同一行的金额使用了两种币种（{1} 和 {2}）' }],
  [/^the amount is in ([A-Z]{3}) but the currency column says ([A-Z]{3})$/, { en: 'the amount is in {1} but the currency column says {2}', 'zh-CN': '金额为 {1}，但币种列为 {2}' }],
  [/^(?:not a currency code or name|currency not recognised)$/, { en: '“{value}” is not a currency', 'zh-CN': '无法识别币种“{value}”' }],
  [/^customer is empty$/, { en: 'the customer is empty', 'zh-CN': '客户为空' }],
  [/^due date missing and no invoice date/, { en: 'no due date, and no invoice date to count the payment terms from', 'zh-CN': '没有到期日，也没有可按账期推算的开票日期' }],
  [/^due date missing and payment terms not understood$/, { en: 'no due date, and the payment terms “{value}” cannot be read', 'zh-CN': '没有到期日，且账期“{value}”无法识别' }],
];

const UNKNOWN: Words = { en: '{reason}', 'zh-CN': '“{value}”无法识别' };

/** Why a row was not taken, in the pane's words and language. */
export function rejectedReasonText(r: RejectedRow, lang: PaneLanguage): string {
  for (const [pattern, words] of REASONS) {
    const m = pattern.exec(r.reason);
    if (m) return fill(words[lang], m, r);
  }
  return fill(UNKNOWN[lang], null, r);
}

/**
 * A rejected row as the sheet's Next stage cell and the pane's list say it: the column by the
 * pane's name for it, then the reason (`Check Due date: there is no such date as “31/02/2026”`).
 */
export function rejectedRowText(r: RejectedRow, lang: PaneLanguage): string {
  const field = fieldLabel(String(r.column), lang);
  return lang === 'zh-CN' ? `请检查${field}：${rejectedReasonText(r, lang)}` : `Check ${field}: ${rejectedReasonText(r, lang)}`;
}

function fill(template: string, m: RegExpExecArray | null, r: RejectedRow): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (k === 'value') return r.value;
    if (k === 'reason') return r.reason;
    return m?.[Number(k)] ?? '';
  });
}
