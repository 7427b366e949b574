import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../../shared/money.ts';
import { addDays, daysBetween, toEpochDay } from '../../../shared/plain-date.ts';
import { computePenalty, createPenaltyCalculator, type PenaltyRule } from '../../../shared/penalty/index.ts';
import { accrueSegments } from '../../../shared/penalty/accrue-segments.ts';
import { amountToMinor } from '../../../shared/penalty/compute-penalty.ts';
import { rateSchedule } from '../../../shared/penalty/rate-schedule.ts';
import { radd, rcompare, rdiv, rmul, ratio, ratioFromDecimal, roundHalfUpToMinor } from '../../../shared/ratio.ts';
import { BUILT_IN_RATE_TABLES } from '../../../shared/rates/index.ts';
import { caseArb, dateArb, ruleArb } from './arbitraries.ts';

const RUNS = { numRuns: 300 };

describe('penalty properties', () => {
  it('the penalty, compensation and outstanding amounts are never negative', () => {
    fc.assert(fc.property(caseArb(true), (c) => {
      const r = computePenalty(c);
      expect(r.penalty.minor).toBeGreaterThanOrEqual(0);
      expect(r.compensation.minor).toBeGreaterThanOrEqual(0);
      expect(r.outstanding.principal.minor).toBeGreaterThanOrEqual(0);
      expect(r.outstanding.penalty.minor).toBeGreaterThanOrEqual(0);
      for (const s of r.segments) expect(s.amount.minor).toBeGreaterThanOrEqual(0);
    }), RUNS);
  });

  it('segment amounts add up exactly to the penalty, and segment days to the days', () => {
    fc.assert(fc.property(caseArb(true), (c) => {
      const r = computePenalty(c);
      expect(r.segments.reduce((a, s) => a + s.amount.minor, 0)).toBe(r.penalty.minor);
      if (c.rule.kind !== 'none') expect(r.segments.reduce((a, s) => a + s.days, 0)).toBe(r.days);
      expect(r.total.minor).toBe(r.penalty.minor + r.compensation.minor);
      for (const s of r.segments) expect(daysBetween(s.from, s.to) + 1).toBe(s.days);
    }), RUNS);
  });

  it('is monotone in days: a later as-of date never lowers the penalty', () => {
    fc.assert(fc.property(caseArb(true), fc.integer({ min: 0, max: 400 }), (c, extra) => {
      const later = { ...c, asOf: addDays(c.asOf, extra), payments: c.payments?.filter((p) => p.date <= c.asOf) ?? [] };
      const earlier = { ...c, payments: later.payments };
      expect(computePenalty(later).penalty.minor).toBeGreaterThanOrEqual(computePenalty(earlier).penalty.minor);
    }), RUNS);
  });

  it('is monotone in the rate', () => {
    fc.assert(fc.property(caseArb(true), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 }), fc.constantFrom('daily-rate' as const, 'annual-rate' as const, 'monthly-rate' as const), (c, a, b, kind) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const rule = (n: number): PenaltyRule => ({ ...c.rule, kind, rate: (n / 1e7).toFixed(7) } as PenaltyRule);
      expect(computePenalty({ ...c, rule: rule(hi) }).penalty.minor).toBeGreaterThanOrEqual(computePenalty({ ...c, rule: rule(lo) }).penalty.minor);
    }), RUNS);
  });

  it('is monotone in the cn-lpr multiplier, and never above the cap (rounded), with capped set only when it bit', () => {
    fc.assert(fc.property(caseArb(true), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (c, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const lpr = (n: number): PenaltyRule => ({ ...c.rule, kind: 'cn-lpr', multiplier: (n / 100).toFixed(2) } as PenaltyRule);
      expect(computePenalty({ ...c, rule: lpr(hi) }).penalty.minor).toBeGreaterThanOrEqual(computePenalty({ ...c, rule: lpr(lo) }).penalty.minor);
      const r = computePenalty(c);
      const cap = c.rule.cap;
      if (!cap) expect(r.capped).toBe(false);
      else {
        const capMinor = 'amount' in cap
          ? roundHalfUpToMinor(amountToMinor(cap.amount, c.principal.currency))
          : roundHalfUpToMinor(rdiv(rmul(ratio(BigInt(c.principal.minor)), ratioFromDecimal(cap.percentOfPrincipal)), ratio(100n)));
        expect(r.penalty.minor).toBeLessThanOrEqual(capMinor);
        if (r.capped) expect(r.penalty.minor).toBe(capMinor);
      }
    }), RUNS);
  });

  it('splitting a period at any date and summing gives the same exact total (before rounding)', () => {
    fc.assert(fc.property(ruleArb, dateArb, fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 1e9 }), (rule0, start, len, cut, balance) => {
      const rule = { ...rule0, cap: undefined } as PenaltyRule; // a cap is not additive by nature
      if (rule.kind === 'fixed') return; // a one-off sum is charged once, not per day
      const asOf = addDays(start, len - 1);
      const split = addDays(start, cut % len);
      const schedule = rateSchedule(rule, start, asOf, BUILT_IN_RATE_TABLES, [], (t) => amountToMinor(t, 'CNY'));
      const run = (from: typeof start, to: typeof start) => accrueSegments({
        principalMinor: balance, payments: [], start: from, asOf: to, schedule, paymentDay: 'accrues', allocation: 'principal-first',
      }).exactTotal;
      const whole = run(start, asOf);
      const parts = radd(run(start, split), run(addDays(split, 1), asOf));
      expect(rcompare(whole, parts)).toBe(0);
    }), RUNS);
  });

  it('createPenaltyCalculator equals computePenalty on cases without payments', () => {
    fc.assert(fc.property(caseArb(false), (c) => {
      const calculator = createPenaltyCalculator(c.rule, c.asOf);
      const fast = calculator(c.principal, c.dueDate);
      const full = computePenalty(c);
      // Past a table's known-until date both name the tables the figure rests on.
      expect(fast).toEqual({ penalty: full.penalty, compensation: full.compensation, days: full.days, assumed: c.principal.minor > 0 && full.assumed?.length ? full.assumed : undefined });
      // A report passes the due date's epoch day it already has: the same figures.
      expect(calculator(c.principal, c.dueDate, toEpochDay(c.dueDate))).toEqual(fast);
      // Its warnings (roll, rates assumed) are the first ones computePenalty gives, when anything is overdue.
      if (full.days > 0) {
        const w = calculator.warningsFor(c.dueDate, c.principal.currency);
        expect(full.warnings.slice(0, w.length)).toEqual(w);
      }
    }), { numRuns: 1000 });
  });

  it('one fast calculator keeps amounts of different currencies apart on the same due date', () => {
    const rule: PenaltyRule = { kind: 'per-day-amount', amount: '100' };
    const calc = createPenaltyCalculator(rule, '2026-11-22' as never);
    const due = '2026-11-12' as never;
    for (const currency of ['CNY', 'JPY', 'CNY', 'JPY']) {
      const fast = calc(money(5_000_000, currency), due);
      const full = computePenalty({ principal: money(5_000_000, currency), dueDate: due, asOf: '2026-11-22' as never, rule });
      expect(fast.penalty).toEqual(full.penalty);
    }
    expect(calc(money(5_000_000, 'JPY'), due).penalty).toEqual(money(1000, 'JPY'));
    expect(calc(money(5_000_000, 'CNY'), due).penalty).toEqual(money(100_000, 'CNY'));
  });

  it('the fast calculator reuses its memo for many rows of one due date', () => {
    const calc = createPenaltyCalculator({ kind: 'cn-lpr', multiplier: '1.5', rateAt: 'period' }, '2026-11-22' as never);
    const due = '2024-06-30' as never;
    const a = calc(money(100_000_000, 'CNY'), due);
    const b = calc(money(100_000_000, 'CNY'), due);
    expect(a).toEqual(b);
    expect(calc(money(0, 'CNY'), due)).toEqual({ penalty: money(0, 'CNY'), compensation: money(0, 'CNY'), days: 0 });
  });
});
