import type { PaneLanguage } from './language.ts';
import { LOG_MESSAGES, type LogMessageKey } from './log-messages.ts';

/** Every string of the pane, in both languages (one object per language keeps them side by side in review). */
export const MESSAGES = {
  en: {
    title: 'Dunning Desk',
    table: 'Receivables table', detect: 'Find table', detected: 'Found {source} on {sheet}: {rows} rows', sourceTable: 'table', sourceRegion: 'region', sourceUsed: 'used range',
    mapping: 'Columns', field: 'Field', column: 'Column', notMapped: '(none)',
    settings: 'Settings', asOf: 'As of', today: 'today', rule: 'Penalty rule', clause: 'Contract clause for this rule', grace: 'Grace days', cap: 'Cap (% of principal)',
    roll: 'Due date on a day off', rollNone: 'no change', rollWeekend: 'next weekday', rollCn: 'next working day (China)',
    paymentDay: 'Day of a payment', paymentDayAccrues: 'charged on the old balance', paymentDayExcluded: 'not charged', asPreset: 'as the rule says',
    allocation: 'Payments pay first', allocationPrincipal: 'the principal', allocationStatutory: 'accrued penalty, then principal (statutory)',
    buckets: 'Aging buckets (days)', thresholds: 'Stage from day', currency: 'Currency of amounts that name none', save: 'Save in workbook', saved: 'Saved in the workbook',
    actions: 'Actions', flag: 'Flag overdue', aging: 'Aging summary', importCsv: 'Import CSV', writeReport: 'Write report to a sheet',
    flagged: '{overdue} of {rows} invoices overdue; columns {address}', rejectedRows: 'Rows that could not be read: {n}', agingDone: 'Aging summary on sheet {sheet}',
    imported: '{rows} invoices imported to sheet {sheet}', reportWritten: 'Import report on sheet {sheet}', importReport: 'Import report', moreRows: '… and {n} more: write the report to a sheet to see them all', rejected: 'Rejected', skipped: 'Skipped', row: 'Row', reason: 'Reason', value: 'Value',
    reminder: 'Reminder', forSelection: 'For selected row', stage: 'Stage', channel: 'Channel', email: 'Email', phone: 'Phone script', letter: 'Letter',
    openInvoices: 'Open invoices', copy: 'Copy', copied: 'Copied', mailto: 'Open in mail', exportList: 'Export customer list (JSON)', exported: 'Customer list exported: {n} open invoices',
    progressRead: 'Reading rows {done} / {total}', progressWrite: 'Writing rows {done} / {total}', language: 'Language', dismiss: 'Dismiss',
    ruleByCurrency: 'By currency (suggested)', ruleByCurrencyHint: 'Each invoice gets the rule below for its currency; other currencies get no penalty.',
    noPenaltyClause: 'No penalty or interest is charged.', copyPlain: 'Copy as plain text',
    currencyAuto: 'Automatic (from the headers)', dateOrder: 'Dates written like 10/08/2026', dateOrderAuto: 'Automatic (from the column)',
    dateOrderYmd: 'Year first (2026/08/10)', dateOrderDmy: 'Day first (10/08/2026 = 10 August)', dateOrderMdy: 'Month first (10/08/2026 = October 8)',
    assumedCurrency: 'Amounts with no currency of their own were taken as {currency} ({from}).', assumedFromHeader: 'named in the amount header',
    assumedFromZh: 'the headers are in Chinese', assumedFromDe: 'the headers are in German', assumedFromEn: 'the headers are in English',
    assumedChoose: 'Another currency…', assumedUse: 'Use it and flag again',
  },
  'zh-CN': {
    title: '催款助手',
    table: '应收账款表', detect: '查找表格', detected: '在 {sheet} 找到{source}：{rows} 行', sourceTable: '表格', sourceRegion: '数据区域', sourceUsed: '已用区域',
    mapping: '列对应', field: '字段', column: '列', notMapped: '（无）',
    settings: '设置', asOf: '计算日', today: '今天', rule: '违约金规则', clause: '对应的合同条款', grace: '宽限天数', cap: '上限（本金的 %）',
    roll: '到期日遇休息日', rollNone: '不顺延', rollWeekend: '顺延至工作日（周末）', rollCn: '顺延至工作日（中国节假日）',
    paymentDay: '付款当日', paymentDayAccrues: '按付款前余额计息', paymentDayExcluded: '不计息（算头不算尾）', asPreset: '按规则默认',
    allocation: '付款抵充顺序', allocationPrincipal: '先抵本金', allocationStatutory: '先抵已产生的违约金，再抵本金（法定顺序）',
    buckets: '账龄区间（天）', thresholds: '各阶段起始逾期天数', currency: '未注明币种时按', save: '保存到工作簿', saved: '已保存到工作簿',
    actions: '操作', flag: '标记逾期', aging: '账龄分析', importCsv: '导入 CSV', writeReport: '将报告写入工作表',
    flagged: '{rows} 张发票中 {overdue} 张逾期；写入列 {address}', rejectedRows: '{n} 行无法读取', agingDone: '账龄分析已写入工作表 {sheet}',
    imported: '已导入 {rows} 张发票到工作表 {sheet}', reportWritten: '导入报告已写入工作表 {sheet}', importReport: '导入报告', moreRows: '……另有 {n} 行：将报告写入工作表可查看全部', rejected: '未导入', skipped: '跳过', row: '行', reason: '原因', value: '内容',
    reminder: '催款函', forSelection: '当前选中行', stage: '阶段', channel: '方式', email: '邮件', phone: '电话话术', letter: '书面函件',
    openInvoices: '未结发票', copy: '复制', copied: '已复制', mailto: '用邮件打开', exportList: '导出客户清单（JSON）', exported: '已导出客户清单：{n} 张未结发票',
    progressRead: '正在读取 {done} / {total} 行', progressWrite: '正在写入 {done} / {total} 行', language: '语言', dismiss: '关闭',
    ruleByCurrency: '按币种（推荐）', ruleByCurrencyHint: '每张发票按其币种适用下列规则；其他币种不计违约金。',
    noPenaltyClause: '不计违约金或利息。', copyPlain: '复制为纯文本',
    currencyAuto: '自动（按表头判断）', dateOrder: '形如 10/08/2026 的日期', dateOrderAuto: '自动（按该列判断）',
    dateOrderYmd: '年在前（2026/08/10）', dateOrderDmy: '日在前（10/08/2026 即 8 月 10 日）', dateOrderMdy: '月在前（10/08/2026 即 10 月 8 日）',
    assumedCurrency: '未注明币种的金额已按 {currency} 计算（{from}）。', assumedFromHeader: '金额列标题中注明',
    assumedFromZh: '表头为中文', assumedFromDe: '表头为德文', assumedFromEn: '表头为英文',
    assumedChoose: '改用其他币种…', assumedUse: '改用并重新标记',
  },
} as const satisfies Record<PaneLanguage, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en'] | LogMessageKey;

/** A message with `{name}` placeholders filled (values are text, shown by Vue as text). */
export function message(lang: PaneLanguage, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  const text: string = Object.hasOwn(MESSAGES[lang], key) ? MESSAGES[lang][key as keyof (typeof MESSAGES)['en']] : LOG_MESSAGES[lang][key as LogMessageKey];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
