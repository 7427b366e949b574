import { CN_HOLIDAY_CALENDAR, withCnCalendarYears, type CnHolidayCalendar } from '../calendar/cn-holiday-calendar.ts';
import type { RawCnHolidayYear } from '../calendar/raw-cn-holidays.ts';
import { BUILT_IN_RATE_TABLES } from '../rates/built-in-rate-tables.ts';
import { mergeRateTables } from '../rates/merge-rate-tables.ts';
import type { RateTables } from '../rates/types.ts';

/**
 * Everything a figure rests on besides the invoice: the rate tables (LPR, Bank Rate, ECB MRO,
 * Basiszinssatz) and China's holiday calendar. A plain value: the built-in one, or one with the
 * user's newer data merged in ({@link withUserReferenceData}); pass `rates` and `calendar` to
 * `computePenalty` / the calculators (they are the `PenaltyOptions` of the same names).
 */
export interface ReferenceData {
  readonly rates: RateTables;
  readonly calendar: CnHolidayCalendar;
}

/** The data built into this release (copies of the hand-out folder's tables). */
export const BUILT_IN_REFERENCE_DATA: ReferenceData = { rates: BUILT_IN_RATE_TABLES, calendar: CN_HOLIDAY_CALENDAR };

/** What a user brings: rate tables (parsed by `parseRateTables`) and calendar years (`parseCnCalendarYears`). */
export interface UserReferenceData {
  readonly rates?: readonly Partial<RateTables>[];
  readonly calendarYears?: readonly ReadonlyMap<number, RawCnHolidayYear>[];
}

/**
 * The reference data with the user's tables and years merged in, in order (a later file wins on
 * the same date or year): rate steps merge by date and a table's known-until date becomes the
 * later one; a calendar year replaces that year whole.
 *
 * @example
 * const data = withUserReferenceData(BUILT_IN_REFERENCE_DATA, { rates: [parsed.value] });
 * computePenalty(c, { rates: data.rates, calendar: data.calendar });
 */
export function withUserReferenceData(base: ReferenceData, user: UserReferenceData): ReferenceData {
  let rates = base.rates;
  for (const r of user.rates ?? []) rates = mergeRateTables(rates, r);
  let calendar = base.calendar;
  for (const y of user.calendarYears ?? []) calendar = withCnCalendarYears(calendar, y);
  return { rates, calendar };
}
