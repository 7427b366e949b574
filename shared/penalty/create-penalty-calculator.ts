import { money, type Money } from '../money.ts';
import { addDays, daysBetween, toEpochDay, type PlainDate } from '../plain-date.ts';
import { radd, rcompare, rdiv, rmul, ratio, ratioFromDecimal, roundHalfUpToMinor, ZERO, type Ratio } from '../ratio.ts';
import { BUILT_IN_RATE_TABLES } from '../rates/built-in-rate-tables.ts';
import { mergeRateTables } from '../rates/merge-rate-tables.ts';
import { amountToMinor, firstOverdueDay, type PenaltyOptions } from './compute-penalty.ts';
import { compensationCurrency } from './fixed-compensation.ts';
import { ruleDefinition } from './rules/rule-definitions.ts';
import { assumedTables, penaltyWarningText, type PenaltyWarning, type ReferenceTableId } from './penalty-warning.ts';
import { rateSchedule } from './rate-schedule.ts';
import type { PenaltyRule } from './types.ts';

/** What the fast calculator returns per row. */
export interface QuickPenalty {
  readonly penalty: Money;
  readonly compensation: Money;
  readonly days: number;
  /** The tables this figure rests on past their known-until dates; `undefined` when none. */
  readonly assumed?: readonly ReferenceTableId[] | undefined;
}

/** Per due date: penalty = round(min(balance × factor + fixed, cap)). */
interface DueDateEntry {
  readonly days: number;
  /** Σ rate per day × days for rates on the balance (exact). */
  readonly factor: Ratio;
  /** The same as numbers when both are safe integers (the common case). */
  readonly factorNum: number;
  readonly factorDen: number;
  /** Whether rows of this due date take the number path: a proportional rule, no fixed part, safe figures. */
  readonly numeric: boolean;
  /** Σ amounts not proportional to the balance (per-day amounts, a fixed sum), minor units. */
  readonly fixed: Ratio;
  /** What computePenalty would warn about for this due date (assumed rates, calendar), without payments. */
  readonly warnings: readonly PenaltyWarning[];
  /** The tables assumed past their known-until dates (shared by every row of the due date). */
  readonly assumed: readonly ReferenceTableId[] | undefined;
}

/**
 * The fast calculator; `warningsFor` gives the warnings of a due date (computed once per due
 * date, like the figures). A caller that already has the due date as an epoch day (a report
 * row computes it for the days overdue) passes it as `dueDay` to save reading the date again,
 * and one that keeps a zero of each currency (a report does) passes the outstanding's as
 * `zero`, returned for the nil figures instead of the calculator's own (a map lookup, ~70
 * instructions a row).
 */
export type PenaltyCalculator = ((outstanding: Money, dueDate: PlainDate, dueDay?: number, zero?: Money) => QuickPenalty) & {
  /** Warnings of a due date as sentences, in `options.lang` (default: Chinese for CNY). */
  readonly warningsFor: (dueDate: PlainDate, currency?: string) => readonly string[];
  /** The same as data. */
  readonly warningDetailsFor: (dueDate: PlainDate, currency?: string) => readonly PenaltyWarning[];
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** round-half-up(b × n / d) in doubles; `undefined` when an intermediate would not be exact. */
function mulDivRound(b: number, n: number, d: number): number | undefined {
  const p = b * n;
  if (p > Number.MAX_SAFE_INTEGER) return undefined;
  let q = Math.floor(p / d);
  let r = p - q * d;
  if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
  return 2 * r >= d ? q + 1 : q;
}

/**
 * The fast path for large reports: the same figures as {@link computePenalty} for a case with
 * no payments, but the rate schedule is walked once per due date (memoised) so that each row
 * costs about one multiplication and one rounding. Warnings are not reported here; call
 * `computePenalty` on one row to show them.
 */
export function createPenaltyCalculator(
  rule: PenaltyRule, asOf: PlainDate, options?: PenaltyOptions,
): PenaltyCalculator {
  const tables = mergeRateTables(BUILT_IN_RATE_TABLES, options?.rates);
  // Keyed by the due date's epoch day: a number is looked up without hashing a fresh string
  // on every row. Rules with amounts in the case currency keep one table per currency.
  const memo = new Map<number, DueDateEntry>();
  const memoByCurrency = new Map<string, Map<number, DueDateEntry>>();
  const perCurrency = rule.kind === 'fixed' || rule.kind === 'per-day-amount';
  // Past due dates (every row with a penalty) are found by index, as-of minus the due day: a
  // Map lookup per row cost more than the penalty itself. Up to ~270 years back.
  const asOfDay = toEpochDay(asOf);
  const byAge: (DueDateEntry | undefined)[] = [];
  const MAX_AGE = 100_000;
  const capPercent = rule.cap && 'percentOfPrincipal' in rule.cap ? rdiv(ratioFromDecimal(rule.cap.percentOfPrincipal), ratio(100n)) : undefined;
  const capAmountText = rule.cap && 'amount' in rule.cap ? rule.cap.amount : undefined;
  const capAmounts = new Map<string, Ratio>();

  const simple = !capAmountText && rule.kind !== 'fixed' && rule.kind !== 'per-day-amount';
  // The hit is its own small function so that V8 inlines it into the report's row function; the
  // miss (walking the schedule) stays out of line. A call per row cost ~65 instructions a row
  // (callgrind, the bench's export cut to 200,000 rows).
  const entryFor = (dueDate: PlainDate, currency: string, dueDay: number): DueDateEntry => {
    const age = asOfDay - dueDay;
    if (!perCurrency && age >= 0 && age < MAX_AGE) {
      const hit = byAge[age];
      if (hit !== undefined) return hit;
    }
    return newEntry(dueDate, currency, dueDay, age);
  };
  const newEntry = (dueDate: PlainDate, currency: string, dueDay: number, age: number): DueDateEntry => {
    const indexed = !perCurrency && age >= 0 && age < MAX_AGE;
    let table = memo;
    if (perCurrency) {
      const t = memoByCurrency.get(currency);
      if (t) table = t;
      else memoByCurrency.set(currency, (table = new Map()));
    }
    const hit = indexed ? undefined : table.get(dueDay);
    if (hit) return hit;
    const warnings: PenaltyWarning[] = [];
    const start = firstOverdueDay(rule, dueDate, warnings, options?.calendar);
    const days = start <= asOf ? daysBetween(start, asOf) + 1 : 0;
    let factor: Ratio = ZERO;
    let fixed: Ratio = ZERO;
    if (days > 0) {
      const schedule = rateSchedule(rule, start, asOf, tables, warnings, (t) => amountToMinor(t, currency));
      const stale: PenaltyWarning[] = [];
      schedule.forEach((p, i) => {
        const next = schedule[i + 1];
        const from = p.from > start ? p.from : start;
        const to = next && next.from <= asOf ? addDays(next.from, -1) : asOf;
        if (to < from) return;
        if (p.staleAfter && to > p.staleAfter.date && !stale.includes(p.staleAfter.warning)) stale.push(p.staleAfter.warning);
        const n = ratio(BigInt(daysBetween(from, to) + 1));
        if (p.unit === 'fraction') factor = radd(factor, rmul(p.perDay, n));
        else if (p.unit === 'amount') fixed = radd(fixed, rmul(p.perDay, n));
        else fixed = radd(fixed, p.perDay);
      });
      warnings.push(...stale);
    }
    // Both caps and the factor are linear in the balance, so min(b·F, b·P) = b·min(F, P).
    if (capPercent && rcompare(capPercent, factor) < 0 && fixed.num === 0n) factor = capPercent;
    const safe = factor.num <= MAX_SAFE && factor.den <= MAX_SAFE;
    const assumed = assumedTables(warnings);
    const entry: DueDateEntry = {
      days, factor, fixed, warnings, assumed: assumed.length > 0 ? assumed : undefined,
      factorNum: safe ? Number(factor.num) : NaN, factorDen: safe ? Number(factor.den) : NaN,
      numeric: simple && safe && fixed.num === 0n,
    };
    if (indexed) byAge[age] = entry;
    else table.set(dueDay, entry);
    return entry;
  };

  const exactPath = (b: number, e: DueDateEntry, currency: string): number => {
    let value = radd(rmul(ratio(BigInt(b)), e.factor), e.fixed);
    if (capPercent) {
      const cap = rmul(ratio(BigInt(b)), capPercent);
      if (rcompare(value, cap) > 0) value = cap;
    }
    if (capAmountText !== undefined) {
      let cap = capAmounts.get(currency);
      if (!cap) { cap = amountToMinor(capAmountText, currency); capAmounts.set(currency, cap); }
      if (rcompare(value, cap) > 0) value = cap;
    }
    return roundHalfUpToMinor(value);
  };

  const sumCurrency = compensationCurrency(rule);
  // The statute's sum looked up once, not through the kind table per row. In its own currency
  // it never warns; the list is emptied anyway so nothing accumulates.
  const sumOf = ruleDefinition(rule).compensation;
  const noWarnings: PenaltyWarning[] = [];

  // Money is a readonly value: rows without a penalty or a fixed sum share one zero per currency.
  const zeros = new Map<string, Money>();
  const zeroOf = (currency: string): Money => {
    let z = zeros.get(currency);
    if (z === undefined) zeros.set(currency, (z = money(0, currency)));
    return z;
  };

  const calculate = (outstanding: Money, dueDate: PlainDate, dueDay?: number, zero?: Money): QuickPenalty => {
    const currency = outstanding.currency;
    const b = outstanding.minor;
    const nil = zero ?? zeroOf(currency);
    let penalty = nil;
    let compensation = nil;
    let days = 0;
    let assumed: readonly ReferenceTableId[] | undefined;
    if (b > 0) {
      const e = entryFor(dueDate, currency, dueDay ?? toEpochDay(dueDate));
      assumed = e.assumed;
      if (e.days > 0) {
        days = e.days;
        let minor: number | undefined;
        if (e.numeric) minor = mulDivRound(b, e.factorNum, e.factorDen);
        if (minor === undefined) minor = exactPath(b, e, currency);
        penalty = { minor, currency };
        // The statutory sum is never converted: other currencies get none (computePenalty says so in a warning).
        if (currency === sumCurrency && sumOf !== undefined) {
          compensation = { minor: sumOf(rule, outstanding, noWarnings), currency };
          // Setting an array's length is a runtime call even when it is 0 already (~200
          // instructions a GBP row under uk-late-payment; callgrind).
          if (noWarnings.length !== 0) noWarnings.length = 0;
        }
      }
    }
    // One object made in one place: inlined into the report's row function, V8 then never
    // allocates it (its escape analysis gives up on a result built in several places): 51 MB
    // less garbage on the bench's million rows (sampling heap profiler).
    return { penalty, compensation, days, assumed };
  };
  return Object.assign(calculate, {
    warningsFor: (dueDate: PlainDate, currency = 'CNY'): readonly string[] => {
      const lang = options?.lang ?? (currency === 'CNY' ? 'zh-CN' : 'en');
      return entryFor(dueDate, currency, toEpochDay(dueDate)).warnings.map((w) => penaltyWarningText(w, lang));
    },
    warningDetailsFor: (dueDate: PlainDate, currency = 'CNY'): readonly PenaltyWarning[] => entryFor(dueDate, currency, toEpochDay(dueDate)).warnings,
  });
}
