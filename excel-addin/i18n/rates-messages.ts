import type { PaneLanguage } from './language.ts';

/** The strings of the Rates and holidays section, the rules per currency and the flag's assumed-data notice. */
export const RATES_MESSAGES = {
  en: {
    ratesTitle: 'Rates and holidays',
    ratesHint: "Figures use these tables. After a table's “known until” date, the last value is assumed and the figure says so.",
    lastValue: 'last value {value} from {from}', knownUntil: 'known until {date}', yourData: 'includes your data',
    stale: '{days} days past: figures after {date} assume the last value. Add the newer rate below.',
    staleCalendar: "{days} days past: days off after {date} count only the statutory holidays. Paste the year's notice below.",
    addRate: 'Add a rate change', table: 'Table', from: 'Takes effect on', rate: 'Rate (% a year)', rateLpr: '1-year LPR (%)', fiveYear: 'Over-5-year LPR (%)',
    knownUntilField: 'Known until', knownUntilHint: 'Known until: the last day you know the rate did not change again. Figures up to it are not marked as assumed.', add: 'Add',
    pasteCalendar: 'Paste a calendar year (the shape of cn-holidays.json)', addYear: 'Add year',
    calendarPlaceholder: '{"year": 2027, "offDays": ["2027-01-01", …], "workDays": [ … ]}',
    yourAdditions: 'Your additions (saved in this workbook)', remove: 'Remove', calendarYear: 'China holiday calendar {year}',
    rateAdded: 'Rate added and saved in the workbook. Flag overdue again to update the sheet.',
    yearAdded: 'Calendar year added and saved in the workbook. Flag overdue again to update the sheet.',
    removed: 'Removed. Flag overdue again to update the sheet.',
    notSaved: 'Could not be saved in this workbook (is it read-only?); it applies until you close it.',
    dropped: '{n} saved entries could not be read and are left out.',
    ruleDefault: 'Default rule (other currencies)', rulePerCurrency: 'Rule per currency', ruleAsDefault: 'Default (as above)',
    addCurrency: 'e.g. HKD',
    penaltyColumnHint: "A column with the contract's penalty (违约金, Late fee, e.g. 日万分之五) sets that invoice's rule.",
    assumedNotice: 'Some penalties rest on an assumed rate: {what}. Add the newer data under Settings › Rates and holidays, then flag again.',
    assumedInvoices: '{what} ({n} invoices)', assumedInvoice: '{what} (1 invoice)', assumedMark: 'assumed',
  },
  'zh-CN': {
    ratesTitle: '利率与节假日',
    ratesHint: '计算使用下列数据。超过“已知至”日期后按最后一个值假定计算，并在结果旁注明。',
    lastValue: '最新值 {value}（自 {from}）', knownUntil: '已知至 {date}', yourData: '含您添加的数据',
    stale: '已过 {days} 天：{date} 之后按最后一个值假定计算。请在下方补充新利率。',
    staleCalendar: '已过 {days} 天：{date} 之后只按法定节假日认定休息日。请在下方粘贴该年放假安排。',
    addRate: '添加利率变动', table: '利率表', from: '生效日', rate: '年利率（%）', rateLpr: '一年期 LPR（%）', fiveYear: '五年期以上 LPR（%）',
    knownUntilField: '数据有效至', knownUntilHint: '数据有效至：您确认此后未再调整的最后一天。此日之前的结果不标注为假定值。', add: '添加',
    pasteCalendar: '粘贴一年的放假安排（cn-holidays.json 格式）', addYear: '添加年度',
    calendarPlaceholder: '{"year": 2027, "offDays": ["2027-01-01", …], "workDays": [ … ]}',
    yourAdditions: '您添加的数据（保存在此工作簿中）', remove: '删除', calendarYear: '中国节假日安排 {year} 年',
    rateAdded: '利率已添加并保存到工作簿。重新“标记逾期”即可更新工作表。',
    yearAdded: '年度放假安排已添加并保存到工作簿。重新“标记逾期”即可更新工作表。',
    removed: '已删除。重新“标记逾期”即可更新工作表。',
    notSaved: '无法保存到此工作簿（是否为只读？）；在关闭前仍然有效。',
    dropped: '有 {n} 条已保存的数据无法读取，已忽略。',
    ruleDefault: '默认规则（其他币种）', rulePerCurrency: '各币种规则', ruleAsDefault: '默认（同上）',
    addCurrency: '如 HKD',
    penaltyColumnHint: '表中如有合同违约金列（违约金、逾期利率，如“日万分之五”），该发票按其计算。',
    assumedNotice: '部分违约金基于假定数据：{what}。请在“设置 › 利率与节假日”中补充新数据后重新标记。',
    assumedInvoices: '{what}（{n} 张发票）', assumedInvoice: '{what}（1 张发票）', assumedMark: '假定值',
  },
} as const satisfies Record<PaneLanguage, Record<string, string>>;

export type RatesMessageKey = keyof (typeof RATES_MESSAGES)['en'];

/** A message of the section with `{name}` placeholders filled. */
export function ratesMessage(lang: PaneLanguage, key: RatesMessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return RATES_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
