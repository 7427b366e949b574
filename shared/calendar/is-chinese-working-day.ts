import { isWeekend, type PlainDate } from '../plain-date.ts';
import { CN_HOLIDAY_CALENDAR, cnStatutoryDaysOff, FIRST_STATUTORY_FALLBACK_YEAR, type CnHolidayCalendar } from './cn-holiday-calendar.ts';

/**
 * Whether a date is a working day in mainland China: not an official day off, and either a
 * weekday or a make-up working day (调休上班). In a year whose notice the calendar lacks, the
 * statutory holidays are days off ({@link cnStatutoryDaysOff}) but no make-up working day is
 * known (callers that care should warn: see {@link cnCalendarCoverage}).
 */
export function isChineseWorkingDay(d: PlainDate, calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): boolean {
  if (calendar.offDays.has(d)) return false;
  if (calendar.workDays.has(d)) return true;
  const year = Number(d.slice(0, 4));
  if (!calendar.years.has(year) && cnStatutoryDaysOff(year, calendar).has(d)) return false;
  return !isWeekend(d);
}

/** Whether a date lies after the last published year of the holiday calendar. */
export function isBeyondCnCalendar(d: PlainDate, calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): boolean {
  return d > calendar.knownUntil && !calendar.years.has(Number(d.slice(0, 4)));
}

/**
 * How much of a date's year the calendar knows: `published` (the year's notice), `statutory`
 * (no notice: the statutory holidays are days off, make-up working days unknown) or
 * `weekends` (no notice, and a year before the 2024 rules: only weekends are days off).
 */
export function cnCalendarCoverage(d: PlainDate, calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): 'published' | 'statutory' | 'weekends' {
  const year = Number(d.slice(0, 4));
  if (calendar.years.has(year)) return 'published';
  return year >= FIRST_STATUTORY_FALLBACK_YEAR ? 'statutory' : 'weekends';
}
