import { describe, expect, it } from 'vitest';
import { money } from '../../../shared/money.ts';
import { computePenalty, RULE_PRESETS } from '../../../shared/penalty/index.ts';
import type { PenaltyRule } from '../../../shared/penalty/types.ts';
import { addDays, plainDate } from '../../../shared/plain-date.ts';
import { renderClause } from '../../../shared/templates/render-clause.ts';

describe('renderClause words each preset as the engine computes it', () => {
  it.each(Object.keys(RULE_PRESETS))('%s has a clause in both languages', (name) => {
    const rule = RULE_PRESETS[name] as PenaltyRule;
    for (const lang of ['zh-CN', 'en'] as const) {
      const clause = renderClause(rule, lang);
      expect(clause).toMatch(lang === 'zh-CN' ? /^一、付款期限/ : /^1\. Payment terms/);
      expect(clause).not.toMatch(/undefined|NaN/);
    }
  });

  const cases: Array<[string, 'zh-CN' | 'en', readonly string[]]> = [
    ['cn-contract-0.05pct-daily', 'zh-CN', ['自到期日次日起至实际付清之日止（含付款当日），每逾期一日按逾期未付金额的万分之五', '付款当日仍按付款前的未付金额计算', '先抵充逾期未付的本金']],
    ['cn-contract-0.05pct-daily', 'en', ['0.05% of the overdue amount for each day from the day after the due date until and including the day the amount is paid in full']],
    ['cn-lpr-1.5x', 'zh-CN', ['一年期贷款市场报价利率（LPR）的1.5倍', '一年按365日计', '违约金起算之日有效的']],
    ['cn-lpr-1x', 'en', ['at the 1-year Loan Prime Rate']],
    ['uk-late-payment', 'en', ['8% a year above the Bank of England base rate on the reference date', '£40 for a debt under £1,000, £70', 'that rate applying for the whole of the debt']],
    ['de-b2b', 'en', ['9 percentage points above the base rate (Basiszinssatz) under §247 BGB', 'EUR 40 flat fee under §288(5) BGB']],
    ['de-consumer', 'en', ['5 percentage points above']],
    ['us-1.5pct-monthly', 'en', ['1.5% a month, accruing daily at the monthly rate × 12 / 360']],
    ['none', 'zh-CN', ['本合同不约定逾期付款违约金或利息']],
  ];
  it.each(cases)('%s (%s) says exactly the rate, day count, start day and allocation', (name, lang, phrases) => {
    const clause = renderClause(RULE_PRESETS[name] as PenaltyRule, lang);
    for (const p of phrases) expect(clause).toContain(p);
  });

  it('de-consumer has no flat fee, matching the engine', () => {
    expect(renderClause(RULE_PRESETS['de-consumer'] as PenaltyRule, 'en')).not.toContain('EUR 40');
  });

  it('a custom rule states grace, the day-off roll, the payment day, cap and allocation', () => {
    const rule: PenaltyRule = { kind: 'daily-rate', rate: '0.001', graceDays: 5, cap: { percentOfPrincipal: '30' }, allocation: 'statutory', paymentDay: 'excluded', dueDateRoll: 'cn-holidays' };
    const zh = renderClause(rule, 'zh-CN');
    expect(zh).toContain('自到期日后第6日起（到期日后5日为宽限期，宽限期内不计违约金）至实际付清之日止（付款当日不计），每逾期一日按逾期未付金额的千分之一');
    expect(zh).toContain('顺延至其后第一个工作日（国家统一安排的调休上班日视为工作日）');
    expect(zh).toContain('以该发票到期时未付本金的30%为上限');
    expect(zh).toContain('先抵充已产生的违约金，再抵充本金（《中华人民共和国民法典》第五百六十一条）');
    const en = renderClause(rule, 'en');
    expect(en).toContain('from the 6th day after the due date (the first 5 days after the due date being a grace period free of charge)');
    expect(en).toContain('shall not exceed 30% of the principal unpaid on its due date');
    expect(en).toContain('applied first to late-payment charges already accrued and then to the principal');
  });

  it('the start day and cap it states are the engine\'s: first charged day = due + grace + 1, cap at 30%', () => {
    const rule: PenaltyRule = { kind: 'daily-rate', rate: '0.001', graceDays: 5, cap: { percentOfPrincipal: '30' } };
    const due = plainDate('2026-03-31');
    const r = computePenalty({ principal: money(1_000_000, 'CNY'), dueDate: due, asOf: plainDate('2027-03-31'), rule });
    expect(r.segments[0]?.from).toBe(addDays(due, 6));
    expect(r.penalty.minor).toBe(300_000);
    expect(r.capped).toBe(true);
  });

  // One case with a part payment, computed by the engine, read against each clause's words.
  const partPaid = (rule: PenaltyRule) => computePenalty({
    principal: money(10_000_000, 'CNY'), dueDate: plainDate('2024-03-31'), asOf: plainDate('2024-06-30'),
    payments: [{ date: plainDate('2024-05-01'), amount: money(5_000_000, 'CNY') }], rule,
  });

  it('"the day of payment is charged on the balance before it" is what the engine does by default', () => {
    const rule = RULE_PRESETS['cn-contract-0.05pct-daily'] as PenaltyRule;
    expect(renderClause(rule, 'zh-CN')).toContain('付款当日仍按付款前的未付金额计算，自次日起按付款后的未付金额计算');
    const r = partPaid(rule);
    expect(r.segments.map((s) => [s.from, s.to, s.balance.minor])).toEqual([['2024-04-01', '2024-05-01', 10_000_000], ['2024-05-02', '2024-06-30', 5_000_000]]);
    expect(r.penalty.minor).toBe(305_000); // 100,000 × 0.05% × 31 + 50,000 × 0.05% × 60 = 3,050.00
  });

  it('"付款当日不计" / paymentDay excluded: the balance falls on the payment day in the engine too', () => {
    const rule: PenaltyRule = { kind: 'daily-rate', rate: '0.0005', paymentDay: 'excluded' };
    expect(renderClause(rule, 'zh-CN')).toContain('自付款当日起按付款后的未付金额计算');
    expect(partPaid(rule).segments.map((s) => [s.from, s.to, s.balance.minor])).toEqual([['2024-04-01', '2024-04-30', 10_000_000], ['2024-05-01', '2024-06-30', 5_000_000]]);
  });

  it('statutory allocation: the clause says charges first, and the engine lets the payment clear the accrued charge first', () => {
    const rule: PenaltyRule = { kind: 'daily-rate', rate: '0.0005', allocation: 'statutory' };
    expect(renderClause(rule, 'en')).toContain('applied first to late-payment charges already accrued and then to the principal');
    const r = partPaid(rule);
    // 1,550.00 accrued by 1 May is paid first; 48,450.00 reduces the principal to 51,550.00.
    expect(r.segments[1]?.balance.minor).toBe(5_155_000);
    expect(r.outstanding.principal.minor).toBe(5_155_000);
  });

  it('a flat daily amount: the clause says a part payment does not reduce it, as the engine computes', () => {
    const rule: PenaltyRule = { kind: 'per-day-amount', amount: '50.00' };
    expect(renderClause(rule, 'zh-CN')).toContain('买方部分付款的，不减少每日违约金，直至该发票全部付清');
    expect(renderClause(rule, 'zh-CN')).not.toContain('按付款后的未付金额计算');
    expect(renderClause(rule, 'en')).toContain('A part payment does not reduce the daily amount');
    expect(partPaid(rule).penalty.minor).toBe(91 * 5_000); // 91 days × ¥50.00, before and after the payment alike
  });

  it('the cap is on the principal unpaid at the due date: a part payment does not lower it', () => {
    const rule: PenaltyRule = { kind: 'daily-rate', rate: '0.001', cap: { percentOfPrincipal: '5' } };
    const r = partPaid(rule);
    // Uncapped: 100,000 × 0.1% × 31 + 50,000 × 0.1% × 60 = 6,100; capped at 5% of 100,000, not of 50,000.
    expect(r.capped).toBe(true);
    expect(r.penalty.minor).toBe(500_000);
  });

  it('formats fixed amounts in the given currency', () => {
    expect(renderClause({ kind: 'per-day-amount', amount: '50' }, 'zh-CN')).toContain('每逾期一日向卖方支付违约金¥50.00');
    expect(renderClause({ kind: 'fixed', amount: '40' }, 'en', { currency: 'GBP' })).toContain('one-off late-payment penalty of £40.00 for each overdue invoice');
    expect(renderClause({ kind: 'fixed', amount: '40' }, 'en')).toContain('40 in the invoice currency');
  });
});

describe('clauseForPreset', () => {
  it('looks a preset up by name, or says which names exist', async () => {
    const { clauseForPreset } = await import('../../../shared/templates/clause-for-preset.ts');
    const ok = clauseForPreset('cn-contract-0.05pct-daily', 'zh-CN');
    expect(ok.ok && ok.value).toContain('万分之五');
    const bad = clauseForPreset('toString', 'en');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('presets: cn-contract-0.05pct-daily');
  });
});
