import { addDays, isWeekend, type PlainDate } from '../plain-date.ts';
import { CN_HOLIDAY_CALENDAR, type CnHolidayCalendar } from './cn-holiday-calendar.ts';
import { isChineseWorkingDay } from './is-chinese-working-day.ts';

/** Which days count as days off: `none` (every day works), `weekend`, or `cn` (official Chinese calendar). */
export type WorkingCalendar = 'none' | 'weekend' | 'cn';

/** Whether `d` is a working day under the calendar (`cn` reads `holidays`: the built-in one unless a merged one is given). */
export function isWorkingDay(d: PlainDate, calendar: WorkingCalendar, holidays: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): boolean {
  if (calendar === 'none') return true;
  if (calendar === 'weekend') return !isWeekend(d);
  return isChineseWorkingDay(d, holidays);
}

/**
 * The date itself when it is a working day, else the next working day. This is how a deadline
 * that falls on a day off moves (民法典 第203条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
 */
export function rollToWorkingDay(d: PlainDate, calendar: WorkingCalendar, holidays: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): PlainDate {
  let day = d;
  // The longest run of Chinese days off is 9 (春节 2026); 40 is a safety bound, not a rule.
  for (let i = 0; i < 40 && !isWorkingDay(day, calendar, holidays); i++) day = addDays(day, 1);
  return day;
}

/** `d` moved by `n` working days (negative: backwards); `n = 0` gives `d` itself. */
export function addWorkingDays(d: PlainDate, n: number, calendar: WorkingCalendar, holidays: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): PlainDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = d;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar, holidays)) left--;
  }
  return day;
}
