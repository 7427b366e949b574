import type { RejectedRow } from '../../shared/import/types.ts';
import { fieldLabel } from './field-labels.ts';
import type { PaneLanguage } from './language.ts';
import { rejectedReasonText } from './rejected-text.ts';

/** An error as the pane keeps it: the code it branches on and what the words need (plain data). */
export interface PaneError {
  readonly code: string;
  /** Technical detail (an exception's message): logged for support, never shown. */
  readonly detail?: string;
  /** Address the user should look at (`Sheet1!K7`). */
  readonly address?: string;
  /** Fields missing or at fault: shown by the pane's names for them (missing columns) or as the setting to correct. */
  readonly fields?: readonly string[];
  /** The first row of a file that could not be read (an import that took nothing). */
  readonly rejected?: RejectedRow;
  /** The file an import came from. */
  readonly file?: string;
  /** The whole message already in plain words in both languages (the collection log's refusals: log-problem-text). */
  readonly words?: Readonly<Record<PaneLanguage, string>>;
}

type Words = Readonly<Record<PaneLanguage, string>>;

const TEXT: Readonly<Record<string, Words>> = {
  'no-data': { en: 'There is no data around the selected cell. Click a cell inside your receivables list and try again.', 'zh-CN': '所选单元格周围没有数据。请点击应收账款表中的任一单元格后重试。' },
  'no-header': { en: 'No header row found. The list needs headers such as Customer, Invoice, Amount, Due date.', 'zh-CN': '没有找到表头。表格需要“客户、发票号、金额、到期日”等列标题。' },
  'missing-columns': { en: 'The add-in cannot tell which column holds: {fields}. Choose them under Columns.', 'zh-CN': '无法确定以下内容在哪一列：{fields}。请在“列对应”中选择。' },
  'columns-occupied': { en: 'The columns beside your table already hold other data ({address}). Nothing was changed. Move that data or leave empty columns to the right of the table.', 'zh-CN': '表格右侧的列已有其他数据（{address}），未做任何修改。请移走这些数据或在表格右侧留出空列。' },
  'settings-not-saved': { en: 'The settings could not be saved in this workbook (is it read-only?). They still apply until you close it.', 'zh-CN': '设置无法保存到此工作簿（是否为只读？）。在关闭前仍然有效。' },
  'no-row': { en: 'Select a cell in an invoice row of the table first.', 'zh-CN': '请先选中表格中某张发票所在行的单元格。' },
  'no-open-invoices': { en: 'This customer has nothing outstanding.', 'zh-CN': '该客户没有未结金额。' },
  'nothing-overdue': { en: 'None of this customer\'s invoices is overdue yet, so this stage does not apply. Choose an earlier stage, such as a courtesy reminder.', 'zh-CN': '该客户尚无逾期发票，此阶段不适用。请选择较早的阶段，例如到期前提醒。' },
  'import-empty': { en: 'No invoices could be read from {file}.', 'zh-CN': '无法从 {file} 读取任何发票。' },
  ItemNotFound: { en: 'A sheet or table the add-in needs has been renamed or deleted. Find the table again.', 'zh-CN': '所需的工作表或表格已被重命名或删除。请重新查找表格。' },
  InvalidSelection: { en: 'Several blocks are selected. Click a single cell inside your receivables list and try again.', 'zh-CN': '当前选中了多个区域。请只点击应收账款表中的一个单元格后重试。' },
  InvalidArgument: { en: 'Excel refused a value the add-in sent, and nothing was changed. Try again; if it happens again, tell your administrator what you were doing.', 'zh-CN': 'Excel 拒绝了加载项写入的值，未做任何修改。请重试；如再次出现，请告知管理员当时的操作。' },
  InvalidOperationInCellEditMode: { en: 'Excel is in cell edit mode. Press Enter or Esc in the sheet and try again.', 'zh-CN': 'Excel 正在编辑单元格。请在表格中按 Enter 或 Esc 后重试。' },
  RequestPayloadSizeLimitExceeded: { en: 'The sheet is too large to send to Excel in one go, and nothing was changed. Try again with fewer rows selected.', 'zh-CN': '数据量过大，无法一次写入 Excel，未做任何修改。请减少行数后重试。' },
  ResponsePayloadSizeLimitExceeded: { en: 'The sheet is too large to read in one go. Try again with fewer rows.', 'zh-CN': '数据量过大，无法一次读取。请减少行数后重试。' },
  AccessDenied: { en: 'The workbook is protected or read-only. Unprotect the sheet and try again.', 'zh-CN': '工作簿受保护或为只读。请取消保护后重试。' },
  ItemAlreadyExists: { en: 'A sheet or table with that name already exists.', 'zh-CN': '同名的工作表或表格已存在。' },
  GeneralException: { en: 'Excel could not complete the action. Try again; if it keeps happening, close and reopen the workbook.', 'zh-CN': 'Excel 无法完成该操作。请重试；如仍失败，请关闭并重新打开工作簿。' },
};

/** What is wrong with a setting, by the setting (fields from the settings check: `asOf`, `cap.percentOfPrincipal`…). */
const SETTINGS: ReadonlyArray<readonly [RegExp, Words]> = [
  [/^asOf$/, { en: 'The “As of” date under Settings is not a date. Correct it, or leave it empty for today.', 'zh-CN': '“设置”中的计算日不是有效日期。请改正，或留空表示今天。' }],
  [/^(rule|rulePreset|kind)$/, { en: 'Choose a penalty rule under Settings.', 'zh-CN': '请在“设置”中选择违约金规则。' }],
  [/^graceDays$/, { en: 'Grace days under Settings must be a whole number of days (0 or more).', 'zh-CN': '“设置”中的宽限天数必须是不小于 0 的整数。' }],
  [/^cap\b/, { en: 'The cap under Settings must be a percentage such as 30, or empty for no cap.', 'zh-CN': '“设置”中的上限必须是百分比数字（如 30），或留空表示不设上限。' }],
  [/^buckets?\b/, { en: 'The aging buckets under Settings must be increasing numbers of days, such as 30,60,90,180.', 'zh-CN': '“设置”中的账龄区间必须是递增的天数，例如 30,60,90,180。' }],
  [/^(thresholds|policy|minimum)\b/, { en: 'The day each stage starts from (under Settings) must grow from one stage to the next.', 'zh-CN': '“设置”中各催收阶段的起始逾期天数必须逐级递增。' }],
  [/^currency$/, { en: 'The currency under Settings must be a three-letter code such as USD, or Automatic.', 'zh-CN': '“设置”中的币种必须是三个字母的代码（如 CNY），或选择“自动”。' }],
];
const SETTINGS_OTHER: Words = { en: 'A setting is not valid. Check the values under Settings.', 'zh-CN': '某项设置无效，请检查“设置”中的内容。' };

const UNKNOWN: Words = {
  en: 'The add-in could not finish. Nothing was lost; try again, and if it keeps happening, close and reopen the add-in.',
  'zh-CN': '加载项未能完成操作，数据没有丢失。请重试；如仍失败，请关闭后重新打开加载项。',
};

/**
 * The error in plain words in the pane's language, chosen by its code (never by an exception's
 * message, which may be in Office's language); no internal code, field name or flag is shown.
 */
export function errorText(error: PaneError, lang: PaneLanguage): string {
  if (error.words) return error.words[lang];
  if (error.code === 'invalid-settings') {
    const field = error.fields?.[0] ?? '';
    return (SETTINGS.find(([p]) => p.test(field))?.[1] ?? SETTINGS_OTHER)[lang];
  }
  const words = Object.hasOwn(TEXT, error.code) ? TEXT[error.code] as Words : UNKNOWN;
  const list = (error.fields ?? []).map((f) => fieldLabel(f, lang)).join(lang === 'zh-CN' ? '、' : ', ');
  let text = words[lang].replace('{fields}', list).replace('{address}', error.address ?? '')
    .replace('{file}', error.file ?? (lang === 'zh-CN' ? '该文件' : 'the file'));
  if (error.code === 'import-empty' && error.rejected) {
    const r = error.rejected;
    const field = fieldLabel(String(r.column), lang);
    text += lang === 'zh-CN' ? `第 ${r.row} 行“${field}”：${rejectedReasonText(r, lang)}。` : ` Row ${r.row}, ${field}: ${rejectedReasonText(r, lang)}.`;
  }
  return text;
}

/** Turns anything thrown (an Office.js error with `code`, or a plain Error) into a pane error. */
export function paneErrorFrom(e: unknown): PaneError {
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'GeneralException';
  const detail = e instanceof Error ? e.message : String(e);
  return { code, detail };
}
