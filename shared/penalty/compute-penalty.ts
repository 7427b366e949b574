import type { CnHolidayCalendar } from '../calendar/cn-holiday-calendar.ts';
import { minorDigits } from '../currency.ts';
import { money, toDecimalString } from '../money.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import { ratio, ratioFromDecimal, rcompare, rdiv, rmul, roundHalfUpToMinor, type Ratio } from '../ratio.ts';
import { BUILT_IN_RATE_TABLES } from '../rates/built-in-rate-tables.ts';
import { mergeRateTables } from '../rates/merge-rate-tables.ts';
import type { RateTables } from '../rates/types.ts';
import { accrueSegments, type AccrualOutcome, type MinorPayment } from './accrue-segments.ts';
import { allocateByLargestRemainder } from './allocate-by-largest-remainder.ts';
import { fixedCompensation } from './fixed-compensation.ts';
import { lastPaymentDay } from './last-payment-day.ts';
import { lossCheck } from './loss-check.ts';
import { penaltyBasis, type BasisLanguage } from './penalty-basis.ts';
import { assumedTables, penaltyWarningText, type PenaltyWarning } from './penalty-warning.ts';
import { rateSchedule, ruleDayCount } from './rate-schedule.ts';
import { ruleDefinition } from './rules/rule-definitions.ts';
import type { PenaltyCase, PenaltyResult, PenaltyRule, PenaltySegment } from './types.ts';

/** Options of {@link computePenalty} and the fast calculator. */
export interface PenaltyOptions {
  /** Language of `basis` and `warnings` (default: `zh-CN` for CNY cases, else `en`). */
  readonly lang?: BasisLanguage;
  /** Newer or corrected rates, merged over the built-in tables. */
  readonly rates?: Partial<RateTables>;
  /** China's holiday calendar with the user's years (`withCnCalendarYears`); the built-in one by default. */
  readonly calendar?: CnHolidayCalendar;
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

/** The day the penalty starts: the day after the last day of payment (due date + grace, rolled off a day off). */
export function firstOverdueDay(rule: PenaltyRule, dueDate: PlainDate, warnings: PenaltyWarning[], calendar?: CnHolidayCalendar): PlainDate {
  return addDays(lastPaymentDay(dueDate, rule.graceDays ?? 0, rule.dueDateRoll ?? 'none', warnings, calendar), 1);
}

/** Everything the engine derives before rounding. */
export interface PenaltyWorking {
  readonly start: PlainDate;
  readonly accrual: AccrualOutcome;
  readonly penaltyMinor: number;
  readonly capped: boolean;
  readonly compensationMinor: number;
  readonly warnings: PenaltyWarning[];
  readonly tables: RateTables;
}

/** Runs the engine on a case up to rounding. */
export function penaltyWorking(c: PenaltyCase, tables: RateTables, calendar?: CnHolidayCalendar): PenaltyWorking {
  const { rule, asOf } = c;
  const currency = c.principal.currency;
  const warnings: PenaltyWarning[] = [];
  // Grace days are never charged: the penalty runs from the day after due date + grace.
  const start = firstOverdueDay(rule, c.dueDate, warnings, calendar);
  const payments: MinorPayment[] = [];
  for (const p of c.payments ?? []) {
    if (p.amount.currency !== currency) throw new TypeError(`payment currency ${p.amount.currency} differs from ${currency}`);
    if (p.date > asOf) warnings.push({ code: 'payment-after-as-of', date: p.date, asOf });
    else payments.push({ date: p.date, minor: p.amount.minor });
  }
  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const schedule = rateSchedule(rule, start, asOf, tables, warnings, (t) => amountToMinor(t, currency));
  const cap = capInMinor(rule, c.principal.minor, currency);
  // Said only when the debt was late at all (a debt paid on time owes no fixed sum either way).
  const compensationWarnings: PenaltyWarning[] = [];
  const fixedSum = start <= asOf ? fixedCompensation(rule, c.principal, compensationWarnings) : 0;
  const accrual = accrueSegments({
    principalMinor: c.principal.minor, payments, start, asOf, schedule,
    paymentDay: rule.paymentDay ?? 'accrues', allocation: rule.allocation ?? 'principal-first',
    compensationMinor: fixedSum,
    ...(cap ? { cap } : {}),
  });
  const stale: PenaltyWarning[] = [];
  for (const s of accrual.segments) {
    const w = s.period.staleAfter;
    if (w && s.to > w.date && !stale.includes(w.warning)) stale.push(w.warning);
  }
  warnings.push(...stale);
  if (accrual.days > 0) warnings.push(...compensationWarnings);
  if (accrual.overpaidMinor > 0) warnings.push({ code: 'overpaid', excess: money(accrual.overpaidMinor, currency) });
  return {
    start, accrual, warnings, tables, compensationMinor: accrual.days > 0 ? fixedSum : 0,
    penaltyMinor: roundHalfUpToMinor(accrual.exactTotal),
    capped: cap !== undefined && rcompare(accrual.uncappedTotal, cap) > 0,
  };
}

/**
 * Computes a late-payment penalty or statutory interest with its working (DESIGN.md, `dunning
 * calc`). Exact rationals throughout, rounded once at the end (half-up to the currency's minor
 * unit); segment amounts are allocated so they add up exactly to the penalty. Warnings are in
 * the language of the basis; `warningDetails` has them as data and `assumed` names the tables
 * the figure rests on past their known-until dates.
 */
export function computePenalty(c: PenaltyCase, options?: PenaltyOptions): PenaltyResult {
  const tables = mergeRateTables(BUILT_IN_RATE_TABLES, options?.rates);
  const currency = c.principal.currency;
  const w = penaltyWorking(c, tables, options?.calendar);
  const { rule } = c;
  const lang = options?.lang ?? (currency === 'CNY' ? 'zh-CN' : 'en');
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
      if (currency !== 'CNY') warnings.push({ code: 'loss-check-currency', currency });
      const l = lossCheck(w.accrual.segments, w.accrual.exactTotal, tables, warnings);
      check = { loss: money(l.lossMinor, currency), ceiling: money(l.ceilingMinor, currency), exceeds: l.exceeds };
    } else {
      warnings.push({ code: 'loss-check-statutory' });
    }
  }
  const basis = penaltyBasis(rule, lang, {
    currency,
    dayCount: ruleDayCount(rule),
    ...(ruleDefinition(rule).basisFacts?.(rule, w.start, tables) ?? {}),
    ...(w.compensationMinor > 0 ? { compensation: toDecimalString(compensation) } : {}),
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
      ...(w.compensationMinor > 0 ? { compensation: money(w.compensationMinor - w.accrual.paidToCompensationMinor, currency) } : {}),
    },
    ...(check ? { lossCheck: check } : {}),
    basis,
    warnings: warnings.map((x) => penaltyWarningText(x, lang)),
    warningDetails: warnings,
    assumed: assumedTables(warnings),
    currency,
  };
}
