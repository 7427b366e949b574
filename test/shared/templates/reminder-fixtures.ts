import type { Receivable } from '../../../shared/import/types.ts';
import { parseDecimalMoney, type Money } from '../../../shared/money.ts';
import { computePenalty } from '../../../shared/penalty/index.ts';
import type { PenaltyRule } from '../../../shared/penalty/types.ts';
import { plainDate, type PlainDate } from '../../../shared/plain-date.ts';
import { buildReminderModel } from '../../../shared/templates/build-reminder-model.ts';
import { planDates, reminderDeadline } from '../../../shared/templates/reminder-dates.ts';
import type { ReminderModel, ReminderProfile } from '../../../shared/templates/reminder-model.ts';
import type { TemplateLang } from '../../../shared/templates/template-locale.ts';

function m(text: string, currency: string): Money {
  const v = parseDecimalMoney(text, currency);
  if (v === undefined) throw new Error(`bad amount ${text}`);
  return v;
}

let row = 1;
/** A receivable as the importer would give it. */
export function receivable(customer: string, invoice: string, currency: string, amount: string, paid: string, dueDate: string, extra: Partial<Receivable> = {}): Receivable {
  row += 1;
  const a = m(amount, currency);
  const p = m(paid, currency);
  return {
    row, customer, invoice, currency, amount: a, paid: p, outstanding: { minor: a.minor - p.minor, currency }, dueDate: plainDate(dueDate), ...extra,
  };
}

export const AS_OF: PlainDate = plainDate('2026-11-22');

/** A Shanghai customer with three open CNY invoices (one part-paid) and one settled. */
export const ZH_RECEIVABLES: Receivable[] = [
  receivable('上海宏达机电设备有限公司', 'FP-2026-0815', 'CNY', '12000.00', '2000.00', '2026-08-31', { issueDate: plainDate('2026-08-01'), contact: '王芳', email: 'wangfang@hongda-jd.example.cn', phone: '021-5888 1234' }),
  receivable('上海宏达机电设备有限公司', 'FP-2026-0902', 'CNY', '8650.50', '0.00', '2026-10-15', { issueDate: plainDate('2026-09-15') }),
  receivable('上海宏达机电设备有限公司', 'FP-2026-1011', 'CNY', '3200.00', '0.00', '2026-11-10', { issueDate: plainDate('2026-10-11') }),
  receivable('上海宏达机电设备有限公司', 'FP-2026-0701', 'CNY', '5000.00', '5000.00', '2026-07-31', { issueDate: plainDate('2026-07-01') }),
  receivable('杭州青禾贸易有限公司', 'FP-2026-0933', 'CNY', '4300.00', '0.00', '2026-10-31'),
];

/** A UK customer with three open GBP invoices. */
export const EN_RECEIVABLES: Receivable[] = [
  receivable('Harrow & Finch Engineering Ltd', 'INV-10231', 'GBP', '4800.00', '0.00', '2026-08-28', { issueDate: plainDate('2026-07-29'), contact: 'Priya Shah', email: 'accounts@harrowfinch.example.co.uk' }),
  receivable('Harrow & Finch Engineering Ltd', 'INV-10307', 'GBP', '12500.00', '2500.00', '2026-09-30', { issueDate: plainDate('2026-08-31') }),
  receivable('Harrow & Finch Engineering Ltd', 'INV-10412', 'GBP', '960.00', '0.00', '2026-11-06', { issueDate: plainDate('2026-10-07') }),
];

/** A customer billed in two currencies. */
export const MIXED_RECEIVABLES: Receivable[] = [
  receivable('Nordlicht Handels GmbH', 'RE-2026-118', 'EUR', '7400.00', '0.00', '2026-09-15'),
  receivable('Nordlicht Handels GmbH', 'RE-2026-131', 'USD', '2500.00', '500.00', '2026-10-01'),
  receivable('Nordlicht Handels GmbH', 'RE-2026-140', 'EUR', '1200.00', '0.00', '2026-10-20'),
];

export const PROFILE_ZH: ReminderProfile = {
  company: { name: '苏州恒信精密制造有限公司', address: '江苏省苏州市工业园区星湖街328号', phone: '0512-6289 0000' },
  sender: { name: '李明', title: '应收账款主管', phone: '0512-6289 0101', email: 'liming@hengxin.example.cn' },
  bank: { accountName: '苏州恒信精密制造有限公司', name: '中国工商银行苏州工业园区支行', account: '1102 0201 0900 1234 567' },
};

export const PROFILE_EN: ReminderProfile = {
  company: { name: 'Calder Valley Components Ltd', address: 'Unit 4, Riverside Park, Halifax HX1 5QP', phone: '01422 555 010', registration: '08123456' },
  sender: { name: 'Tom Whitaker', title: 'Credit Controller', email: 'tom.whitaker@caldervalley.example.co.uk' },
  bank: { accountName: 'Calder Valley Components Ltd', name: 'Barclays Bank', account: '43218765', sortCode: '20-45-77' },
  paymentLink: 'https://pay.caldervalley.example.co.uk/i/HF',
};

/** The realistic model for a language: penalties under a preset rule, deadline, a 3-instalment plan. */
export function sampleModel(lang: TemplateLang, rule: PenaltyRule, withProfile = true): ReminderModel {
  const zh = lang === 'zh-CN';
  return buildReminderModel(zh ? ZH_RECEIVABLES : EN_RECEIVABLES, zh ? '上海宏达机电设备有限公司' : 'Harrow & Finch Engineering Ltd', AS_OF, {
    penaltyFor: (r) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf: AS_OF, rule }, { lang }),
    rule,
    lang,
    deadline: reminderDeadline(AS_OF, 10, lang),
    planDates: planDates(AS_OF, 3, lang),
    ...(withProfile ? { profile: zh ? PROFILE_ZH : PROFILE_EN } : {}),
  });
}

/** Invoices not yet due on AS_OF (the courtesy stage). */
export const UPCOMING: Record<TemplateLang, Receivable[]> = {
  'zh-CN': [
    receivable('上海宏达机电设备有限公司', 'FP-2026-1102', 'CNY', '6800.00', '0.00', '2026-11-30', { issueDate: plainDate('2026-10-31'), contact: '王芳' }),
    receivable('上海宏达机电设备有限公司', 'FP-2026-1109', 'CNY', '15360.00', '0.00', '2026-12-09', { issueDate: plainDate('2026-11-09') }),
  ],
  en: [
    receivable('Harrow & Finch Engineering Ltd', 'INV-10466', 'GBP', '2340.00', '0.00', '2026-11-27', { issueDate: plainDate('2026-10-28'), contact: 'Priya Shah' }),
    receivable('Harrow & Finch Engineering Ltd', 'INV-10502', 'GBP', '7125.60', '0.00', '2026-12-04', { issueDate: plainDate('2026-11-04') }),
  ],
};

/** The model a stage is realistically sent with. */
export function stageModel(stage: string, lang: TemplateLang, rule: PenaltyRule, withProfile = true): ReminderModel {
  const zh = lang === 'zh-CN';
  const customer = zh ? '上海宏达机电设备有限公司' : 'Harrow & Finch Engineering Ltd';
  if (stage === 'courtesy') {
    return buildReminderModel(UPCOMING[lang], customer, AS_OF, withProfile ? { profile: zh ? PROFILE_ZH : PROFILE_EN } : {});
  }
  const model = sampleModel(lang, rule, withProfile);
  if (stage === 'follow-up') return { ...model, promise: { date: plainDate('2026-11-18'), madeOn: plainDate('2026-11-11') } };
  return model;
}
