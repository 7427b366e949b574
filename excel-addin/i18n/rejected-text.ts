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
  // Dates
  [/^date is empty$/, { en: 'the date is empty', 'zh-CN': '日期为空' }],
  [/^not a date$/, { en: '“{value}” is not a date', 'zh-CN': '“{value}”不是日期' }],
  [/^no such date$/, { en: 'there is no such date as “{value}”', 'zh-CN': '不存在“{value}”这一天' }],
  [/^(?:day and month could be either way round|day and month order is ambiguous)/, {
    en: '“{value}” could be day/month or month/day: choose the date order under Settings',
    'zh-CN': '“{value}”的日和月无法区分先后：请在“设置”中选择日期顺序',
  }],
  [/^day and month order is mixed/, {
    en: 'this column has dates written day first and month first, so “{value}” could be either: choose the date order under Settings',
    'zh-CN': '此列的日期有日在前也有月在前，“{value}”无法确定：请在“设置”中选择日期顺序',
  }],
  [/^before 1900/, { en: '“{value}” is before 1900: not a plausible date for an invoice', 'zh-CN': '“{value}”早于 1900 年，不是合理的发票日期' }],
  [/after 2199/, { en: 'the date falls after 2199: not a plausible date for an invoice', 'zh-CN': '日期晚于 2199 年，不是合理的发票日期' }],
  [/^not a date serial Excel can show$/, { en: 'not a date Excel can show', 'zh-CN': '不是 Excel 可以显示的日期' }],
  [/^due date missing and no invoice date/, { en: 'no due date, and no invoice date to count the payment terms from', 'zh-CN': '没有到期日，也没有可按账期推算的开票日期' }],
  [/^due date missing and payment terms not understood$/, { en: 'no due date, and the payment terms “{value}” cannot be read', 'zh-CN': '没有到期日，且账期“{value}”无法识别' }],
  [/^due date missing and no payment terms$/, { en: 'no due date and no payment terms', 'zh-CN': '没有到期日，也没有账期' }],
  // Amounts
  [/^amount is empty$|^amount missing$/, { en: 'the amount is empty', 'zh-CN': '金额为空' }],
  [/^amount is not a number$/, { en: '“{value}” is not an amount', 'zh-CN': '“{value}”不是金额' }],
  [/^amount (?:is )?too large$/, { en: 'the amount is too large', 'zh-CN': '金额过大' }],
  [/^amount has more decimals than ([A-Z]{3}) has \((\d+)\)$/, { en: '“{value}” has more decimals than {1} has ({2})', 'zh-CN': '“{value}”的小数位多于 {1} 的 {2} 位' }],
  [/^amount has two minus signs/, { en: '“{value}” has two minus signs, so whether it is negative is unclear', 'zh-CN': '“{value}”带有两个负号，无法确定正负' }],
  [/^amount is in ([A-Z]{3}), the row is in ([A-Z]{3})$/, { en: 'the amount is in {1} but the row is in {2}', 'zh-CN': '金额为 {1}，但该行币种为 {2}' }],
  [/^amounts in one row name different currencies \(([A-Z]{3}) and ([A-Z]{3})\)$/, { en: 'the amounts in this row are in two currencies ({1} and {2})', 'zh-CN': '同一行的金额使用了两种币种（{1} 和 {2}）' }],
  [/^the amount is in ([A-Z]{3}) but the currency column says ([A-Z]{3})$/, { en: 'the amount is in {1} but the currency column says {2}', 'zh-CN': '金额为 {1}，但币种列为 {2}' }],
  [/^the lines of this invoice add up to more than/, { en: 'the lines of this invoice add up to more than can be counted exactly', 'zh-CN': '此发票各行合计过大，无法精确计算' }],
  [/^(?:not a currency code or name|currency not recognised)$/, { en: '“{value}” is not a currency', 'zh-CN': '无法识别币种“{value}”' }],
  // Who and which invoice
  [/^customer (?:is empty|missing)$/, { en: 'the customer is empty', 'zh-CN': '客户为空' }],
  [/^invoice number missing: a minus amount/, {
    en: 'no invoice number: a negative amount without one is usually a payment or credit note not yet matched to an invoice',
    'zh-CN': '没有发票号：没有发票号的负数金额通常是尚未核销的收款或贷项',
  }],
  [/^invoice number missing$/, { en: 'the invoice number is empty', 'zh-CN': '发票号为空' }],
  [/^duplicate invoice number, first seen on row (\d+)$/, { en: 'the same invoice number is on row {1}', 'zh-CN': '发票号与第 {1} 行重复' }],
  // The contract's penalty column (违约金 / Late fee): refused, never guessed (shared/penalty/parse-penalty-text.ts)
  [/^penalty not understood: .* is an LPR-based measure/s, {
    en: '“{value}” is measured on the LPR, not an agreed rate: choose an LPR rule for this currency under Settings and leave the cell empty',
    'zh-CN': '“{value}”以 LPR 为标准，不是约定的利率：请在“设置”中为该币种选择 LPR 规则，并清空此单元格',
  }],
  [/^penalty not understood: .* says no period/s, { en: '“{value}” says no period: write per day, per month or per year (e.g. 0.05%/day)', 'zh-CN': '“{value}”没有写明按日、按月还是按年（例如 日万分之五）' }],
  [/^penalty not understood: .* names more than one period/s, { en: '“{value}” names more than one period: write one of per day, per month, per year', 'zh-CN': '“{value}”同时写了多个期间：请只写按日、按月或按年之一' }],
  [/^penalty not understood: .* names more than one rate/s, { en: '“{value}” names more than one rate: put one rate in the cell', 'zh-CN': '“{value}”包含多个比例：每个单元格只写一个' }],
  [/^penalty not understood: .* is a rate of zero/s, { en: '“{value}” is a rate of zero: write “none” for no penalty', 'zh-CN': '“{value}”的比例为零：不计违约金请写“无”' }],
  [/^penalty not understood: .* at least 100 %/s, { en: '“{value}” would charge the whole balance or more each period: check the cell', 'zh-CN': '“{value}”每期达到或超过全部欠款：请检查该单元格' }],
  [/^penalty not understood: /, {
    en: '“{value}” is not a penalty rate the add-in can read, such as 日万分之五, 0.05%/day, 1.5%/month or 8% p.a.',
    'zh-CN': '“{value}”不是可识别的违约金标准，例如 日万分之五、0.05%/日、1.5%/月、年 8%',
  }],
  // Lines of a file that do not fit the table
  [/^this line holds an amount but has nothing in the invoice number or amount columns/, {
    en: 'this line holds an amount outside the amount columns: its cells do not line up with the headers',
    'zh-CN': '此行的金额不在金额列中：各单元格与表头未对齐',
  }],
  [/^this line is separated by/, { en: 'this line uses another separator than the header, so its cells cannot be read', 'zh-CN': '此行使用的分隔符与表头不同，无法读取' }],
  [/^a double quote opens a field here and is never closed$/, { en: 'a double quote opens a cell here and is never closed', 'zh-CN': '此处的双引号没有闭合' }],
  [/^bytes here are not valid UTF-8/, { en: 'this line has characters that cannot be read: correct it and export again', 'zh-CN': '此行含有无法识别的字符：请更正后重新导出' }],
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
