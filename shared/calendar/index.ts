export {
  CN_HOLIDAY_CALENDAR, cnHolidayName, cnStatutoryDaysOff, buildCnHolidayCalendar, withCnCalendarYears,
  FIRST_STATUTORY_FALLBACK_YEAR, type CnHolidayCalendar, type CnHolidayYear,
} from './cn-holiday-calendar.ts';
export { isChineseWorkingDay, isBeyondCnCalendar, cnCalendarCoverage } from './is-chinese-working-day.ts';
export { isWorkingDay, rollToWorkingDay, addWorkingDays, type WorkingCalendar } from './working-day.ts';
export { parseCnCalendarYears } from './parse-cn-calendar-years.ts';
export type { RawCnHolidayCalendar, RawCnHolidayYear } from './raw-cn-holidays.ts';
