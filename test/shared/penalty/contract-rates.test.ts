import { describe, expect, it } from 'vitest';
import { calc } from './calc-case.ts';

// The DESIGN.md example (../shared/DESIGN.md, `dunning calc`): 100,000.00 due 2024-03-31, half paid on
// 2024-05-01, 万分之五 a day. 2024-04-01…05-01 = 31 days × 100,000 × 0.0005 = 1,550.00;
// 05-02…06-30 = 60 days × 50,000 × 0.0005 = 1,500.00; total 3,050.00 over 91 days.
const designCase = {
  principal: '100000.00', currency: 'CNY', dueDate: '2024-03-31', asOf: '2024-06-30',
  payments: [{ date: '2024-05-01', amount: '50000.00' }],
  rule: { kind: 'daily-rate', rate: '0.0005', graceDays: 0, cap: { percentOfPrincipal: '30' }, dueDateRoll: 'none' },
};

describe('contract rates', () => {
  it('reproduces the DESIGN.md example exactly', () => {
    const r = calc(designCase);
    expect(r).toMatchObject({ days: 91, penalty: '3050.00', compensation: '0.00', total: '3050.00', capped: false, warnings: [] });
    expect(r.segments).toEqual([
      { from: '2024-04-01', to: '2024-05-01', days: 31, balance: '100000.00', rate: '0.0005', amount: '1550.00' },
      { from: '2024-05-02', to: '2024-06-30', days: 60, balance: '50000.00', rate: '0.0005', amount: '1500.00' },
    ]);
    expect(r.outstanding).toEqual({ principal: '50000.00', penalty: '3050.00' });
    expect(r.basis).toContain('万分之五');
    expect(r.basis).toContain('第五百八十五条');
  });

  it('算头不算尾 (paymentDay excluded): the balance falls on the payment day', () => {
    // 04-01…04-30 = 30 days × 50.00 = 1,500.00; 05-01…06-30 = 61 days × 25.00 = 1,525.00.
    const r = calc({ ...designCase, rule: { ...designCase.rule, paymentDay: 'excluded' } });
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.amount])).toEqual([
      ['2024-04-01', '2024-04-30', 30, '1500.00'], ['2024-05-01', '2024-06-30', 61, '1525.00'],
    ]);
    expect(r.penalty).toBe('3025.00');
  });

  it('statutory allocation: the payment first settles the 1,550.00 accrued (民法典 第561条)', () => {
    // 50,000 − 1,550 accrued = 48,450 to principal → balance 51,550 from 05-02;
    // 60 days × 51,550 × 0.0005 = 1,546.50; penalty 1,550 + 1,546.50 = 3,096.50, of which 1,546.50 unpaid.
    const r = calc({ ...designCase, rule: { ...designCase.rule, allocation: 'statutory' } });
    expect(r.segments.map((s) => [s.balance, s.amount])).toEqual([['100000.00', '1550.00'], ['51550.00', '1546.50']]);
    expect(r.penalty).toBe('3096.50');
    expect(r.outstanding).toEqual({ principal: '51550.00', penalty: '1546.50' });
  });

  it('principal-first: money beyond the principal pays the accrued penalty', () => {
    // Pays 100,000 + 1,000 on 05-01: principal cleared, 1,000 of the 1,550.00 accrued paid; days stop at 05-01.
    const r = calc({ ...designCase, payments: [{ date: '2024-05-01', amount: '101000.00' }] });
    expect(r).toMatchObject({ days: 31, penalty: '1550.00', outstanding: { principal: '0.00', penalty: '550.00' } });
  });

  it('days run through the payment that clears the debt (accrues) or the day before (excluded)', () => {
    const paid = { ...designCase, payments: [{ date: '2024-05-01', amount: '100000.00' }] };
    expect(calc(paid)).toMatchObject({ days: 31, penalty: '1550.00', outstanding: { principal: '0.00', penalty: '1550.00' } });
    expect(calc({ ...paid, rule: { ...designCase.rule, paymentDay: 'excluded' } })).toMatchObject({ days: 30, penalty: '1500.00' });
  });

  // Hand-worked: grace days are never charged. 10 days' grace moves the first charged day to 04-11:
  // 04-11…06-30 = 81 days × 100,000 × 0.0005 = 4,050.00 (without grace 91 days = 4,550.00).
  it.each([[0, 91, '4550.00'], [10, 81, '4050.00'], [120, 0, '0.00']])('grace %i days → %i days, %s', (graceDays, days, penalty) => {
    const r = calc({ ...designCase, payments: [], rule: { kind: 'daily-rate', rate: '0.0005', graceDays } });
    expect([r.days, r.penalty]).toEqual([days, penalty]);
  });

  describe('caps', () => {
    // 2023-02-01…2024-12-31 = 334 + 366 = 700 days × 50.00 = 35,000.00 uncapped.
    const long = { principal: '100000.00', currency: 'CNY', dueDate: '2023-01-31', asOf: '2024-12-31' };
    it.each([
      [{ percentOfPrincipal: '30' }, '30000.00', true],
      [{ amount: '5000.00' }, '5000.00', true],
      [{ percentOfPrincipal: '40' }, '35000.00', false],
    ])('cap %j → %s (capped %s)', (cap, penalty, capped) => {
      const r = calc({ ...long, rule: { kind: 'daily-rate', rate: '0.0005', cap } });
      expect([r.days, r.penalty, r.capped]).toEqual([700, penalty, capped]);
    });
    it('the cap stops accrual in time: later segments show 0.00 and the segments still add up', () => {
      // 5,000 is reached after 100 days at 50.00/day, inside the first segment (balance 100,000 until 2023-12-31).
      const r = calc({ ...long, payments: [{ date: '2023-12-31', amount: '40000.00' }], rule: { kind: 'daily-rate', rate: '0.0005', cap: { amount: '5000.00' } } });
      expect(r.segments.map((s) => s.amount)).toEqual(['5000.00', '0.00']);
      expect(r.capped).toBe(true);
    });
  });

  describe('360 vs 365 days', () => {
    // 100,000 × 12 % × 91 / 365 = 2,991.78; × 91 / 360 = 3,033.33 (04-01…06-30 = 91 days).
    const q = { principal: '100000.00', currency: 'CNY', dueDate: '2024-03-31', asOf: '2024-06-30' };
    it.each([
      [{ kind: 'annual-rate', rate: '0.12' }, '2991.78'],
      [{ kind: 'annual-rate', rate: '0.12', dayCount: 360 }, '3033.33'],
      // 1.5 %/month: per day = 0.015 × 12 / 360 = 0.0005 → 91 × 50.00 = 4,550.00; on 365: 18 % × 91/365 = 4,487.67.
      [{ kind: 'monthly-rate', rate: '0.015' }, '4550.00'],
      [{ kind: 'monthly-rate', rate: '0.015', dayCount: 365 }, '4487.67'],
      ['us-1.5pct-monthly', '4550.00'],
    ])('%j → %s', (rule, penalty) => {
      expect(calc({ ...q, rule }).penalty).toBe(penalty);
    });
    it('p-konto.de formula: 10,000 € × 210 Zinstage × 6 % / 36,000 = 350 €', () => {
      // Source: https://p-konto.de/wiki/zinsformel/ (their 210 days are 30/360 days; here 210 actual days,
      // 2016-01-01…2016-07-28, with the same actual/360 divisor).
      const r = calc({ principal: '10000.00', currency: 'EUR', dueDate: '2015-12-31', asOf: '2016-07-28', rule: { kind: 'annual-rate', rate: '0.06', dayCount: 360 } });
      expect([r.days, r.penalty]).toEqual([210, '350.00']);
    });
  });

  describe('holiday-rolled due date (民法典 第203条)', () => {
    // Due 2026-10-01 (国庆节; 10-01…10-07 off per the State Council notice for 2026) → due 10-08,
    // first overdue day 10-09; 10-09…11-22 = 23 + 22 = 45 days × 50.00 = 2,250.00.
    // Unrolled: 10-02…11-22 = 52 days = 2,600.00. 10-01 is a Thursday, so `weekend` does not move it.
    const holiday = { principal: '100000.00', currency: 'CNY', dueDate: '2026-10-01', asOf: '2026-11-22' };
    it.each([['cn-holidays', 45, '2250.00', '2026-10-09'], ['weekend', 52, '2600.00', '2026-10-02'], ['none', 52, '2600.00', '2026-10-02']])(
      'dueDateRoll %s → %i days, %s from %s', (roll, days, penalty, from) => {
        const r = calc({ ...holiday, rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: roll } });
        expect([r.days, r.penalty, r.segments[0]?.from]).toEqual([days, penalty, from]);
      });
    it('2027, past the published calendar: the statutory days off still count, with a warning (国庆 crossing)', () => {
      // The 2027 State Council notice is not in the data. 全国年节及纪念日放假办法 第二条 makes 10-01…10-03 days
      // off every year: due Friday 2027-10-01 → 10-01 (Fri), 10-02, 10-03 (weekend) off → Monday 10-04 is the
      // last day (make-up days unknown), first overdue day 10-05; 10-05…10-31 = 27 days × 100,000 × 0.0005 =
      // 1,350.00. Weekends only would have charged from 10-02: 30 days = 1,500.00.
      const q = { ...holiday, dueDate: '2027-10-01', asOf: '2027-10-31' };
      const r = calc({ ...q, rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } });
      expect([r.segments[0]?.from, r.days, r.penalty]).toEqual(['2027-10-05', 27, '1350.00']);
      expect(r.warnings.join(' ')).toMatch(/2027 年国务院放假通知未收录.*调休上班日未知/);
      expect(r.assumed).toEqual(['cnHolidays']);
      expect(calc({ ...q, rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'weekend' } }).penalty).toBe('1500.00');
      const en = calc({ ...q, rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } }, { lang: 'en' });
      expect(en.warnings.join(' ')).toMatch(/known until 2026-12-31.*make-up working days \(调休\) are unknown/);
    });
    it('2027 春节 (除夕 to 初三, from the lunar calendar): due on 初一 moves to the Tuesday after', () => {
      // 2027: 除夕 Friday 02-05, 初一…初三 02-06…02-08 (Sat–Mon): all days off → last day 02-09, charged from 02-10.
      const r = calc({ ...holiday, dueDate: '2027-02-06', asOf: '2027-02-19', rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } });
      expect([r.segments[0]?.from, r.days]).toEqual(['2027-02-10', 10]);
    });
  });

  describe('grace ending on a day off (民法典 第203条: the last day of the whole period moves)', () => {
    const holiday = { principal: '100000.00', currency: 'CNY' };
    // The last day of payment is due date + grace; when that day is a day off it moves to the next working day.
    it.each([
      // Due Monday 2026-09-28 + 3 days = 2026-10-01 (国庆节, 10-01…10-07 off) → last day 10-08, charged from 10-09:
      // 10-09…10-31 = 23 days × 100,000 × 0.0005 = 1,150.00. Rolling only the due date (a working day) and
      // adding 3 days charged from 10-02: 30 days = 1,500.00, the days of the holiday the grace ended in.
      ['2026-09-28', 3, 'cn-holidays', '2026-10-31', '2026-10-09', 23, '1150.00'],
      // Due Friday 2027-09-24 + 7 days = Friday 2027-10-01 (statutory holiday, no 2027 notice) → Monday 10-04.
      ['2027-09-24', 7, 'cn-holidays', '2027-10-31', '2027-10-05', 27, '1350.00'],
      // Due Saturday 2026-08-01 + 7 = Saturday 08-08 → weekend roll to Monday 08-10, charged from 08-11 (21 days).
      // (Rolling the due date first would give 08-03 + 7 = 08-10, charged from 08-11 too, but for another reason.)
      ['2026-08-01', 7, 'weekend', '2026-08-31', '2026-08-11', 21, '1050.00'],
      // Due Wednesday 2026-07-01 + 3 = Saturday 07-04 → Monday 07-06, charged from 07-07: 25 days.
      ['2026-07-01', 3, 'weekend', '2026-07-31', '2026-07-07', 25, '1250.00'],
    ])('due %s + %i days grace under %s, as of %s → from %s, %i days, %s', (dueDate, graceDays, roll, asOf, from, days, penalty) => {
      const r = calc({ ...holiday, dueDate, asOf, rule: { kind: 'daily-rate', rate: '0.0005', graceDays, dueDateRoll: roll } });
      expect([r.segments[0]?.from, r.days, r.penalty]).toEqual([from, days, penalty]);
    });
    it('a due date on a day off with grace: the grace runs from the due date itself, not the rolled one', () => {
      // Due Sunday 2026-10-04 (国庆) + 5 = Friday 10-09, a working day: last day 10-09, charged from 10-10.
      // (Rolling first gave 10-08 + 5 = 10-13.)
      const r = calc({ ...holiday, dueDate: '2026-10-04', asOf: '2026-10-31', rule: { kind: 'daily-rate', rate: '0.0005', graceDays: 5, dueDateRoll: 'cn-holidays' } });
      expect(r.segments[0]?.from).toBe('2026-10-10');
    });
    it('a make-up working Saturday is a working day: due 2026-10-10 does not move', () => {
      const r = calc({ ...holiday, dueDate: '2026-10-10', asOf: '2026-11-22', rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } });
      expect(r.segments[0]?.from).toBe('2026-10-11');
    });
  });

  it('保障中小企业款项支付条例 第15条 default rate 万分之五 a day, and the 18 % a year a court applied instead', () => {
    // Source: 南京中院 买卖合同纠纷 (蓝深公司 v 某开发区住建局) as reported in 人民法院报: from 2020-09-01 the
    // loss runs "以490万余元为基数，按照18%的年息计算". Hand-worked on a base of 4,900,000.00 for September 2020:
    // 18 %: 4,900,000 × 0.18 × 30 / 365 = 72,493.15; 万分之五: 4,900,000 × 0.0005 × 30 = 73,500.00.
    const q = { principal: '4900000.00', currency: 'CNY', dueDate: '2020-08-31', asOf: '2020-09-30' };
    expect(calc({ ...q, rule: { kind: 'annual-rate', rate: '0.18' } }).penalty).toBe('72493.15');
    expect(calc({ ...q, rule: 'cn-contract-0.05pct-daily' }).penalty).toBe('73500.00');
  });

  it('fixed, per-day amount and none', () => {
    const q = { principal: '100000.00', currency: 'CNY', dueDate: '2024-03-31', asOf: '2024-06-30' };
    expect(calc({ ...q, rule: { kind: 'fixed', amount: '500.00' } })).toMatchObject({ days: 91, penalty: '500.00' });
    expect(calc({ ...q, rule: { kind: 'per-day-amount', amount: '20.00' } })).toMatchObject({ days: 91, penalty: '1820.00' });
    expect(calc({ ...q, rule: { kind: 'none' } })).toMatchObject({ days: 91, penalty: '0.00', segments: [] });
    expect(calc({ ...q, asOf: '2024-03-31', rule: { kind: 'fixed', amount: '500.00' } })).toMatchObject({ days: 0, penalty: '0.00' });
  });

  it('rounds once: thirds of a fen are not rounded per segment', () => {
    // 3 segments (two payments of 0.01) of 100.00 × 1/3000 per day; each exact amount is not a whole fen,
    // the total is rounded once and the segments are allocated so they add up to it.
    const r = calc({
      principal: '100.00', currency: 'CNY', dueDate: '2024-01-31', asOf: '2024-02-03',
      payments: [{ date: '2024-02-01', amount: '0.01' }, { date: '2024-02-02', amount: '0.01' }],
      rule: { kind: 'daily-rate', rate: '0.000333' },
    });
    const sum = r.segments.reduce((a, s) => a + Math.round(Number(s.amount) * 100), 0);
    expect(sum).toBe(Math.round(Number(r.penalty) * 100));
    // 100.00×0.000333 + 99.99×0.000333 + 99.98×0.000333 = 0.0999 → 0.10; rounding each segment
    // (0.03 + 0.03 + 0.03) would give 0.09. The leftover fen goes to the largest remainder (the first).
    expect(r.penalty).toBe('0.10');
    expect(r.segments.map((s) => s.amount)).toEqual(['0.04', '0.03', '0.03']);
  });

  describe('loss check (合同编通则解释 第65条)', () => {
    it('measures the loss at the 1-year LPR on the same balances and days, ceiling 1.3×', () => {
      // LPR 1y 3.45 % (quote of 2023-08-21, in force until 2024-07-21):
      // (100,000 × 31 + 50,000 × 60) × 3.45 % / 365 = 576.58; ceiling 1.3 × 576.5753… = 749.55 → 3,050.00 exceeds it.
      const r = calc({ ...designCase, rule: { ...designCase.rule, lossCheck: true } });
      expect(r.lossCheck).toEqual({ loss: '576.58', ceiling: '749.55', exceeds: true });
    });
    it('a penalty near the LPR does not exceed', () => {
      const r = calc({ ...designCase, rule: { kind: 'annual-rate', rate: '0.04', lossCheck: true } });
      expect(r.lossCheck?.exceeds).toBe(false);
    });
    it('compares the exact amounts: 10.68494 exceeds a ceiling of 10.6849315 although both show 10.68', () => {
      // 10,000.00 for 10 days (2025-07-01…07-10) at 1-year LPR 3.00 % (from 2025-05-20): loss = 10,000 × 3 % × 10 / 365
      // = 8.2191781; ceiling 1.3 × loss = 10.6849315 (合同编通则解释 第65条第2款). A daily rate of 0.0001068494 gives
      // exactly 10,000 × 0.0001068494 × 10 = 10.68494: above the ceiling by 0.0000085, equal once both are rounded.
      const q = { principal: '10000.00', currency: 'CNY', dueDate: '2025-06-30', asOf: '2025-07-10' };
      const over = calc({ ...q, rule: { kind: 'daily-rate', rate: '0.0001068494', lossCheck: true } });
      expect([over.penalty, over.lossCheck]).toEqual(['10.68', { loss: '8.22', ceiling: '10.68', exceeds: true }]);
      const under = calc({ ...q, rule: { kind: 'daily-rate', rate: '0.0001068493', lossCheck: true } });
      expect([under.penalty, under.lossCheck?.exceeds]).toEqual(['10.68', false]);
      // A daily rate that is no whole number of 万分之 is written once in the basis.
      expect(over.basis).toContain('按日0.0001068494计算');
      expect(over.basis.match(/0\.0001068494/g)).toHaveLength(1);
    });
  });

  it('writes the basis in English on request', () => {
    expect(calc(designCase, { lang: 'en' }).basis).toMatch(/0\.05% of the overdue balance per day/);
  });
});
