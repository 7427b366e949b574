import { isWeekend, type PlainDate } from '../plain-date.ts';
import { CN_HOLIDAY_CALENDAR } from './cn-holiday-calendar.ts';

/**
 * Whether a date is a working day in mainland China: not an official day off, and either a
 * weekday or a make-up working day (调休上班). After the calendar's `knownUntil` only weekends
 * are days off (callers that care should warn: see {@link isBeyondCnCalendar}).
 */
export function isChineseWorkingDay(d: PlainDate): boolean {
  if (CN_HOLIDAY_CALENDAR.offDays.has(d)) return false;
  if (CN_HOLIDAY_CALENDAR.workDays.has(d)) return true;
  return !isWeekend(d);
}

/** Whether a date lies after the last published year of the holiday calendar. */
export function isBeyondCnCalendar(d: PlainDate): boolean {
  return d > CN_HOLIDAY_CALENDAR.knownUntil;
}
