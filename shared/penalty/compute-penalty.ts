import { minorDigits } from '../currency.ts';
import { money, toDecimalString } from '../money.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import { ratio, ratioFromDecimal, rcompare, rdiv, rmul, roundHalfUpToMinor, type Ratio } from '../ratio.ts';
import { BUILT_IN_RATE_TABLES } from '../rates/built-in-rate-tables.ts';
import { mergeRateTables } from '../rates/merge-rate-tables.ts';
import { stepInForce } from '../rates/step-in-force.ts';
import type { RateTables } from '../rates/types.ts';
import { accrueSegments, type AccrualOutcome, type MinorPayment } from './accrue-segments.ts';
import { allocateByLargestRemainder } from './allocate-by-largest-remainder.ts';
import { effectiveDueDate } from './effective-due-date.ts';
import { fixedCompensation } from './fixed-compensation.ts';
import { lossCheck } from './loss-check.ts';
import { penaltyBasis, type BasisLanguage } from './penalty-basis.ts';
import { rateSchedule, ruleDayCount, ukReferenceDate } from './rate-schedule.ts';
import type { PenaltyCase, PenaltyResult, PenaltyRule, PenaltySegment } from './types.ts';

/** Options of {@link computePenalty}. */
export interface PenaltyOptions {
  /** Language of `basis` (default: `zh-CN` for CNY cases, else `en`). */
  readonly lang?: BasisLanguage;
  /** Newer or corrected rates, merged over the built-in tables. */
  readonly rates?: Partial<RateTables>;
}

const CONTRACT_KINDS: ReadonlySet<PenaltyRule['kind']> = new Set(['fixed', 'per-day-amount', 'daily-rate', 'monthly-rate', 'annual-rate']);

/** Amount text in the currency as exact minor units (rule amounts may carry more digits than the currency). */
export function amountToMinor(text: string, currency: string): Ratio {
  return rmul(ratioFromDecimal(text), ratio(10n ** BigInt(minorDigits(currency))));
}

/** The cap as exact minor units, or `undefined`. */
export function capInMinor(rule: PenaltyRule, principalMinor: number, currency: string): Ratio | undefined {
  if (!rule.cap) return undefined;
  if ('amount' in rule.cap) return amountToMinor(rule.cap.amount, currency);
  return rdiv(rmul(ratio(BigInt(principalMinor)), ratioFromDecimal(rule.cap.percentOfPrincipal)), ratio(100n));
}

/** Everything the engine derives before rounding; shared by {@link computePenalty} and the fast calculator. */
export interface PenaltyWorking {
  readonly start: PlainDate;
  readonly accrual: AccrualOutcome;
  readonly penaltyMinor: number;
  readonly capped: boolean;
  readonly compensationMinor: number;
  readonly warnings: string[];
  readonly tables: RateTables;
}

/** Runs the engine on a case up to rounding. */
export function penaltyWorking(c: PenaltyCase, tables: RateTables): PenaltyWorking {
  const { rule, asOf } = c;
  const currency = c.principal.currency;
  const warnings: string[] = [];
  const due = effectiveDueDate(c.dueDate, rule.dueDateRoll ?? 'none', warnings);
  // Grace days are never charged: the penalty runs from the day after due date + grace.
  const start = addDays(due, 1 + (rule.graceDays ?? 0));
  const payments: MinorPayment[] = [];
  for (const p of c.payments ?? []) {
    if (p.amount.currency !== currency) throw new TypeError(`payment currency ${p.amount.currency} differs from ${currency}`);
    if (p.date > asOf) warnings.push(`The payment of ${p.date} is after the as-of date ${asOf} and was not counted.`);
    else payments.push({ date: p.date, minor: p.amount.minor });
  }
  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const schedule = rateSchedule(rule, start, asOf, tables, warnings, (t) => amountToMinor(t, currency));
  const cap = capInMinor(rule, c.principal.minor, currency);
  const accrual = accrueSegments({
    principalMinor: c.principal.minor, payments, start, asOf, schedule,
    paymentDay: rule.paymentDay ?? 'accrues', allocation: rule.allocation ?? 'principal-first',
    ...(cap ? { cap } : {}),
  });
  const stale = new Set<string>();
  for (const s of accrual.segments) if (s.period.staleAfter && s.to > s.period.staleAfter.date) stale.add(s.period.staleAfter.message);
  warnings.push(...stale);
  if (accrual.overpaidMinor > 0) warnings.push(`Payments exceed principal and penalty by ${accrual.overpaidMinor} minor units (${currency}); the excess was ignored.`);
  const compensationMinor = accrual.days > 0 ? fixedCompensation(rule, c.principal, warnings) : 0;
  return {
    start, accrual, warnings, tables, compensationMinor,
    penaltyMinor: roundHalfUpToMinor(accrual.exactTotal),
    capped: cap !== undefined && rcompare(accrual.uncappedTotal, cap) > 0,
  };
}

/**
 * Computes a late-payment penalty or statutory interest with its working (DESIGN.md, `dunning
 * calc`). Exact rationals throughout, rounded once at the end (half-up to the currency's minor
 * unit); segment amounts are allocated so they add up exactly to the penalty.
 */
export function computePenalty(c: PenaltyCase, options?: PenaltyOptions): PenaltyResult {
  const tables = mergeRateTables(BUILT_IN_RATE_TABLES, options?.rates);
  const currency = c.principal.currency;
  const w = penaltyWorking(c, tables);
  const { rule } = c;
  const shares = allocateByLargestRemainder(w.accrual.segments.map((s) => s.exact), w.penaltyMinor);
  const segments: PenaltySegment[] = w.accrual.segments.map((s, i) => ({
    from: s.from, to: s.to, days: s.days, balance: money(s.balanceMinor, currency), rate: s.period.display,
    amount: money(shares[i] ?? 0, currency),
  }));
  const penalty = money(w.penaltyMinor, currency);
  const compensation = money(w.compensationMinor, currency);
  const warnings = [...w.warnings];
  let check: PenaltyResult['lossCheck'];
  if (rule.lossCheck) {
    if (CONTRACT_KINDS.has(rule.kind)) {
      if (currency !== 'CNY') warnings.push(`Loss check: the loss is measured with China's 1-year LPR although the debt is in ${currency}.`);
      const l = lossCheck(w.accrual.segments, w.penaltyMinor, tables, warnings);
      check = { loss: money(l.lossMinor, currency), ceiling: money(l.ceilingMinor, currency), exceeds: l.exceeds };
    } else {
      warnings.push('lossCheck applies to contractual penalties only; this rule is a statutory measure and was not checked.');
    }
  }
  const ukRef = rule.kind === 'uk-late-payment' ? ukReferenceDate(w.start) : undefined;
  const ukStep = ukRef ? stepInForce(tables.ukBankRate.steps, ukRef) ?? tables.ukBankRate.steps[0] : undefined;
  const basis = penaltyBasis(rule, options?.lang ?? (currency === 'CNY' ? 'zh-CN' : 'en'), {
    currency,
    dayCount: ruleDayCount(rule),
    ...(ukRef && ukStep ? { ukReference: { date: ukRef, bankRatePercent: ukStep.percent } } : {}),
    ...(w.compensationMinor > 0 ? { compensation: toDecimalString(money(w.compensationMinor, currency)) } : {}),
    usesBenchmark: w.accrual.segments.some((s) => s.from < tables.cnLpr.benchmark.until || s.from === tables.cnLpr.benchmark.until),
  });
  return {
    days: w.accrual.days,
    penalty,
    compensation,
    total: money(w.penaltyMinor + w.compensationMinor, currency),
    capped: w.capped,
    segments,
    outstanding: {
      principal: money(c.principal.minor - w.accrual.paidToPrincipalMinor, currency),
      penalty: money(Math.max(0, w.penaltyMinor - w.accrual.paidToPenaltyMinor), currency),
    },
    ...(check ? { lossCheck: check } : {}),
    basis,
    warnings,
    currency,
  };
}
