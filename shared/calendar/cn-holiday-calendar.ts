import { plainDate, type PlainDate } from '../plain-date.ts';
import { CN_HOLIDAYS_DATA } from './cn-holidays-data.ts';

/** The State Council holiday calendar as lookup sets. */
export interface CnHolidayCalendar {
  /** Last day the calendar is published for; later dates fall back to plain weekends. */
  readonly knownUntil: PlainDate;
  /** Official days off (法定节假日 and the rest days joined to them). */
  readonly offDays: ReadonlySet<string>;
  /** Make-up working days (调休上班): Saturdays or Sundays that are working days. */
  readonly workDays: ReadonlySet<string>;
  /** Holiday name per listed date (`国庆节`). */
  readonly names: ReadonlyMap<string, string>;
  /** The State Council General Office notices the data comes from, per year. */
  readonly notices: Readonly<Record<string, readonly string[]>>;
}

function build(): CnHolidayCalendar {
  const offDays = new Set<string>();
  const workDays = new Set<string>();
  const names = new Map<string, string>();
  const notices: Record<string, readonly string[]> = {};
  for (const [year, y] of Object.entries(CN_HOLIDAYS_DATA.years)) {
    for (const d of y.offDays) offDays.add(plainDate(d));
    // A year's notice can list a make-up day of the previous year (2018-12-29 in the 2019 notice).
    for (const d of y.workDays) workDays.add(plainDate(d));
    for (const [d, n] of Object.entries(y.names)) names.set(d, n);
    notices[year] = y.notices;
  }
  return { knownUntil: plainDate(CN_HOLIDAYS_DATA.knownUntil), offDays, workDays, names, notices };
}

/** China's official holidays and make-up working days 2015–2026 (copied from data/calendars/cn-holidays.json). */
export const CN_HOLIDAY_CALENDAR: CnHolidayCalendar = build();

/** The holiday a date belongs to (`春节`, `国庆节`), or `undefined`. */
export function cnHolidayName(d: PlainDate): string | undefined {
  return CN_HOLIDAY_CALENDAR.names.get(d);
}
