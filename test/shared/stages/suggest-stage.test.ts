import { describe, expect, it } from 'vitest';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { DEFAULT_STAGE_POLICY, parseStagePolicy, stageRank, suggestStage } from '../../../shared/stages/index.ts';

const cny = (yuan: number) => money(yuan * 100, 'CNY');

describe('suggestStage with the default policy', () => {
  it.each([
    [-10, null], [-4, null], [-3, 'courtesy'], [0, 'courtesy'],
    [1, 'friendly'], [14, 'friendly'], [15, 'statement'], [30, 'statement'], [31, 'payment-plan'], [45, 'payment-plan'],
    [46, 'deadline'], [60, 'deadline'], [61, 'formal-notice'], [83, 'formal-notice'], [90, 'formal-notice'],
    [91, 'final-notice'], [120, 'final-notice'], [121, 'legal'], [900, 'legal'],
  ])('%i days overdue → %s', (daysOverdue, stage) => {
    expect(suggestStage({ daysOverdue, outstanding: cny(10000) })).toBe(stage);
  });

  it('matches the DESIGN.md report row: 83 days overdue on 10,000.00 → formal-notice', () => {
    expect(suggestStage({ daysOverdue: 83, outstanding: cny(10000) })).toBe('formal-notice');
  });

  it('suggests nothing below the minimum balance or when nothing is owed', () => {
    expect(suggestStage({ daysOverdue: 200, outstanding: money(999, 'CNY') })).toBeNull();
    expect(suggestStage({ daysOverdue: 200, outstanding: money(1000, 'CNY') })).toBe('legal');
    expect(suggestStage({ daysOverdue: 200, outstanding: cny(0) })).toBeNull();
    expect(suggestStage({ daysOverdue: 200, outstanding: cny(0), paidInFull: true })).toBe('thank-you');
  });

  it('follows up on a promise to pay until followUpDays after the promised date, then resumes the ladder', () => {
    const promiseToPay = { date: plainDate('2026-11-15') };
    const base = { daysOverdue: 70, outstanding: cny(5000), promiseToPay };
    expect(suggestStage({ ...base, asOf: plainDate('2026-11-10') })).toBe('follow-up');
    expect(suggestStage({ ...base, asOf: plainDate('2026-11-22') })).toBe('follow-up');
    expect(suggestStage({ ...base, asOf: plainDate('2026-11-23') })).toBe('formal-notice');
    expect(suggestStage({ ...base, planAgreed: true })).toBe('plan-confirmation');
  });

  it('takes a configured policy and per-currency minimums', () => {
    const parsed = parseStagePolicy({ thresholds: { 'payment-plan': 16, 'deadline': 20, 'formal-notice': 30 }, minimumBalance: { JPY: '5000' } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(suggestStage({ daysOverdue: 35, outstanding: cny(100) }, parsed.value)).toBe('formal-notice');
    expect(suggestStage({ daysOverdue: 35, outstanding: money(4999, 'JPY') }, parsed.value)).toBeNull();
    expect(suggestStage({ daysOverdue: 35, outstanding: money(5000, 'JPY') }, parsed.value)).toBe('formal-notice');
  });

  it('refuses a policy whose stages go backwards, naming the field', () => {
    expect(parseStagePolicy({ thresholds: { 'final-notice': 50 } })).toEqual({
      ok: false, error: { field: 'thresholds.final-notice', message: 'starts on day 50, before formal-notice (day 61)' },
    });
    expect(parseStagePolicy({ thresholds: { courtesy: 3 } })).toMatchObject({ ok: false, error: { field: 'thresholds.courtesy' } });
    expect(parseStagePolicy({ minimumBalance: { CNY: '-1' } })).toMatchObject({ ok: false, error: { field: 'minimumBalance.CNY' } });
    expect(DEFAULT_STAGE_POLICY.thresholds.legal).toBe(121);
  });

  it('ranks stages for "most advanced"', () => {
    expect(stageRank('legal')).toBeGreaterThan(stageRank('formal-notice'));
    expect(stageRank('friendly')).toBeGreaterThan(stageRank('follow-up'));
    expect(stageRank('follow-up')).toBeGreaterThan(stageRank(null));
  });
});
