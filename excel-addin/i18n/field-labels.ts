import type { FieldName } from '../../shared/import/types.ts';
import type { PaneLanguage } from './language.ts';

/** What the pane calls each field a column can map to (never the internal name: `dueDate`). */
export const FIELD_LABELS: Readonly<Record<FieldName, Readonly<Record<PaneLanguage, string>>>> = {
  customer: { en: 'Customer', 'zh-CN': '客户' }, invoice: { en: 'Invoice', 'zh-CN': '发票号' }, email: { en: 'Email', 'zh-CN': '邮箱' },
  phone: { en: 'Phone', 'zh-CN': '电话' }, currency: { en: 'Currency', 'zh-CN': '币种' }, amount: { en: 'Amount', 'zh-CN': '金额' },
  paid: { en: 'Paid', 'zh-CN': '已收' }, outstanding: { en: 'Outstanding', 'zh-CN': '未收' }, issueDate: { en: 'Invoice date', 'zh-CN': '开票日期' },
  dueDate: { en: 'Due date', 'zh-CN': '到期日' }, terms: { en: 'Terms', 'zh-CN': '账期' }, contact: { en: 'Contact', 'zh-CN': '联系人' },
  salesperson: { en: 'Salesperson', 'zh-CN': '业务员' }, penalty: { en: 'Penalty rate', 'zh-CN': '违约金' },
};

/** The pane's name for a field (own names only); a column the core named otherwise is shown as it came. */
export function fieldLabel(field: string, lang: PaneLanguage): string {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS[field as FieldName] as Readonly<Record<PaneLanguage, string>>)[lang] : field;
}
