import { CN_HOLIDAY_CALENDAR } from '../calendar/cn-holiday-calendar.ts';
import { isBeyondCnCalendar } from '../calendar/is-chinese-working-day.ts';
import { rollToWorkingDay } from '../calendar/working-day.ts';
import type { PlainDate } from '../plain-date.ts';

/**
 * The due date after `dueDateRoll`: a due date on a day off moves to the next working day
 * (民法典 第203条第1款; make-up working days 调休 count as working days under `cn-holidays`).
 */
export function effectiveDueDate(due: PlainDate, roll: 'none' | 'weekend' | 'cn-holidays', warnings: string[]): PlainDate {
  if (roll === 'none') return due;
  if (roll === 'weekend') return rollToWorkingDay(due, 'weekend');
  if (isBeyondCnCalendar(due)) warnings.push(`The Chinese holiday calendar is known until ${CN_HOLIDAY_CALENDAR.knownUntil}; for ${due} only weekends were treated as days off.`);
  return rollToWorkingDay(due, 'cn');
}
