import type { PaneLanguage } from './language.ts';

/** An error as the pane keeps it: the code it branches on, the details for the curious. */
export interface PaneError {
  readonly code: string;
  readonly detail?: string;
  readonly address?: string;
}

const TEXT: Readonly<Record<string, Readonly<Record<PaneLanguage, string>>>> = {
  'no-data': { en: 'There is no data around the selected cell. Click a cell inside your receivables list and try again.', 'zh-CN': '所选单元格周围没有数据。请点击应收账款表中的任一单元格后重试。' },
  'no-header': { en: 'No header row found. The list needs headers such as Customer, Invoice, Amount, Due date.', 'zh-CN': '没有找到表头。表格需要“客户、发票号、金额、到期日”等列标题。' },
  'missing-columns': { en: 'Some columns the add-in needs are missing or not recognised: {detail}. Choose them under Columns.', 'zh-CN': '缺少或无法识别所需的列：{detail}。请在“列对应”中指定。' },
  'columns-occupied': { en: 'The columns beside your table already hold other data ({address}). Nothing was changed. Move that data or leave empty columns to the right of the table.', 'zh-CN': '表格右侧的列已有其他数据（{address}），未做任何修改。请移走这些数据或在表格右侧留出空列。' },
  'invalid-settings': { en: 'A setting is not valid: {detail}.', 'zh-CN': '设置无效：{detail}。' },
  'settings-not-saved': { en: 'The settings could not be saved in this workbook (is it read-only?). They still apply until you close it.', 'zh-CN': '设置无法保存到此工作簿（是否为只读？）。在关闭前仍然有效。' },
  'no-row': { en: 'Select a cell in an invoice row of the table first.', 'zh-CN': '请先选中表格中某张发票所在行的单元格。' },
  'no-open-invoices': { en: 'This customer has nothing outstanding.', 'zh-CN': '该客户没有未结金额。' },
  'nothing-overdue': { en: 'None of this customer\'s invoices is overdue yet, so this stage does not apply. Choose an earlier stage, such as a courtesy reminder.', 'zh-CN': '该客户尚无逾期发票，此阶段不适用。请选择较早的阶段，例如到期前提醒。' },
  'import-empty': { en: 'No invoices could be read from the file: {detail}', 'zh-CN': '无法从文件中读取任何发票：{detail}' },
  ItemNotFound: { en: 'A sheet or table the add-in needs has been renamed or deleted. Find the table again.', 'zh-CN': '所需的工作表或表格已被重命名或删除。请重新查找表格。' },
  InvalidSelection: { en: 'Several blocks are selected. Click a single cell inside your receivables list and try again.', 'zh-CN': '当前选中了多个区域。请只点击应收账款表中的一个单元格后重试。' },
  InvalidArgument: { en: 'Excel refused a value the add-in sent. Please report this with the details.', 'zh-CN': 'Excel 拒绝了加载项写入的值。请连同详细信息反馈。' },
  InvalidOperationInCellEditMode: { en: 'Excel is in cell edit mode. Press Enter or Esc in the sheet and try again.', 'zh-CN': 'Excel 正在编辑单元格。请在表格中按 Enter 或 Esc 后重试。' },
  RequestPayloadSizeLimitExceeded: { en: 'The sheet is too large to send in one go. Please report this with the details.', 'zh-CN': '数据量过大，无法一次发送。请连同详细信息反馈。' },
  ResponsePayloadSizeLimitExceeded: { en: 'The sheet is too large to read in one go. Please report this with the details.', 'zh-CN': '数据量过大，无法一次读取。请连同详细信息反馈。' },
  AccessDenied: { en: 'The workbook is protected or read-only. Unprotect the sheet and try again.', 'zh-CN': '工作簿受保护或为只读。请取消保护后重试。' },
  ItemAlreadyExists: { en: 'A sheet or table with that name already exists.', 'zh-CN': '同名的工作表或表格已存在。' },
  GeneralException: { en: 'Excel could not complete the action. Try again; if it persists, report it with the details.', 'zh-CN': 'Excel 无法完成该操作。请重试；如仍失败，请连同详细信息反馈。' },
};

const UNKNOWN = { en: 'Something went wrong ({code}).', 'zh-CN': '出现问题（{code}）。' } as const;

/** The error in plain words, chosen by its code (never by its message). */
export function errorText(error: PaneError, lang: PaneLanguage): string {
  const template = TEXT[error.code]?.[lang] ?? UNKNOWN[lang];
  return template.replace('{detail}', error.detail ?? '').replace('{address}', error.address ?? '').replace('{code}', error.code);
}

/** Turns anything thrown (an Office.js error with `code`, or a plain Error) into a pane error. */
export function paneErrorFrom(e: unknown): PaneError {
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'GeneralException';
  const detail = e instanceof Error ? e.message : String(e);
  return { code, detail };
}
