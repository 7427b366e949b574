import { addDays, makeDate, plainDate, type PlainDate } from '../plain-date.ts';
import { CN_HOLIDAYS_DATA } from './cn-holidays-data.ts';
import { CN_LUNAR_HOLIDAYS } from './cn-lunar-holidays-data.ts';
import type { RawCnHolidayYear } from './raw-cn-holidays.ts';

/** One published year: where it came from, so a status can say which years a user added. */
export interface CnHolidayYear extends RawCnHolidayYear {
  readonly source: 'built-in' | 'user';
}

/** The State Council holiday calendar as lookup sets (a plain value: merge user years with `withCnCalendarYears`). */
export interface CnHolidayCalendar {
  /**
   * Last day of the unbroken run of published years; a later date in a year nobody published
   * falls back to the statutory holidays (see {@link cnStatutoryDaysOff}) and weekends.
   */
  readonly knownUntil: PlainDate;
  /** The published years (built in or supplied by the user). */
  readonly years: ReadonlyMap<number, CnHolidayYear>;
  /** Official days off (法定节假日 and the rest days joined to them). */
  readonly offDays: ReadonlySet<string>;
  /** Make-up working days (调休上班): Saturdays or Sundays that are working days. */
  readonly workDays: ReadonlySet<string>;
  /** Holiday name per listed date (`国庆节`). */
  readonly names: ReadonlyMap<string, string>;
  /** The State Council General Office notices the data comes from, per year. */
  readonly notices: Readonly<Record<string, readonly string[]>>;
  /** Fixed-date statutory days off (`MM-DD`): 全国年节及纪念日放假办法 第二条. */
  readonly statutoryFixedDates: readonly string[];
}

/** Builds the lookup sets from published years (a later year may list a make-up day of the year before). */
export function buildCnHolidayCalendar(years: ReadonlyMap<number, CnHolidayYear>, statutoryFixedDates: readonly string[]): CnHolidayCalendar {
  const offDays = new Set<string>();
  const workDays = new Set<string>();
  const names = new Map<string, string>();
  const notices: Record<string, readonly string[]> = {};
  const sorted = [...years.keys()].sort((a, b) => a - b);
  for (const year of sorted) {
    const y = years.get(year) as CnHolidayYear;
    for (const d of y.offDays) { offDays.add(plainDate(d)); workDays.delete(d); }
    // A year's notice can list a make-up day of the previous year (2018-12-29 in the 2019 notice).
    for (const d of y.workDays) { workDays.add(plainDate(d)); offDays.delete(d); }
    for (const [d, n] of Object.entries(y.names)) names.set(d, n);
    notices[String(year)] = y.notices;
  }
  let last = sorted[0] ?? 0;
  while (years.has(last + 1)) last++;
  return {
    knownUntil: (makeDate(last, 12, 31) ?? plainDate('1970-01-01')) as PlainDate,
    years, offDays, workDays, names, notices, statutoryFixedDates,
  };
}

function builtIn(): CnHolidayCalendar {
  const years = new Map<number, CnHolidayYear>();
  for (const [year, y] of Object.entries(CN_HOLIDAYS_DATA.years)) years.set(Number(year), { ...y, source: 'built-in' });
  const calendar = buildCnHolidayCalendar(years, CN_HOLIDAYS_DATA.statutoryFixedDates?.days ?? []);
  // The hand-out's knownUntil is the end of its last year; say so if the two ever disagree.
  if (calendar.knownUntil !== CN_HOLIDAYS_DATA.knownUntil) throw new Error(`cn-holidays: knownUntil ${CN_HOLIDAYS_DATA.knownUntil} is not the end of the last year`);
  return calendar;
}

/** China's official holidays and make-up working days 2015–2026 (copied from data/calendars/cn-holidays.json). */
export const CN_HOLIDAY_CALENDAR: CnHolidayCalendar = builtIn();

/**
 * The calendar with the user's years added: a year given replaces that year of the calendar
 * whole (a corrected or newly published notice), the others stay.
 */
export function withCnCalendarYears(base: CnHolidayCalendar, years: ReadonlyMap<number, RawCnHolidayYear>): CnHolidayCalendar {
  if (years.size === 0) return base;
  const merged = new Map(base.years);
  for (const [year, y] of years) merged.set(year, { ...y, source: 'user' });
  return buildCnHolidayCalendar(merged, base.statutoryFixedDates);
}

/** The first year whose statutory holidays this core can name without a notice (the 2024 amendment, in force 2025-01-01). */
export const FIRST_STATUTORY_FALLBACK_YEAR = 2025;

const FIXED_NAMES: Readonly<Record<string, string>> = { '01': '元旦', '05': '劳动节', '10': '国庆节' };
const statutoryCache = new Map<number, ReadonlyMap<string, string>>();

/**
 * The statutory days off of a year as the law fixes them, without the year's notice: 元旦 1 Jan,
 * 劳动节 1–2 May, 国庆节 1–3 Oct, and the lunar ones, 春节 (除夕 to 正月初三), 清明节, 端午节, 中秋节
 * (全国年节及纪念日放假办法 第二条, 2024 amendment). Empty for years before 2025 (other law) and beyond
 * the lunar table; the notice's make-up working days (调休) can never be known this way.
 */
export function cnStatutoryDaysOff(year: number, calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): ReadonlyMap<string, string> {
  if (year < FIRST_STATUTORY_FALLBACK_YEAR) return new Map();
  const cached = calendar === CN_HOLIDAY_CALENDAR ? statutoryCache.get(year) : undefined;
  if (cached) return cached;
  const days = new Map<string, string>();
  for (const md of calendar.statutoryFixedDates) days.set(`${year}-${md}`, FIXED_NAMES[md.slice(0, 2)] ?? '法定节假日');
  const lunar = Object.hasOwn(CN_LUNAR_HOLIDAYS, year) ? CN_LUNAR_HOLIDAYS[year] : undefined;
  if (lunar) {
    const [eve, qingming, dragonBoat, midAutumn] = lunar;
    const first = plainDate(`${year}-${eve}`);
    for (let i = 0; i < 4; i++) days.set(addDays(first, i), '春节');
    days.set(`${year}-${qingming}`, '清明节');
    days.set(`${year}-${dragonBoat}`, '端午节');
    days.set(`${year}-${midAutumn}`, '中秋节');
  }
  if (calendar === CN_HOLIDAY_CALENDAR) statutoryCache.set(year, days);
  return days;
}

/** The holiday a date belongs to (`春节`, `国庆节`), from the notice or, in an unpublished year, the statute. */
export function cnHolidayName(d: PlainDate, calendar: CnHolidayCalendar = CN_HOLIDAY_CALENDAR): string | undefined {
  const listed = calendar.names.get(d);
  if (listed !== undefined) return listed;
  const year = Number(d.slice(0, 4));
  return calendar.years.has(year) ? undefined : cnStatutoryDaysOff(year, calendar).get(d);
}
