import { csvRecord, csvTextCell as text, csvValueCell as value } from '../csv-cell.ts';
import { toDecimalString } from '../money.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { TemplateLang } from './template-locale.ts';

/**
 * The statement of account attached to a `statement` message: one line per open invoice and a
 * total per currency, ISO dates and plain decimals so a spreadsheet reads them as values.
 * UTF-8 with a byte-order mark, so Excel shows Chinese names correctly; text cells are quoted
 * and neutralised against formula injection under any list separator (shared/csv-cell.ts).
 */
export function statementCsv(model: ReminderModel, lang: TemplateLang): string {
  const zh = lang === 'zh-CN';
  const head = zh
    ? ['客户', '发票号', '开票日期', '到期日', '币种', '发票金额', '已付', '未付金额', '逾期天数']
    : ['Customer', 'Invoice', 'Issue date', 'Due date', 'Currency', 'Amount', 'Paid', 'Outstanding', 'Days overdue'];
  let csv = csvRecord(head.map(text));
  for (const inv of model.invoices) {
    csv += csvRecord([
      text(model.customer.name), text(inv.invoice), value(inv.issueDate ?? ''), value(inv.dueDate), text(inv.outstanding.currency),
      value(toDecimalString(inv.amount)), value(toDecimalString(inv.paid)), value(toDecimalString(inv.outstanding)),
      value(String(Math.max(0, inv.daysOverdue))),
    ]);
  }
  for (const t of model.totals) {
    const label = zh ? `合计（截至${model.asOf}）` : `Total as at ${model.asOf}`;
    csv += csvRecord([text(label), '', '', '', text(t.currency), '', '', value(toDecimalString(t.outstanding)), '']);
  }
  return `\uFEFF${csv}`;
}
