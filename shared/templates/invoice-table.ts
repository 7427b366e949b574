import { add, isZero } from '../money.ts';
import type { BlockTable, TableCell } from './block-table.ts';
import { formatDate } from './format-date.ts';
import { formatMoney } from './format-money.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { TemplateLang, TemplateLocale } from './template-locale.ts';

const LABELS = {
  en: { invoice: 'Invoice', issued: 'Issued', due: 'Due', amount: 'Amount', paid: 'Paid', outstanding: 'Outstanding', days: 'Days overdue', dueIn: 'Due in', penalty: 'Late charge', total: 'Total' },
  'zh-CN': { invoice: '发票号', issued: '开票日期', due: '到期日', amount: '发票金额', paid: '已付', outstanding: '未付金额', days: '逾期天数', dueIn: '距到期日', penalty: '违约金/利息', total: '合计' },
} as const;

/** How a day count reads in the table: `83`, `due today`, `due in 5 days` (`5 days` under a "Due in" header). */
function daysCell(days: number, lang: TemplateLang, anyOverdue: boolean): string {
  if (days > 0) return String(days);
  if (!anyOverdue && days < 0) return lang === 'zh-CN' ? `${-days}天` : `${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return lang === 'zh-CN' ? '今日到期' : 'due today';
  return lang === 'zh-CN' ? `${-days}天后到期` : `due in ${-days} day${days === -1 ? '' : 's'}`;
}

/**
 * The table of a customer's open invoices with one totals row per currency. Columns that would be
 * empty for every invoice (issue date, paid) are left out; the penalty column appears only when
 * `showPenalty` and a penalty was computed.
 */
export function invoiceTable(model: ReminderModel, lang: TemplateLang, locale: TemplateLocale, showPenalty: boolean): BlockTable {
  const l = LABELS[lang];
  const withIssued = model.invoices.some((i) => i.issueDate !== undefined);
  const withPaid = model.invoices.some((i) => !isZero(i.paid));
  const withPenalty = showPenalty && model.invoices.some((i) => i.penalty !== undefined);
  const anyOverdue = model.invoices.some((i) => i.daysOverdue > 0);
  const right = (text: string): TableCell => ({ text, align: 'right' });
  const head: TableCell[] = [{ text: l.invoice }];
  if (withIssued) head.push({ text: l.issued });
  head.push({ text: l.due }, right(l.amount));
  if (withPaid) head.push(right(l.paid));
  head.push(right(l.outstanding), right(anyOverdue ? l.days : l.dueIn));
  if (withPenalty) head.push(right(l.penalty));
  const rows = model.invoices.map((inv) => {
    const cells: TableCell[] = [{ text: inv.invoice }];
    if (withIssued) cells.push({ text: inv.issueDate === undefined ? '' : formatDate(inv.issueDate, locale) });
    cells.push({ text: formatDate(inv.dueDate, locale) }, right(formatMoney(inv.amount, locale)));
    if (withPaid) cells.push(right(formatMoney(inv.paid, locale)));
    cells.push(right(formatMoney(inv.outstanding, locale)), right(daysCell(inv.daysOverdue, lang, anyOverdue)));
    if (withPenalty) {
      cells.push(right(inv.penalty === undefined ? '' : formatMoney(add(inv.penalty.outstanding.penalty, inv.penalty.compensation), locale)));
    }
    return cells;
  });
  const foot = model.totals.map((t) => {
    const cells: TableCell[] = [{ text: model.totals.length > 1 ? `${l.total} (${t.currency})` : l.total }];
    if (withIssued) cells.push({ text: '' });
    cells.push({ text: '' }, { text: '' });
    if (withPaid) cells.push({ text: '' });
    cells.push(right(formatMoney(t.outstanding, locale)), { text: '' });
    if (withPenalty) cells.push(right(formatMoney(add(t.penalty, t.compensation), locale)));
    return cells;
  });
  return { head, rows, foot };
}
