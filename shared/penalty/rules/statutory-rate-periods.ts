import { addDays, dateParts, makeDate, type PlainDate } from '../../plain-date.ts';
import { ratio, ratioFromDecimal, rdiv, type Ratio } from '../../ratio.ts';
import { stepInForce } from '../../rates/step-in-force.ts';
import type { RateTable, RateTables } from '../../rates/types.ts';
import { exactDecimal } from '../exact-decimal.ts';
import type { PenaltyWarning } from '../penalty-warning.ts';
import type { RatePeriod } from '../rate-period.ts';

const HUNDRED: Ratio = { num: 100n, den: 1n };

/** Percent string (`"3.85"`) as a fraction (77/2000). */
export function percentToFraction(percent: string): Ratio {
  return rdiv(ratioFromDecimal(percent), HUNDRED);
}

/** A period charging an annual rate on the balance, per day = annual / day count. */
export function annualPeriod(from: PlainDate, annual: Ratio, dayCount: number, staleAfter?: RatePeriod['staleAfter']): RatePeriod {
  return {
    from, unit: 'fraction', perDay: rdiv(annual, ratio(BigInt(dayCount))), display: exactDecimal(annual),
    ...(staleAfter ? { staleAfter } : {}),
  };
}

/** Drops steps whose rate equals the previous one: a quote that repeats the rate is no rate change. */
export function mergeEqual(periods: RatePeriod[]): RatePeriod[] {
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

/** First day of the half-year (1 January or 1 July) containing `d`. */
export function halfYearStart(d: PlainDate): PlainDate {
  const { year, month } = dateParts(d);
  return makeDate(year, month <= 6 ? 1 : 7, 1) as PlainDate;
}

/** The next 1 January or 1 July after a half-year start. */
export function nextHalfYear(h: PlainDate): PlainDate {
  const { year, month } = dateParts(h);
  return month === 1 ? (makeDate(year, 7, 1) as PlainDate) : (makeDate(year + 1, 1, 1) as PlainDate);
}

/** The rate of a table in force on a day (the earliest one, with a warning, before the table starts). */
export function referenceRate(table: RateTable, id: keyof RateTables, on: PlainDate, warnings: PenaltyWarning[]): string {
  const step = stepInForce(table.steps, on);
  if (step) return step.percent;
  const first = table.steps[0];
  if (!first) throw new RangeError(`empty rate table: ${table.name}`);
  warnings.push({ code: 'rate-before-table', table: id, on, percent: first.percent, since: first.from });
  return first.percent;
}

/**
 * Marks a period whose reference day lies past the table's known-until date: the last known
 * rate is assumed, and every segment after `usedAfter` says so.
 */
export function staleReference(table: RateTable, id: keyof RateTables, ref: PlainDate, usedAfter: PlainDate): RatePeriod['staleAfter'] | undefined {
  if (ref <= table.knownUntil) return undefined;
  return { date: usedAfter, warning: { code: 'rate-assumed', table: id, knownUntil: table.knownUntil, from: ref } };
}

/** The day before a date (the last day a period still uses the known rate). */
export const dayBefore = (d: PlainDate): PlainDate => addDays(d, -1);
