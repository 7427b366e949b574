import { daysInMonth, fromExcelSerial, makeDate, type PlainDate } from '../plain-date.ts';
import type { DateOrder } from './types.ts';

/**
 * What a date cell looks like before the file's day/month order is known.
 * - `fixed`: the text fixes the date by itself (ISO, `2026/9/15`, `2026年8月1日`, `15 Sep 2026`,
 *   `Sep 15, 2026`, `15. März 2026`, Excel serials); `date` is undefined when no such day exists.
 * - `numeric`: three numbers with the year last (`15.09.2026`, `09/15/2026`, `15/09/26`): the
 *   order decides which is day and which is month.
 */
export type DateShape =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-date' }
  | { readonly kind: 'fixed'; readonly date: PlainDate | undefined }
  | {
      readonly kind: 'numeric';
      readonly first: number;
      readonly second: number;
      readonly third: number;
      /** The third number had two digits (`26` = 2026). */
      readonly shortYear: boolean;
      /** What the numbers prove on their own: `dmy` when the first is over 12, `mdy` when the second is. */
      readonly evidence?: 'dmy' | 'mdy';
      /** Either order gives the same day (`05/05/2026`) or neither gives a day: no decision needed. */
      readonly indifferent: boolean;
    };

const EMPTY: DateShape = { kind: 'empty' };
const NOT_A_DATE: DateShape = { kind: 'not-a-date' };

const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ['jan', 1], ['january', 1], ['januar', 1], ['jänner', 1], ['jän', 1], ['janv', 1],
  ['feb', 2], ['february', 2], ['februar', 2], ['febr', 2],
  ['mar', 3], ['march', 3], ['märz', 3], ['mär', 3], ['mrz', 3], ['maerz', 3],
  ['apr', 4], ['april', 4],
  ['may', 5], ['mai', 5],
  ['jun', 6], ['june', 6], ['juni', 6],
  ['jul', 7], ['july', 7], ['juli', 7],
  ['aug', 8], ['august', 8],
  ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10], ['okt', 10], ['oktober', 10],
  ['nov', 11], ['november', 11],
  ['dec', 12], ['december', 12], ['dez', 12], ['dezember', 12],
]);

const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
  'sat', 'saturday', 'sun', 'sunday', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'the', 'of',
]);

// No date, even with a weekday, a time and a zone, is longer; a longer cell is not a date
// (and no pattern below ever sees more than this many characters).
const MAX_DATE_CHARS = 64;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const TOKEN = /\p{L}+|\d+/gu;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function fixed(date: PlainDate | undefined): DateShape {
  return { kind: 'fixed', date };
}

/**
 * Reads the shape of a date cell (see {@link DateShape}). Date-times are taken as their date;
 * the clock time and zone are ignored (`2026-09-01 10:22:11` → 2026-09-01).
 */
export function scanDate(raw: string): DateShape {
  const text = raw.trim();
  const n = text.length;
  if (n === 0) return EMPTY;
  if (n > MAX_DATE_CHARS) return NOT_A_DATE;
  // Fast path: ISO date, optionally followed by a time.
  if (n >= 10 && text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d && isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(3))
    && isDigit(text.charCodeAt(5)) && isDigit(text.charCodeAt(6)) && isDigit(text.charCodeAt(8)) && isDigit(text.charCodeAt(9))
    && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) {
    const rest = n === 10 ? 0 : text.charCodeAt(10);
    if (n === 10 || rest === 0x20 || rest === 0x54 || rest === 0x74) {
      return fixed(makeDate(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10)));
    }
  }
  let body = text;
  if (body.includes(':')) body = withoutTrailingTime(body);
  if (SERIAL.test(body)) {
    const serial = Number(body);
    // Excel serials of plausible invoice dates (1954–2119); other 5-digit numbers are not dates.
    return serial >= 20000 && serial < 80000 ? fixed(fromExcelSerial(serial)) : NOT_A_DATE;
  }
  const zh = CHINESE.exec(body);
  if (zh) return fixed(makeDate(Number(zh[1]), Number(zh[2]), Number(zh[3])));

  const numbers: string[] = [];
  let month = 0;
  let monthAt = -1;
  for (const m of body.matchAll(TOKEN)) {
    const t = m[0];
    if (isDigit(t.charCodeAt(0))) {
      numbers.push(t);
      continue;
    }
    const word = t.toLowerCase();
    const mo = MONTHS.get(word);
    if (mo !== undefined && month === 0) {
      month = mo;
      monthAt = numbers.length;
      continue;
    }
    if (WEEKDAYS.has(word) || word === 'st' || word === 'nd' || word === 'rd' || word === 'th') continue;
    return NOT_A_DATE;
  }
  if (!separatorsOnly(body)) return NOT_A_DATE;
  if (month !== 0) {
    // `15 Sep 2026`, `Sep 15, 2026`, `15. September 2026`, `15-Sep-26`.
    if (numbers.length !== 2) return NOT_A_DATE;
    const [a, b] = numbers as [string, string];
    let day: string;
    let year: string;
    if (a.length === 4) { year = a; day = b; }
    else if (monthAt === 0 || monthAt === 1) { day = a; year = b; }
    else return NOT_A_DATE;
    if (day.length > 2 || (year.length !== 4 && year.length !== 2)) return NOT_A_DATE;
    return fixed(makeDate(expandYear(year), month, Number(day)));
  }
  if (numbers.length === 1) {
    const t = numbers[0] as string;
    // SAP and some ERPs write YYYYMMDD.
    if (t.length === 8) return fixed(makeDate(num(t, 0, 4), num(t, 4, 6), num(t, 6, 8)));
    return NOT_A_DATE;
  }
  if (numbers.length !== 3) return NOT_A_DATE;
  const [p, q, r] = numbers as [string, string, string];
  if (p.length === 4) {
    if (q.length > 2 || r.length > 2) return NOT_A_DATE;
    return fixed(makeDate(Number(p), Number(q), Number(r)));
  }
  if (p.length > 2 || q.length > 2 || (r.length !== 4 && r.length !== 2)) return NOT_A_DATE;
  const first = Number(p);
  const second = Number(q);
  const third = Number(r);
  // Dotted dates (`15.09.2026`) are day-first wherever they are written.
  const dotted = body.includes('.') && !body.includes('/');
  let evidence: 'dmy' | 'mdy' | undefined;
  if (dotted) evidence = 'dmy';
  else if (first > 12 && second <= 12) evidence = 'dmy';
  else if (second > 12 && first <= 12) evidence = 'mdy';
  const indifferent = first === second || (first > 12 && second > 12);
  return { kind: 'numeric', first, second, third, shortYear: r.length === 2, ...(evidence ? { evidence } : {}), indifferent };
}

/**
 * `text` without a time of day after the date (`10:22:11`, `T10:22:11.123Z`, `9:05 AM`,
 * `10:22 +08:00`, `10:22 GMT (CET)`), or `text` itself. Read by hand from each colon: a regex
 * of optional blanks around optional parts backtracks over every split of a long run of blanks.
 */
function withoutTrailingTime(text: string): string {
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start === colon || start === 0) continue;
    const before = text.charCodeAt(start - 1);
    let cut: number;
    if (before === 0x54 || before === 0x74) cut = start - 1; // T
    else if (isBlank(before)) {
      cut = start - 1;
      while (cut > 0 && isBlank(text.charCodeAt(cut - 1))) cut--;
    } else continue;
    if (isTimeSuffix(text, colon)) return text.slice(0, cut).trim();
  }
  return text;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** Whether `text` from its hour's colon to the end is `:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|±HH[:]MM] [(Zone)]`. */
function isTimeSuffix(text: string, colon: number): boolean {
  const n = text.length;
  let p = colon + 1;
  const digits = (count: number): boolean => {
    for (let k = 0; k < count; k++) if (p + k >= n || !isDigit(text.charCodeAt(p + k))) return false;
    p += count;
    return true;
  };
  const blanks = (): void => {
    while (p < n && isBlank(text.charCodeAt(p))) p++;
  };
  if (!digits(2)) return false;
  if (text.charCodeAt(p) === 0x3a) {
    p++;
    if (!digits(2)) return false;
    const c = text.charCodeAt(p);
    if (c === 0x2e || c === 0x2c) {
      p++;
      if (!digits(1)) return false;
      while (p < n && isDigit(text.charCodeAt(p))) p++;
    }
  }
  blanks();
  const a = text.charCodeAt(p) | 0x20;
  if (a === 0x61 || a === 0x70) {
    // AM, PM, a.m., p.m.
    p++;
    if (text.charCodeAt(p) === 0x2e) p++;
    if ((text.charCodeAt(p) | 0x20) !== 0x6d) return false;
    p++;
    if (text.charCodeAt(p) === 0x2e) p++;
  }
  blanks();
  const z = text.charCodeAt(p);
  if ((z | 0x20) === 0x7a) p++;
  else if (text.startsWith('UTC', p) || text.startsWith('GMT', p)) p += 3;
  else if (z === 0x2b || z === 0x2d) {
    p++;
    if (!digits(2)) return false;
    if (text.charCodeAt(p) === 0x3a) p++;
    if (!digits(2)) return false;
  }
  blanks();
  if (text.charCodeAt(p) === 0x28) {
    p++;
    const from = p;
    while (p < n && ((text.charCodeAt(p) | 0x20) >= 0x61 && (text.charCodeAt(p) | 0x20) <= 0x7a)) p++;
    if (p === from || text.charCodeAt(p) !== 0x29) return false;
    p++;
  }
  return p === n;
}

function separatorsOnly(body: string): boolean {
  // Whatever is not a token must be a date separator: space, / . - , 年月日 etc.
  return /^[\p{L}\d\s/.,\-年月日号號]+$/u.test(body);
}

function num(text: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) v = v * 10 + (text.charCodeAt(k) - 0x30);
  return v;
}

function expandYear(year: string): number {
  // Two-digit years in receivables exports are this century.
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** The date a `numeric` shape gives under an order (`undefined` when that day does not exist). */
export function resolveNumeric(shape: Extract<DateShape, { kind: 'numeric' }>, order: DateOrder): PlainDate | undefined {
  const year = shape.shortYear ? 2000 + shape.third : shape.third;
  if (order === 'dmy') return makeDate(year, shape.second, shape.first);
  if (order === 'mdy') return makeDate(year, shape.first, shape.second);
  // ymd with the year written first as two digits (`26/09/15`).
  return shape.first < 100 ? makeDate(2000 + shape.first, shape.second, shape.third) : undefined;
}

/** Outcome of parsing one date cell. */
export type DateResult =
  | { readonly ok: true; readonly date: PlainDate }
  | { readonly ok: false; readonly error: { readonly code: 'empty' | 'not-a-date' | 'no-such-date' | 'ambiguous'; readonly message: string } };

/**
 * Parses one date cell on its own. `order` is needed only for numeric dates with the year
 * last; without it, `15/09/2026` is read day-first (it can be nothing else), `09/15/2026`
 * month-first, and `05/09/2026` is an `ambiguous` error. Importers decide the order per column
 * from all its values instead (see the importer).
 */
export function parseDate(text: string, order?: DateOrder): DateResult {
  const shape = scanDate(text);
  return dateFromShape(shape, order);
}

/** Turns a shape into a date under an order (or the shape's own evidence when `order` is undefined). */
export function dateFromShape(shape: DateShape, order: DateOrder | undefined): DateResult {
  switch (shape.kind) {
    case 'empty':
      return { ok: false, error: { code: 'empty', message: 'date is empty' } };
    case 'not-a-date':
      return { ok: false, error: { code: 'not-a-date', message: 'not a date' } };
    case 'fixed':
      return shape.date === undefined ? { ok: false, error: { code: 'no-such-date', message: 'no such date' } } : { ok: true, date: shape.date };
    case 'numeric': {
      const use = order ?? shape.evidence ?? (shape.indifferent ? 'dmy' : undefined);
      if (use === undefined) {
        return { ok: false, error: { code: 'ambiguous', message: 'day and month could be either way round; use --date-order dmy or mdy' } };
      }
      const date = resolveNumeric(shape, use);
      return date === undefined ? { ok: false, error: { code: 'no-such-date', message: 'no such date' } } : { ok: true, date };
    }
  }
}

/**
 * `raw` itself when it is exactly a valid `YYYY-MM-DD` (no blanks), else undefined: the
 * importer's fast path for the most common date cell, read digit by digit without a slice.
 */
export function exactIsoDate(raw: string): PlainDate | undefined {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 0x2d || raw.charCodeAt(7) !== 0x2d) return undefined;
  const y0 = raw.charCodeAt(0) - 0x30, y1 = raw.charCodeAt(1) - 0x30, y2 = raw.charCodeAt(2) - 0x30, y3 = raw.charCodeAt(3) - 0x30;
  const m1 = raw.charCodeAt(5) - 0x30, m2 = raw.charCodeAt(6) - 0x30, d1 = raw.charCodeAt(8) - 0x30, d2 = raw.charCodeAt(9) - 0x30;
  if (y0 < 0 || y0 > 9 || y1 < 0 || y1 > 9 || y2 < 0 || y2 > 9 || y3 < 0 || y3 > 9) return undefined;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return undefined;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  // Days 1–28 exist in every month: only the last days need the calendar.
  if (y < 1 || m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y, m))) return undefined;
  return raw as PlainDate;
}
