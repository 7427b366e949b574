import { parseCnCalendarYears } from '../../shared/calendar/parse-cn-calendar-years.ts';
import type { RawCnHolidayYear } from '../../shared/calendar/raw-cn-holidays.ts';
import { parseRateTables, type ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import type { RateTables } from '../../shared/rates/types.ts';
import { BUILT_IN_REFERENCE_DATA, withUserReferenceData, type ReferenceData } from '../../shared/reference-data/index.ts';

/** The key, in the workbook's document settings, of the rates and holidays the user added. */
export const REFERENCE_DATA_KEY = 'dunningDesk.referenceData';

/** The shape saved under {@link REFERENCE_DATA_KEY}; a later version is migrated by {@link referenceDataSettingsFromSaved}. */
export const REFERENCE_DATA_VERSION = 1;

export type RateTableId = keyof RateTables;

/** The rate tables a user can add to, in the order the pane shows them. */
export const RATE_TABLE_IDS: readonly RateTableId[] = ['cnLpr', 'ukBankRate', 'ecbMro', 'deBasiszinssatz'];

/**
 * One rate change a user added: the table, the day it took effect, the rate (LPR: 1-year and
 * over-5-year quotes), and the last day the user knows the table to be complete (figures up to
 * it rest on known rates, not on an assumed one). Percent a year, as written (`"3.75"`).
 */
export interface RateChange {
  readonly table: RateTableId;
  readonly from: string;
  /** Percent a year (LPR: the 1-year quote). */
  readonly rate: string;
  /** LPR only: the over-5-year quote. */
  readonly fiveYear?: string;
  readonly knownUntil: string;
}

/** What the user added, as saved in the workbook (plain JSON). */
export interface ReferenceDataSettings {
  readonly version: typeof REFERENCE_DATA_VERSION;
  /** In the order added (a later change on the same day wins, as a later `--rates` file does). */
  readonly rateChanges: readonly RateChange[];
  /** Calendar years in the hand-out shape, keyed by year (`"2027"`). */
  readonly calendarYears: Readonly<Record<string, RawCnHolidayYear>>;
}

export const EMPTY_REFERENCE_DATA_SETTINGS: ReferenceDataSettings = { version: REFERENCE_DATA_VERSION, rateChanges: [], calendarYears: {} };

/** A value or why not: the core's reason (a stable code, the field, the value seen). */
export type ReferenceDataResult<T> = { ok: true; value: T } | { ok: false; error: ReferenceDataError };

/**
 * The `--rates` JSON of one rate change (`{"ecbMro": {"knownUntil", "changes": [{from, rate}]}}`),
 * so the pane's entry is checked by exactly the validator the CLI's `--rates` uses.
 */
export function rateChangeJson(c: RateChange): Record<string, unknown> {
  const trim = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);
  const table = c.table === 'cnLpr'
    ? { knownUntil: trim(c.knownUntil), quotes: [{ from: trim(c.from), oneYear: trim(c.rate), fiveYear: trim(c.fiveYear ?? '') }] }
    : { knownUntil: trim(c.knownUntil), changes: [{ from: trim(c.from), rate: trim(c.rate) }] };
  return { [c.table]: table };
}

/** A rate change checked as `--rates` checks a file, with its fields trimmed; the core's error otherwise. */
export function parseRateChange(input: RateChange): ReferenceDataResult<RateChange> {
  if (!(RATE_TABLE_IDS as readonly string[]).includes(input.table)) {
    return { ok: false, error: { code: 'rates-unknown-table', field: 'rates', message: 'is not a rate table: use cnLpr, ukBankRate, ecbMro or deBasiszinssatz', value: String(input.table) } };
  }
  const parsed = parseRateTables(rateChangeJson(input));
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      table: input.table, from: input.from.trim(), rate: input.rate.trim(), knownUntil: input.knownUntil.trim(),
      ...(input.table === 'cnLpr' ? { fiveYear: (input.fiveYear ?? '').trim() } : {}),
    },
  };
}

/**
 * A pasted calendar: the text of a year (`{"year": 2027, "offDays": […], "workDays": […]}`), of
 * years keyed by number, or the whole hand-out file, checked as `--calendar` checks a file.
 */
export function parseCalendarPaste(text: string): ReferenceDataResult<ReadonlyMap<number, RawCnHolidayYear>> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '').trim());
  } catch (e) {
    return { ok: false, error: { code: 'calendar-not-json', field: 'calendar', message: `is not JSON: ${(e as Error).message}` } };
  }
  return parseCnCalendarYears(json);
}

/** The settings with a rate change added (checked first). */
export function withRateChange(s: ReferenceDataSettings, change: RateChange): ReferenceDataResult<ReferenceDataSettings> {
  const parsed = parseRateChange(change);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...s, rateChanges: [...s.rateChanges, parsed.value] } };
}

/** The settings without the rate change at `index`. */
export function withoutRateChange(s: ReferenceDataSettings, index: number): ReferenceDataSettings {
  return { ...s, rateChanges: s.rateChanges.filter((_, i) => i !== index) };
}

/** The settings with pasted calendar years added (a year given again replaces the earlier one). */
export function withCalendarYears(s: ReferenceDataSettings, years: ReadonlyMap<number, RawCnHolidayYear>): ReferenceDataSettings {
  const next: Record<string, RawCnHolidayYear> = { ...s.calendarYears };
  for (const [year, y] of years) next[String(year)] = { offDays: [...y.offDays], workDays: [...y.workDays], names: { ...y.names }, notices: [...y.notices] };
  return { ...s, calendarYears: next };
}

/** The settings without one calendar year. */
export function withoutCalendarYear(s: ReferenceDataSettings, year: string): ReferenceDataSettings {
  return { ...s, calendarYears: Object.fromEntries(Object.entries(s.calendarYears).filter(([y]) => y !== year)) };
}

/**
 * Saved data read back: each rate change and year is checked again (a file edited by hand or
 * written by another version), and what fails is left out and counted, never guessed at.
 */
export function referenceDataSettingsFromSaved(saved: unknown): { settings: ReferenceDataSettings; dropped: number } {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { settings: EMPTY_REFERENCE_DATA_SETTINGS, dropped: 0 };
  const s = saved as Record<string, unknown>;
  let dropped = 0;
  const rateChanges: RateChange[] = [];
  for (const c of Array.isArray(s.rateChanges) ? s.rateChanges : []) {
    const r = typeof c === 'object' && c !== null ? c as Record<string, unknown> : {};
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const parsed = parseRateChange({
      table: text(r.table) as RateTableId, from: text(r.from), rate: text(r.rate), knownUntil: text(r.knownUntil),
      ...(r.table === 'cnLpr' ? { fiveYear: text(r.fiveYear) } : {}),
    });
    if (parsed.ok) rateChanges.push(parsed.value); else dropped++;
  }
  let settings: ReferenceDataSettings = { version: REFERENCE_DATA_VERSION, rateChanges, calendarYears: {} };
  const years = s.calendarYears;
  if (typeof years === 'object' && years !== null && !Array.isArray(years)) {
    // One year at a time, so one bad year does not take the others with it.
    for (const [year, y] of Object.entries(years)) {
      const parsed = parseCnCalendarYears({ [year]: y });
      if (parsed.ok) settings = withCalendarYears(settings, parsed.value); else dropped++;
    }
  }
  return { settings, dropped };
}

/**
 * The reference data every figure of the add-in rests on: the built-in tables with the user's
 * rate changes and calendar years merged in (a later change on the same day wins).
 */
export function referenceDataFromSettings(s: ReferenceDataSettings): ReferenceData {
  if (s.rateChanges.length === 0 && Object.keys(s.calendarYears).length === 0) return BUILT_IN_REFERENCE_DATA;
  const rates: Partial<RateTables>[] = [];
  for (const c of s.rateChanges) {
    const parsed = parseRateTables(rateChangeJson(c));
    if (parsed.ok) rates.push(parsed.value);
  }
  const calendarYears: ReadonlyMap<number, RawCnHolidayYear>[] = [];
  if (Object.keys(s.calendarYears).length > 0) {
    const parsed = parseCnCalendarYears(s.calendarYears);
    if (parsed.ok) calendarYears.push(parsed.value);
  }
  return withUserReferenceData(BUILT_IN_REFERENCE_DATA, { rates, calendarYears });
}
