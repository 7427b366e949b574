import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits } from '../../../shared/currency.ts';
import { addDays, dateParts, makeDate, type PlainDate } from '../../../shared/plain-date.ts';
import { computePenalty, type PenaltyCase, type PenaltyRule } from '../../../shared/penalty/index.ts';
import { radd, rcompare, rdiv, rmul, ratio, ratioFromDecimal, roundHalfUpToMinor, rsub, ZERO, type Ratio } from '../../../shared/ratio.ts';
import { rollToWorkingDay } from '../../../shared/calendar/working-day.ts';
import { BUILT_IN_RATE_TABLES } from '../../../shared/rates/index.ts';
import { caseArb } from './arbitraries.ts';

// An independent, deliberately naive model of DESIGN.md: walk the overdue period one day at a
// time, look the rate up afresh for that day from the raw tables, apply each payment on the day
// the balance falls, and round once at the end. The engine (segments, memoised schedules, merged
// equal quotes) must give exactly the same penalty, days and outstanding amounts.

const T = BUILT_IN_RATE_TABLES;
const pct = (p: string): Ratio => rdiv(ratioFromDecimal(p), ratio(100n));

function inForce<S extends { from: string }>(steps: readonly S[], d: string): S | undefined {
  let found: S | undefined;
  for (const s of steps) if (s.from <= d) found = s;
  return found;
}

/** The annual (or daily, or amount) rate on day `d` for a case whose first overdue day is `start`. */
function dailyCharge(rule: PenaltyRule, d: PlainDate, start: PlainDate, balance: number, minorPerUnit: Ratio): Ratio {
  const dc = BigInt(rule.dayCount ?? (rule.kind === 'monthly-rate' ? 360 : 365));
  const onBalance = (annual: Ratio): Ratio => rmul(rdiv(annual, ratio(dc)), ratio(BigInt(balance)));
  switch (rule.kind) {
    case 'daily-rate': return rmul(ratioFromDecimal(rule.rate), ratio(BigInt(balance)));
    case 'monthly-rate': return onBalance(rmul(ratioFromDecimal(rule.rate), ratio(12n)));
    case 'annual-rate': return onBalance(ratioFromDecimal(rule.rate));
    case 'per-day-amount': return rmul(ratioFromDecimal(rule.amount), minorPerUnit);
    case 'cn-lpr': {
      const pick = (q: { oneYear: string; fiveYear: string }) => (rule.term === '5y' ? q.fiveYear : q.oneYear);
      let p: string;
      // 买卖合同解释 第18条第4款: a breach before 2019-08-20 stays on the benchmark with `breach`;
      // with `period` the benchmark applies to the days before 2019-08-20.
      const breach = (rule.rateAt ?? 'breach') === 'breach';
      if (breach ? start <= '2019-08-19' : d <= '2019-08-19') p = pick(T.cnLpr.benchmark);
      else {
        const on = (rule.rateAt ?? 'breach') === 'breach' ? (start > '2019-08-20' ? start : '2019-08-20') : d;
        p = pick(inForce(T.cnLpr.quotes, on) ?? T.cnLpr.quotes[0]!);
      }
      return onBalance(rmul(pct(p), ratioFromDecimal(rule.multiplier)));
    }
    case 'uk-late-payment': {
      const { year, month } = dateParts(rule.rateReset === 'half-yearly' ? d : start);
      const ref = month <= 6 ? `${year - 1}-12-31` : `${year}-06-30`;
      return onBalance(radd(pct((inForce(T.ukBankRate.steps, ref) ?? T.ukBankRate.steps[0]!).percent), pct('8')));
    }
    case 'eu-late-payment': {
      const { year, month } = dateParts(d);
      const h = makeDate(year, month <= 6 ? 1 : 7, 1)!;
      const de = rule.country === 'DE';
      const table = de ? T.deBasiszinssatz : T.ecbMro;
      const points = de ? (rule.consumer ? '5' : '9') : '8';
      return onBalance(radd(pct((inForce(table.steps, h) ?? table.steps[0]!).percent), pct(points)));
    }
    case 'none':
    case 'fixed':
      return ZERO;
  }
}

/** The statute's fixed sum in minor units: s.5A of the 1998 Act in GBP, EUR 40 for non-consumer EU debts in EUR. */
function fixedSum(c: PenaltyCase): number {
  const { rule } = c;
  const p = c.principal;
  if (rule.kind === 'uk-late-payment') return p.currency !== 'GBP' ? 0 : p.minor < 100_000 ? 4_000 : p.minor < 1_000_000 ? 7_000 : 10_000;
  if (rule.kind === 'eu-late-payment') return !rule.consumer && p.currency === 'EUR' ? 4_000 : 0;
  return 0;
}

function oracle(c: PenaltyCase): { penalty: number; days: number; principal: number; penaltyOwed: number; compensationOwed: number } {
  const { rule } = c;
  const currency = c.principal.currency;
  const unit = ratio(10n ** BigInt(minorDigits(currency)));
  const roll = rule.dueDateRoll ?? 'none';
  // The last day of payment is due date + grace, moved off a day off (民法典 第203条).
  const last = addDays(c.dueDate, rule.graceDays ?? 0);
  const start = addDays(roll === 'none' ? last : rollToWorkingDay(last, roll === 'weekend' ? 'weekend' : 'cn'), 1);
  const compensation = fixedSum(c);
  const cap = !rule.cap ? undefined
    : 'amount' in rule.cap ? rmul(ratioFromDecimal(rule.cap.amount), unit)
      : rdiv(rmul(ratio(BigInt(c.principal.minor)), ratioFromDecimal(rule.cap.percentOfPrincipal)), ratio(100n));
  const excluded = rule.paymentDay === 'excluded';
  const payments = (c.payments ?? []).filter((p) => p.date <= c.asOf).map((p) => ({ date: p.date, falls: excluded ? p.date : addDays(p.date, 1), minor: p.amount.minor }));
  payments.sort((a, b) => (a.falls < b.falls ? -1 : a.falls > b.falls ? 1 : 0));
  let balance = c.principal.minor;
  let cum: Ratio = ZERO;
  let paidPenalty = 0;
  let paidCompensation = 0;
  let days = 0;
  let charged = false;
  const pay = (p: { date: PlainDate; minor: number }): void => {
    let left = p.minor;
    const toPenalty = () => { const x = Math.min(left, Math.max(0, roundHalfUpToMinor(cum) - paidPenalty)); paidPenalty += x; left -= x; };
    const toPrincipal = () => { const x = Math.min(left, balance); balance -= x; left -= x; };
    // The fixed sum is a cost owed from the first overdue day: BGB §367, 民法典 第561条 pay costs first.
    const toCompensation = () => { if (p.date < start) return; const x = Math.min(left, compensation - paidCompensation); paidCompensation += x; left -= x; };
    if (rule.allocation === 'statutory') { toCompensation(); toPenalty(); toPrincipal(); } else { toPrincipal(); toPenalty(); toCompensation(); }
  };
  // Payments whose balance falls before the first overdue day reduce the balance before anything accrues.
  let i = 0;
  for (; i < payments.length && payments[i]!.falls <= start; i++) pay(payments[i]!);
  for (let d = start; d <= c.asOf; d = addDays(d, 1)) {
    for (; i < payments.length && payments[i]!.falls <= d; i++) pay(payments[i]!);
    if (balance <= 0) break;
    days++;
    let raw = rule.kind === 'fixed' ? (charged ? ZERO : rmul(ratioFromDecimal(rule.amount), unit)) : dailyCharge(rule, d, start, balance, unit);
    charged = true;
    if (cap) { const room = rsub(cap, cum); raw = rcompare(room, ZERO) <= 0 ? ZERO : rcompare(raw, room) > 0 ? room : raw; }
    cum = radd(cum, raw);
  }
  for (; i < payments.length; i++) if (payments[i]!.falls <= addDays(c.asOf, 1)) pay(payments[i]!);
  const penalty = roundHalfUpToMinor(cum);
  return { penalty, days, principal: balance, penaltyOwed: Math.max(0, penalty - paidPenalty), compensationOwed: days > 0 ? compensation - paidCompensation : 0 };
}

describe('the engine agrees with a day-by-day model of DESIGN.md', () => {
  it('penalty, days and what is still owed, for every rule kind and option, with payments', () => {
    fc.assert(fc.property(caseArb(true), (c0) => {
      // Short periods keep the naive model fast; the engine's own tests cover long ones.
      const c: PenaltyCase = { ...c0, asOf: c0.asOf > addDays(c0.dueDate, 400) ? addDays(c0.dueDate, 400) : c0.asOf };
      const r = computePenalty(c);
      const o = oracle(c);
      expect({
        penalty: r.penalty.minor, days: r.days, principal: r.outstanding.principal.minor, penaltyOwed: r.outstanding.penalty.minor,
        compensationOwed: r.outstanding.compensation?.minor ?? 0,
      }).toEqual(o);
      expect(r.compensation.minor).toBe(o.days > 0 ? fixedSum(c) : 0);
    }), { numRuns: 400 });
  });
});
