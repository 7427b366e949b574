import type { BlockTable } from './block-table.ts';
import { formatDate } from './format-date.ts';
import { formatMoney } from './format-money.ts';
import { joinList } from './join-list.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { TemplateLang, TemplateLocale } from './template-locale.ts';

/** The instalment plan as a table: number, date, amount (one amount per currency owed). */
export function planTable(model: ReminderModel, lang: TemplateLang, locale: TemplateLocale): BlockTable {
  const zh = lang === 'zh-CN';
  const instalments = model.plan?.instalments ?? [];
  return {
    head: [{ text: zh ? '期数' : 'Instalment' }, { text: zh ? '付款日期' : 'Pay by' }, { text: zh ? '金额' : 'Amount', align: 'right' }],
    rows: instalments.map((p, i) => [
      { text: zh ? `第${i + 1}期` : String(i + 1) },
      { text: formatDate(p.date, locale) },
      { text: joinList(p.amounts.map((m) => formatMoney(m, locale)), locale), align: 'right' },
    ]),
    foot: [],
  };
}
