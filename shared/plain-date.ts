/**
 * Date-only values. A `PlainDate` is an ISO `YYYY-MM-DD` string, valid as a calendar date.
 *
 * Why not date-fns here: date-fns works on `Date` objects in the local time zone, so "midnight"
 * moves with the user's TZ. Arithmetic on day numbers since 1970-01-01 (proleptic Gregorian)
 * is exact, allocation-free and gives the same answer in every time zone.
 */
export type PlainDate = string & { readonly __plainDate: unique symbol };

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Builds a date from parts, or `undefined` when no such date exists (e.g. 31 February). */
export function makeDate(year: number, month: number, day: number): PlainDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  if (year >= 1970 && year < 2170) return fromEpochDay(epochDayOf(year, month, day));
  return formatDate(year, month, day);
}

function formatDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** Parses a strict ISO `YYYY-MM-DD`; `undefined` when malformed or not a real date. */
export function parsePlainDate(text: string): PlainDate | undefined {
  // Every date of an export and of the log comes through here: the digits are read in place
  // (the regular expression and its three slices were a tenth of reading a log; npm run bench).
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  const y0 = text.charCodeAt(0) - 0x30, y1 = text.charCodeAt(1) - 0x30, y2 = text.charCodeAt(2) - 0x30, y3 = text.charCodeAt(3) - 0x30;
  const m0 = text.charCodeAt(5) - 0x30, m1 = text.charCodeAt(6) - 0x30, d0 = text.charCodeAt(8) - 0x30, d1 = text.charCodeAt(9) - 0x30;
  if (!(isDigit(y0) && isDigit(y1) && isDigit(y2) && isDigit(y3) && isDigit(m0) && isDigit(m1) && isDigit(d0) && isDigit(d1))) return undefined;
  return makeDate(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
}

/** Like {@link parsePlainDate} but throws: for values that are invariants (constants, tables). */
export function plainDate(text: string): PlainDate {
  const d = parsePlainDate(text);
  if (d === undefined) throw new RangeError(`not a date: ${text}`);
  return d;
}

/** Year, month (1–12) and day of a date. */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  if (date.length === 10) {
    // Read in place: limitation periods add years to every invoice's dates (npm run bench).
    const c = (i: number): number => date.charCodeAt(i) - 0x30;
    return { year: c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), month: c(5) * 10 + c(6), day: c(8) * 10 + c(9) };
  }
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Days since 1970-01-01 (negative before). Algorithm: H. Hinnant, "days_from_civil". */
export function toEpochDay(date: PlainDate): number {
  // Reports call this for every row: the eight digits are read in place (no slices, no loop),
  // and years 1–9999 keep every intermediate non-negative, so `| 0` is the floor division.
  if (date.length === 10) {
    const y0 = date.charCodeAt(0) - 0x30, y1 = date.charCodeAt(1) - 0x30, y2 = date.charCodeAt(2) - 0x30, y3 = date.charCodeAt(3) - 0x30;
    const m0 = date.charCodeAt(5) - 0x30, m1 = date.charCodeAt(6) - 0x30, d0 = date.charCodeAt(8) - 0x30, d1 = date.charCodeAt(9) - 0x30;
    if (isDigit(y0) && isDigit(y1) && isDigit(y2) && isDigit(y3) && isDigit(m0) && isDigit(m1) && isDigit(d0) && isDigit(d1)) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      if (year >= 1 && month >= 1 && month <= 12) {
        const y = month <= 2 ? year - 1 : year;
        const era = (y / 400) | 0;
        const yoe = y - era * 400;
        const doy = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + d0 * 10 + d1 - 1;
        return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
      }
    }
  }
  const { year, month, day } = dateParts(date);
  return epochDayOf(year, month, day);
}

function isDigit(d: number): boolean {
  return d >= 0 && d <= 9;
}

function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Dates from 1970 to 2169, made once each: deriving a collection log adds days to dates for
// every invoice (gaps, instalments, limitation periods), and a fresh string each time was a
// tenth of its cost in garbage collection (npm run bench, 100,000 rows).
const CACHED_DAYS = 73049;
const DAY_CACHE: (PlainDate | undefined)[] = [];

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): PlainDate {
  if (epochDay >= 0 && epochDay < CACHED_DAYS && Number.isInteger(epochDay)) {
    return DAY_CACHE[epochDay] ?? (DAY_CACHE[epochDay] = computeFromEpochDay(epochDay));
  }
  return computeFromEpochDay(epochDay);
}

function computeFromEpochDay(epochDay: number): PlainDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`epoch day out of range: ${epochDay}`);
  return formatDate(year, month, day);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** -1, 0 or 1: ISO strings of equal length compare as dates. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

/** Last day of the date's month. */
export function endOfMonth(date: PlainDate): PlainDate {
  const { year, month } = dateParts(date);
  return makeDate(year, month, daysInMonth(year, month)) as PlainDate;
}

/** Adds calendar months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  // Every open invoice's limitation period adds years through here: a date of ten characters is
  // read in place rather than through dateParts' object (npm run bench, collection log).
  let year: number, month: number, day: number;
  if (date.length === 10) {
    year = (date.charCodeAt(0) - 0x30) * 1000 + (date.charCodeAt(1) - 0x30) * 100 + (date.charCodeAt(2) - 0x30) * 10 + date.charCodeAt(3) - 0x30;
    month = (date.charCodeAt(5) - 0x30) * 10 + date.charCodeAt(6) - 0x30;
    day = (date.charCodeAt(8) - 0x30) * 10 + date.charCodeAt(9) - 0x30;
  } else ({ year, month, day } = dateParts(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return makeDate(y, m, Math.min(day, daysInMonth(y, m))) as PlainDate;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: PlainDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export function isWeekend(date: PlainDate): boolean {
  return isoWeekday(date) >= 6;
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the non-existent
// 1900-02-29 kept for Lotus 1-2-3 compatibility, so serials from 61 on are one day "late".
const EXCEL_EPOCH_DAY = -25568; // toEpochDay('1899-12-31'): serial 0
const EXCEL_LEAP_BUG_SERIAL = 60;

/**
 * Converts an Excel (1900 system) serial to a date; the time fraction is dropped.
 * Serial 60 (Excel's phantom 29 Feb 1900) has no real date and gives `undefined`.
 */
export function fromExcelSerial(serial: number): PlainDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === EXCEL_LEAP_BUG_SERIAL) return undefined;
  return fromEpochDay(EXCEL_EPOCH_DAY + (whole > EXCEL_LEAP_BUG_SERIAL ? whole - 1 : whole));
}

/** Converts a date to its Excel (1900 system) serial. */
export function toExcelSerial(date: PlainDate): number {
  const n = toEpochDay(date) - EXCEL_EPOCH_DAY;
  return n >= EXCEL_LEAP_BUG_SERIAL ? n + 1 : n;
}
