export { CN_HOLIDAY_CALENDAR, cnHolidayName, type CnHolidayCalendar } from './cn-holiday-calendar.ts';
export { isChineseWorkingDay, isBeyondCnCalendar } from './is-chinese-working-day.ts';
export { isWorkingDay, rollToWorkingDay, addWorkingDays, type WorkingCalendar } from './working-day.ts';
export type { RawCnHolidayCalendar } from './raw-cn-holidays.ts';
