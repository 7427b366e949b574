import { addDays, dateParts, makeDate, maxDate, plainDate, type PlainDate } from '../plain-date.ts';
import { ONE, ratio, ratioFromDecimal, rcompare, rdiv, rmul, radd, type Ratio } from '../ratio.ts';
import { stepInForce } from '../rates/step-in-force.ts';
import type { LprTable, RateTable, RateTables } from '../rates/types.ts';
import { exactDecimal } from './exact-decimal.ts';
import type { RatePeriod } from './rate-period.ts';
import type { PenaltyRule } from './types.ts';

const HUNDRED: Ratio = { num: 100n, den: 1n };

/** Percent string (`"3.85"`) as a fraction (77/2000). */
export function percentToFraction(percent: string): Ratio {
  return rdiv(ratioFromDecimal(percent), HUNDRED);
}

/** The day count a rule divides annual rates by: `monthly-rate` defaults to 360 (a 30-day month), the others to 365. */
export function ruleDayCount(rule: PenaltyRule): 365 | 360 {
  return rule.dayCount ?? (rule.kind === 'monthly-rate' ? 360 : 365);
}

function annualPeriod(from: PlainDate, annual: Ratio, dayCount: number, staleAfter?: RatePeriod['staleAfter']): RatePeriod {
  return {
    from, unit: 'fraction', perDay: rdiv(annual, ratio(BigInt(dayCount))), display: exactDecimal(annual),
    ...(staleAfter ? { staleAfter } : {}),
  };
}

/** Drops steps whose rate equals the previous one: a quote that repeats the rate is no rate change. */
function mergeEqual(periods: RatePeriod[]): RatePeriod[] {
  const out: RatePeriod[] = [];
  for (const p of periods) {
    const last = out[out.length - 1];
    if (last && last.display === p.display && last.unit === p.unit) {
      // Keep the first assumed step: from there on the merged rate is an assumption.
      if (p.staleAfter && !last.staleAfter) out[out.length - 1] = { ...last, staleAfter: p.staleAfter };
    } else out.push(p);
  }
  return out;
}

const MIN_UPLIFT: Ratio = { num: 13n, den: 10n };
const MAX_UPLIFT: Ratio = { num: 3n, den: 2n };

const BENCHMARK_SINCE = plainDate('2015-10-24');

/**
 * Annual LPR-based rates from `start` on (`multiplier` × quote). Before 2019-08-20 the PBOC
 * benchmark applies (买卖合同解释 第18条第4款, as amended 2020: breaches up to 2019-08-19 on the
 * benchmark, later ones on the LPR); from 2019-08-20 the LPR: with `breach` the quote in force
 * on the first day the LPR applies, with `period` each quote from its publication day.
 */
export function lprPeriods(
  table: LprTable, term: '1y' | '5y', rateAt: 'breach' | 'period', multiplier: Ratio, dayCount: number,
  start: PlainDate, end: PlainDate, warnings: string[],
): RatePeriod[] {
  const pick = (q: { oneYear: string; fiveYear: string }): string => (term === '5y' ? q.fiveYear : q.oneYear);
  const periods: RatePeriod[] = [];
  const switchDay = addDays(table.benchmark.until, 1);
  if (start < switchDay) {
    if (start < BENCHMARK_SINCE) {
      warnings.push(`The PBOC benchmark in the table (${pick(table.benchmark)}%) is the one in force since 2015-10-24; it was assumed for days from ${start}.`);
    }
    periods.push(annualPeriod(start, rmul(percentToFraction(pick(table.benchmark)), multiplier), dayCount));
  }
  const lprFrom = maxDate(start, switchDay);
  const stale = (date: PlainDate): RatePeriod['staleAfter'] => ({
    date,
    message: `LPR quotes are known until ${table.knownUntil}; the last quote was assumed after that. Supply newer quotes through the rates option.`,
  });
  if (rateAt === 'breach') {
    const q = stepInForce(table.quotes, lprFrom) ?? table.quotes[0];
    if (q) periods.push(annualPeriod(lprFrom, rmul(percentToFraction(pick(q)), multiplier), dayCount, lprFrom > table.knownUntil ? stale(addDays(lprFrom, -1)) : undefined));
  } else if (lprFrom <= end) {
    const first = stepInForce(table.quotes, lprFrom);
    const quotes = table.quotes.filter((q) => q.from > lprFrom && q.from <= end);
    const list = first ? [{ ...first, from: lprFrom }, ...quotes] : quotes;
    list.forEach((q, i) => {
      const last = i === list.length - 1;
      periods.push(annualPeriod(q.from, rmul(percentToFraction(pick(q)), multiplier), dayCount, last ? stale(table.knownUntil) : undefined));
    });
  }
  return mergeEqual(periods);
}

/** The 30 June / 31 December before a day: the UK reference date (SI 2002/1675 art. 4). */
export function ukReferenceDate(firstDay: PlainDate): PlainDate {
  const { year, month } = dateParts(firstDay);
  return month <= 6 ? (makeDate(year - 1, 12, 31) as PlainDate) : (makeDate(year, 6, 30) as PlainDate);
}

/** First day of the half-year (1 January or 1 July) containing `d`. */
export function halfYearStart(d: PlainDate): PlainDate {
  const { year, month } = dateParts(d);
  return makeDate(year, month <= 6 ? 1 : 7, 1) as PlainDate;
}

function nextHalfYear(h: PlainDate): PlainDate {
  const { year, month } = dateParts(h);
  return month === 1 ? (makeDate(year, 7, 1) as PlainDate) : (makeDate(year + 1, 1, 1) as PlainDate);
}

function referenceRate(table: RateTable, on: PlainDate, warnings: string[]): string {
  const step = stepInForce(table.steps, on);
  if (step) return step.percent;
  const first = table.steps[0];
  if (!first) throw new RangeError(`empty rate table: ${table.name}`);
  warnings.push(`${table.name}: no rate known on ${on}; the earliest rate in the table (${first.percent}% from ${first.from}) was assumed.`);
  return first.percent;
}

function staleReference(table: RateTable, ref: PlainDate, usedAfter: PlainDate): RatePeriod['staleAfter'] | undefined {
  if (ref <= table.knownUntil) return undefined;
  return {
    date: usedAfter,
    message: `${table.name} is known until ${table.knownUntil}; the rate on ${ref} was assumed to be the last known one. Supply newer rates through the rates option.`,
  };
}

/**
 * UK statutory interest: Bank Rate on the reference date + 8 % (Late Payment of Commercial Debts
 * (Interest) Act 1998 s.6; SI 2002/1675 art. 4), fixed for the debt, or re-set each half-year
 * when `rateReset: 'half-yearly'`.
 */
export function ukPeriods(table: RateTable, reset: 'fixed' | 'half-yearly', dayCount: number, start: PlainDate, end: PlainDate, warnings: string[]): RatePeriod[] {
  const eight = percentToFraction('8');
  if (reset === 'fixed') {
    const ref = ukReferenceDate(start);
    const annual = radd(percentToFraction(referenceRate(table, ref, warnings)), eight);
    return [annualPeriod(start, annual, dayCount, staleReference(table, ref, addDays(start, -1)))];
  }
  const periods: RatePeriod[] = [];
  for (let h = halfYearStart(start); h <= end || periods.length === 0; h = nextHalfYear(h)) {
    const from = maxDate(h, start);
    const ref = addDays(h, -1);
    const annual = radd(percentToFraction(referenceRate(table, ref, warnings)), eight);
    periods.push(annualPeriod(from, annual, dayCount, staleReference(table, ref, addDays(from, -1))));
  }
  return mergeEqual(periods);
}

/**
 * Late-payment interest re-set each half-year on the reference rate in force on 1 January /
 * 1 July (Directive 2011/7/EU art. 2(12); BGB §288 with §247 for Germany) plus `points`.
 */
export function halfYearlyPeriods(table: RateTable, points: string, dayCount: number, start: PlainDate, end: PlainDate, warnings: string[]): RatePeriod[] {
  const add = percentToFraction(points);
  const periods: RatePeriod[] = [];
  for (let h = halfYearStart(start); h <= end || periods.length === 0; h = nextHalfYear(h)) {
    const from = maxDate(h, start);
    const annual = radd(percentToFraction(referenceRate(table, h, warnings)), add);
    periods.push(annualPeriod(from, annual, dayCount, staleReference(table, h, addDays(from, -1))));
  }
  return mergeEqual(periods);
}

/** How `eu-late-payment` reads `country`: which table and how many points over it. */
export function euTerms(rule: Extract<PenaltyRule, { kind: 'eu-late-payment' }>, tables: RateTables): { table: RateTable; points: string; jurisdiction: 'DE' | 'EU' } {
  if ((rule.country ?? 'EU').toUpperCase() === 'DE') {
    return { table: tables.deBasiszinssatz, points: rule.consumer ? '5' : '9', jurisdiction: 'DE' };
  }
  return { table: tables.ecbMro, points: '8', jurisdiction: 'EU' };
}

/**
 * The rate steps of a rule from the first overdue day through `end`. Contract rules have one
 * step; statutory ones follow their tables. `moneyToMinor` converts the rule's amounts.
 */
export function rateSchedule(
  rule: PenaltyRule, start: PlainDate, end: PlainDate, tables: RateTables, warnings: string[],
  amountMinor: (text: string) => Ratio,
): RatePeriod[] {
  const dc = ruleDayCount(rule);
  switch (rule.kind) {
    case 'none':
      return [];
    case 'fixed':
      return [{ from: start, unit: 'once', perDay: amountMinor(rule.amount), display: rule.amount }];
    case 'per-day-amount':
      return [{ from: start, unit: 'amount', perDay: amountMinor(rule.amount), display: rule.amount }];
    case 'daily-rate':
      return [{ from: start, unit: 'fraction', perDay: ratioFromDecimal(rule.rate), display: rule.rate }];
    case 'monthly-rate':
      // Per day = monthly rate × 12 / day count (360 by default: a 30-day month).
      return [{ from: start, unit: 'fraction', perDay: rdiv(rmul(ratioFromDecimal(rule.rate), ratio(12n)), ratio(BigInt(dc))), display: rule.rate }];
    case 'annual-rate':
      return [annualPeriod(start, ratioFromDecimal(rule.rate), dc)];
    case 'cn-lpr': {
      const m = ratioFromDecimal(rule.multiplier);
      // 买卖合同解释 第18条第4款: LPR "加计30—50%"; 1 is plain 资金占用利息. Other factors are computed as given.
      if (rcompare(m, ONE) !== 0 && (rcompare(m, MIN_UPLIFT) < 0 || rcompare(m, MAX_UPLIFT) > 0)) {
        warnings.push(`The multiplier ${rule.multiplier} is outside 1.3–1.5 (art. 18(4) of the SPC Interpretation on Sales Contract Disputes: LPR plus 30–50 %) and is not 1 (plain interest on the funds); it was applied as given.`);
      }
      return lprPeriods(tables.cnLpr, rule.term ?? '1y', rule.rateAt ?? 'breach', m, dc, start, end, warnings);
    }
    case 'uk-late-payment':
      return ukPeriods(tables.ukBankRate, rule.rateReset ?? 'fixed', dc, start, end, warnings);
    case 'eu-late-payment': {
      const t = euTerms(rule, tables);
      const country = (rule.country ?? 'EU').toUpperCase();
      if (country !== 'DE' && country !== 'EU') warnings.push(`No national table for ${country}: the Directive 2011/7/EU minimum (ECB MRO + 8 points) was used; national law may set more.`);
      return halfYearlyPeriods(t.table, t.points, dc, start, end, warnings);
    }
  }
}
