import { describe, expect, it } from 'vitest';
import { customerSummaryToJson, summarizeCustomers, rateCustomer } from '../../../shared/customers/index.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { money, parseDecimalMoney } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';

let row = 1;
function inv(customer: string, invoice: string, currency: string, amount: string, paid: string, dueDate: string, email?: string): Receivable {
  const a = parseDecimalMoney(amount, currency)!;
  const p = parseDecimalMoney(paid, currency)!;
  row++;
  return { row, customer, invoice, currency, amount: a, paid: p, outstanding: money(a.minor - p.minor, currency), dueDate: plainDate(dueDate), ...(email ? { email } : {}) };
}

const asOf = plainDate('2026-11-22');
const ledger: Receivable[] = [
  inv('上海华东机电有限公司', 'INV-2026-0811', 'CNY', '12000.00', '2000.00', '2026-08-31', 'ap@huadong-jd.cn'), // 83 days, 10,000 open
  inv('上海华东机电有限公司', 'INV-2026-0930', 'CNY', '30000.00', '0.00', '2026-10-23'), // 30 days
  inv('上海华东机电有限公司 ', 'INV-2026-1015', 'USD', '1500.00', '0.00', '2026-12-15'), // not yet due
  inv('上海华东机电有限公司', 'INV-2026-0501', 'CNY', '8000.00', '8000.00', '2026-05-31'), // settled
  inv('Acme Widgets Ltd', 'A-1001', 'GBP', '4200.00', '0.00', '2026-11-20', 'accounts@acme.example'), // 2 days
  inv('ACME  Widgets Ltd', 'A-0990', 'GBP', '800.00', '800.00', '2026-10-01'),
  inv('Nordlicht GmbH', 'RE-77', 'EUR', '9.50', '0.00', '2026-05-01'), // below minimum balance
];

describe('summarizeCustomers', () => {
  const summaries = summarizeCustomers(ledger, asOf, { rule: RULE_PRESETS['cn-contract-0.05pct-daily'] });
  const huadong = summaries.find((s) => s.customer === '上海华东机电有限公司')!;

  it('groups a customer across stray spaces and case, and across currencies', () => {
    // Most urgent first: formal-notice, friendly, then the one below the minimum balance.
    expect(summaries.map((s) => s.customer)).toEqual(['上海华东机电有限公司', 'Acme Widgets Ltd', 'Nordlicht GmbH']);
    expect(summaries.find((s) => s.customer === 'Acme Widgets Ltd')?.invoices).toBe(2);
    expect([huadong.invoices, huadong.openInvoices, huadong.overdueInvoices]).toEqual([4, 3, 2]);
    expect(huadong.email).toBe('ap@huadong-jd.cn');
    expect(Object.keys(huadong.byCurrency)).toEqual(['CNY', 'USD']);
  });

  it('totals per currency, with the penalty of each invoice', () => {
    // 10,000 × 0.0005 × 83 = 415.00 (the DESIGN.md report row) + 30,000 × 0.0005 × 30 = 450.00.
    expect(huadong.byCurrency.CNY).toEqual({
      openInvoices: 2, overdueInvoices: 2, outstanding: money(4_000_000, 'CNY'), overdue: money(4_000_000, 'CNY'),
      penalty: money(86_500, 'CNY'), weightedAverageDaysOverdue: 43.3, // (10,000×83 + 30,000×30) / 40,000 = 43.25
    });
    expect(huadong.byCurrency.USD).toMatchObject({ openInvoices: 1, overdueInvoices: 0, penalty: money(0, 'USD'), weightedAverageDaysOverdue: 0 });
  });

  it('oldest and weighted-average days overdue, and the most advanced stage', () => {
    expect(huadong.oldestDaysOverdue).toBe(83);
    // CNY 43.25 over 2 open invoices, USD 0 over 1: (43.25×2 + 0) / 3 = 28.83 → 28.8
    expect(huadong.weightedAverageDaysOverdue).toBe(28.8);
    expect(huadong.stage).toBe('formal-notice');
    expect(summaries.find((s) => s.customer === 'Acme Widgets Ltd')?.stage).toBe('friendly');
    expect(summaries.find((s) => s.customer === 'Nordlicht GmbH')?.stage).toBeNull();
  });

  it('rates from payment behaviour and shows the factors', () => {
    // wad 28.8 → −14; oldest 83 → −10; overdue 2/3 → −13; settled 1/4 → +3; partly paid 1/3 → +2: 100 − 32 = 68 → C
    expect(huadong.rating).toEqual({
      grade: 'C', score: 68, factors: [
        { name: 'weightedAverageDaysOverdue', value: 28.8, effect: -14 },
        { name: 'oldestDaysOverdue', value: 83, effect: -10 },
        { name: 'overdueShare', value: 0.67, effect: -13 },
        { name: 'settledShare', value: 0.25, effect: 3 },
        { name: 'partlyPaidShare', value: 0.33, effect: 2 },
      ],
    });
    // Acme: wad 2 → −1; oldest 2 → 0; 1 of 1 open overdue → −20; 1 of 2 settled → +5: 84 → B (A starts at 85).
    expect(summaries.find((s) => s.customer === 'Acme Widgets Ltd')?.rating).toMatchObject({ grade: 'B', score: 84 });
  });

  it('grades the extremes', () => {
    expect(rateCustomer({ weightedAverageDaysOverdue: 0, oldestDaysOverdue: 0, overdueShare: 0, settledShare: 1, partlyPaidShare: 0 })).toMatchObject({ grade: 'A', score: 100 });
    expect(rateCustomer({ weightedAverageDaysOverdue: 200, oldestDaysOverdue: 300, overdueShare: 1, settledShare: 0, partlyPaidShare: 0 })).toMatchObject({ grade: 'D', score: 20 });
  });

  it('serialises money as decimal strings for reports', () => {
    const json = JSON.parse(JSON.stringify(customerSummaryToJson(huadong)));
    expect(json.byCurrency.CNY).toEqual({ openInvoices: 2, overdueInvoices: 2, outstanding: '40000.00', overdue: '40000.00', penalty: '865.00', weightedAverageDaysOverdue: 43.3 });
    expect(json).toMatchObject({ customer: '上海华东机电有限公司', email: 'ap@huadong-jd.cn', stage: 'formal-notice', rating: { grade: 'C', score: 68 } });
  });

  it('without a rule there is no penalty', () => {
    const plain = summarizeCustomers(ledger, asOf);
    expect(plain.find((s) => s.customer === '上海华东机电有限公司')?.byCurrency.CNY?.penalty).toEqual(money(0, 'CNY'));
  });
});
