import { dateParts, parsePlainDate, type PlainDate } from '../plain-date.ts';
import type { ReferenceDataError } from '../rates/parse-rate-tables.ts';
import type { RawCnHolidayYear } from './raw-cn-holidays.ts';

type Result = { ok: true; value: ReadonlyMap<number, RawCnHolidayYear> } | { ok: false; error: ReferenceDataError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string => {
  const t = v === undefined ? 'nothing' : JSON.stringify(v);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
};
const fail = (code: string, field: string, message: string, value?: unknown): { ok: false; error: ReferenceDataError } => ({
  ok: false, error: { code, field, message, ...(value !== undefined ? { value: shown(value) } : {}) },
});

function dates(list: unknown, year: number, field: string): PlainDate[] | { ok: false; error: ReferenceDataError } {
  if (!Array.isArray(list)) return fail('calendar-shape', field, 'must be a list of dates YYYY-MM-DD', list);
  const out: PlainDate[] = [];
  for (const [i, v] of list.entries()) {
    const d = typeof v === 'string' ? parsePlainDate(v.trim()) : undefined;
    if (!d) return fail('calendar-date', `${field}[${i}]`, 'must be a real date YYYY-MM-DD', v);
    // A notice can reach into the December before its year (the 2019 notice: 2018-12-29…31).
    const p = dateParts(d);
    if (!(p.year === year || (p.year === year - 1 && p.month === 12))) {
      return fail('calendar-date-outside-year', `${field}[${i}]`, `${d} is not in ${year} (or the December before it)`, v);
    }
    out.push(d);
  }
  return out;
}

function readYear(year: number, y: unknown, field: string): RawCnHolidayYear | { ok: false; error: ReferenceDataError } {
  if (!isRecord(y)) return fail('calendar-shape', field, 'must be {"offDays": [...], "workDays": [...], "names": {...}, "notices": [...]}', y);
  for (const key of Object.keys(y)) {
    if (!['offDays', 'workDays', 'names', 'notices', 'year'].includes(key)) return fail('calendar-shape', `${field}.${key}`, 'is not a field of a calendar year (offDays, workDays, names, notices)');
  }
  const offDays = dates(y.offDays, year, `${field}.offDays`);
  if (!Array.isArray(offDays)) return offDays;
  if (offDays.length === 0) return fail('calendar-shape', `${field}.offDays`, `lists no day off: every year has statutory holidays (元旦, 春节, 国庆节…)`);
  const workDays = y.workDays === undefined ? [] : dates(y.workDays, year, `${field}.workDays`);
  if (!Array.isArray(workDays)) return workDays;
  const off = new Set<string>(offDays);
  const both = workDays.find((d) => off.has(d));
  if (both) return fail('calendar-conflict', `${field}.workDays`, `${both} is listed both as a day off and as a make-up working day`, both);
  const names: Record<string, string> = {};
  if (y.names !== undefined) {
    if (!isRecord(y.names)) return fail('calendar-shape', `${field}.names`, 'must be an object {"YYYY-MM-DD": "国庆节"}', y.names);
    for (const [d, n] of Object.entries(y.names)) {
      if (!parsePlainDate(d) || typeof n !== 'string') return fail('calendar-shape', `${field}.names`, 'must map dates YYYY-MM-DD to holiday names', { [d]: n });
      names[d] = n;
    }
  }
  const notices = y.notices === undefined ? [] : y.notices;
  if (!Array.isArray(notices) || notices.some((n) => typeof n !== 'string')) return fail('calendar-shape', `${field}.notices`, 'must be a list of the notices (addresses or titles) the year comes from', y.notices);
  return { offDays, workDays, names, notices: notices as string[] };
}

function yearNumber(key: string): number | undefined {
  if (!/^\d{4}$/.test(key)) return undefined;
  const n = Number(key);
  return n >= 1950 && n <= 2200 ? n : undefined;
}

/**
 * Reads calendar years a user supplies, in the shape of the hand-out calendar
 * (`data/calendars/cn-holidays.json`): the whole file (`{"years": {"2027": {...}}}`), an object
 * keyed by years (`{"2027": {...}}`), or one year (`{"year": 2027, "offDays": [...], "workDays": [...]}`).
 * Each year lists its days off (`offDays`) and make-up working days (`workDays`, 调休上班), with
 * optional `names` and `notices`. Merge the result with `withCnCalendarYears`.
 *
 * @example
 * parseCnCalendarYears({ year: 2027, offDays: ['2027-01-01'], workDays: [] })
 */
export function parseCnCalendarYears(json: unknown): Result {
  if (!isRecord(json)) return fail('calendar-shape', 'calendar', 'must be a calendar year object or the calendar file {"years": {...}}', json);
  const out = new Map<number, RawCnHolidayYear>();
  if (json.year !== undefined) {
    const year = typeof json.year === 'number' ? yearNumber(String(json.year)) : typeof json.year === 'string' ? yearNumber(json.year) : undefined;
    if (year === undefined) return fail('calendar-year', 'calendar.year', 'must be a year such as 2027', json.year);
    const y = readYear(year, json, 'calendar');
    if ('ok' in y) return y;
    out.set(year, y);
    return { ok: true, value: out };
  }
  const years = json.years !== undefined ? json.years : json;
  const field = json.years !== undefined ? 'calendar.years' : 'calendar';
  if (!isRecord(years)) return fail('calendar-shape', field, 'must be an object keyed by years ("2027")', years);
  for (const [key, y] of Object.entries(years)) {
    const year = yearNumber(key);
    if (year === undefined) return fail('calendar-year', `${field}.${key}`, 'is not a year: key each year by its number, such as "2027"');
    const read = readYear(year, y, `${field}.${key}`);
    if ('ok' in read) return read;
    out.set(year, read);
  }
  if (out.size === 0) return fail('calendar-shape', field, 'holds no year');
  return { ok: true, value: out };
}
