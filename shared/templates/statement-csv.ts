import { toDecimalString } from '../money.ts';
import { neutraliseFormula } from '../neutralise-formula.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { TemplateLang } from './template-locale.ts';

function cell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The statement of account attached to a `statement` message: one line per open invoice and a
 * total per currency, ISO dates and plain decimals so a spreadsheet reads them as values.
 * UTF-8 with a byte-order mark, so Excel shows Chinese names correctly; text cells are
 * neutralised against formula injection.
 */
export function statementCsv(model: ReminderModel, lang: TemplateLang): string {
  const zh = lang === 'zh-CN';
  const head = zh
    ? ['客户', '发票号', '开票日期', '到期日', '币种', '发票金额', '已付', '未付金额', '逾期天数']
    : ['Customer', 'Invoice', 'Issue date', 'Due date', 'Currency', 'Amount', 'Paid', 'Outstanding', 'Days overdue'];
  const lines = [head.map(cell).join(',')];
  for (const inv of model.invoices) {
    lines.push([
      cell(model.customer.name), cell(inv.invoice), inv.issueDate ?? '', inv.dueDate, inv.outstanding.currency,
      toDecimalString(inv.amount), toDecimalString(inv.paid), toDecimalString(inv.outstanding), String(Math.max(0, inv.daysOverdue)),
    ].join(','));
  }
  for (const t of model.totals) {
    lines.push([cell(zh ? `合计（截至${model.asOf}）` : `Total as at ${model.asOf}`), '', '', '', t.currency, '', '', toDecimalString(t.outstanding), ''].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
