import { CN_HOLIDAY_CALENDAR, type CnHolidayCalendar } from '../calendar/cn-holiday-calendar.ts';
import { cnCalendarCoverage } from '../calendar/is-chinese-working-day.ts';
import { rollToWorkingDay } from '../calendar/working-day.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import type { PenaltyWarning } from './penalty-warning.ts';

/**
 * The last day the debtor may pay without penalty: `dueDate + graceDays`, and when that day is a
 * day off (`dueDateRoll` `weekend` or `cn-holidays`), the next working day: 民法典 第203条第1款
 * (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日) applies to the last day of the
 * whole period, grace included, so a grace period ending in a holiday is not charged for it.
 * Under `cn-holidays` make-up working days (调休) count as working days. The penalty runs from
 * the next day.
 */
export function lastPaymentDay(
  dueDate: PlainDate, graceDays: number, roll: 'none' | 'weekend' | 'cn-holidays', warnings: PenaltyWarning[],
  calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR,
): PlainDate {
  const last = addDays(dueDate, graceDays);
  if (roll === 'none') return last;
  if (roll === 'weekend') return rollToWorkingDay(last, 'weekend');
  const rolled = rollToWorkingDay(last, 'cn', calendar);
  // Every day looked at lies in a year the calendar knows, or the reader is told what was assumed.
  for (let d = last; d <= rolled; d = addDays(d, 1)) {
    const coverage = cnCalendarCoverage(d, calendar);
    if (coverage !== 'published') {
      warnings.push({ code: 'calendar-beyond', date: last, knownUntil: calendar.knownUntil, coverage });
      break;
    }
  }
  return rolled;
}
