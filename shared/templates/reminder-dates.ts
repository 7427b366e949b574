import { addWorkingDays, rollToWorkingDay, type WorkingCalendar } from '../calendar/index.ts';
import { addMonths, type PlainDate } from '../plain-date.ts';
import type { TemplateLang } from './template-locale.ts';

/** Chinese letters count the official holiday calendar (with make-up working days); others skip weekends. */
export function workingCalendarFor(lang: TemplateLang): WorkingCalendar {
  return lang === 'zh-CN' ? 'cn' : 'weekend';
}

/** The payment deadline: asOf + N working days (weekends, and for zh-CN the Chinese public holidays, skipped). */
export function reminderDeadline(asOf: PlainDate, workingDays: number, lang: TemplateLang): PlainDate {
  return addWorkingDays(asOf, workingDays, workingCalendarFor(lang));
}

/**
 * Instalment dates: the first `firstAfterWorkingDays` working days after asOf, then monthly;
 * a date that falls on a day off moves to the next working day.
 */
export function planDates(asOf: PlainDate, count: number, lang: TemplateLang, firstAfterWorkingDays = 10): PlainDate[] {
  const calendar = workingCalendarFor(lang);
  const first = addWorkingDays(asOf, firstAfterWorkingDays, calendar);
  return Array.from({ length: count }, (_, i) => rollToWorkingDay(addMonths(first, i), calendar));
}
