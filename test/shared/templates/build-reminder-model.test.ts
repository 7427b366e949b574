import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../shared/plain-date.ts';
import { buildReminderModel, currencyTotals, customersWithOpenInvoices, proposePlan } from '../../../shared/templates/build-reminder-model.ts';
import { planDates, reminderDeadline } from '../../../shared/templates/reminder-dates.ts';
import { AS_OF, MIXED_RECEIVABLES, ZH_RECEIVABLES } from './reminder-fixtures.ts';

describe('buildReminderModel', () => {
  it('takes one customer\'s open invoices (name matched loosely), oldest due first, with contact details', () => {
    const model = buildReminderModel(ZH_RECEIVABLES, ' 上海宏达机电设备有限公司 ', AS_OF);
    expect(model.invoices.map((i) => [i.invoice, i.daysOverdue])).toEqual([['FP-2026-0815', 83], ['FP-2026-0902', 38], ['FP-2026-1011', 12]]);
    expect(model.customer).toEqual({ name: '上海宏达机电设备有限公司', email: 'wangfang@hongda-jd.example.cn', contact: '王芳', phone: '021-5888 1234' });
    expect(model.totals).toEqual([{ currency: 'CNY', outstanding: { minor: 2_185_050, currency: 'CNY' }, penalty: { minor: 0, currency: 'CNY' }, compensation: { minor: 0, currency: 'CNY' }, total: { minor: 2_185_050, currency: 'CNY' } }]);
  });

  it('keeps currencies apart', () => {
    const totals = currencyTotals(buildReminderModel(MIXED_RECEIVABLES, 'Nordlicht Handels GmbH', AS_OF).invoices);
    expect(totals.map((t) => [t.currency, t.total.minor])).toEqual([['EUR', 860_000], ['USD', 200_000]]);
  });

  it('carries the case history it is given, and none when given none', () => {
    const history = { contacts: [{ date: plainDate('2026-10-12'), channel: 'email' as const, stage: 'friendly' as const }] };
    expect(buildReminderModel(ZH_RECEIVABLES, '上海宏达机电设备有限公司', AS_OF, { history }).history).toEqual(history);
    expect('history' in buildReminderModel(ZH_RECEIVABLES, '上海宏达机电设备有限公司', AS_OF)).toBe(false);
  });

  it('lists customers with open invoices once each', () => {
    expect(customersWithOpenInvoices([...ZH_RECEIVABLES, ...MIXED_RECEIVABLES])).toEqual(['上海宏达机电设备有限公司', '杭州青禾贸易有限公司', 'Nordlicht Handels GmbH']);
  });
});

describe('plans and deadlines', () => {
  it('splits each currency exactly: the instalments add up to the balance', () => {
    const totals = currencyTotals(buildReminderModel(MIXED_RECEIVABLES, 'Nordlicht Handels GmbH', AS_OF).invoices);
    const plan = proposePlan(totals, [plainDate('2026-12-01'), plainDate('2027-01-04'), plainDate('2027-02-01')]);
    expect(plan.map((p) => p.amounts.map((a) => a.minor))).toEqual([[286_668, 66_668], [286_666, 66_666], [286_666, 66_666]]);
  });

  it('counts working days for the deadline: Chinese holidays and make-up days for zh-CN, weekends otherwise', () => {
    // 2026-10-01 … 10-07 is the National Day holiday; Saturday 10-10 is a make-up working day.
    expect(reminderDeadline(plainDate('2026-09-30'), 3, 'zh-CN')).toBe('2026-10-10');
    expect(reminderDeadline(plainDate('2026-09-30'), 3, 'en')).toBe('2026-10-05');
  });

  it('puts instalments on working days, a month apart', () => {
    expect(planDates(AS_OF, 3, 'en')).toEqual(['2026-12-04', '2027-01-04', '2027-02-04']);
    // 10 Chinese working days after 2026-09-15: Sunday 09-20 is a make-up working day, 09-25…27 are off.
    expect(planDates(plainDate('2026-09-15'), 2, 'zh-CN')).toEqual(['2026-09-29', '2026-10-29']);
  });
});
