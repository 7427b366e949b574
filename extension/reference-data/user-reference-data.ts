import { parseCnCalendarYears } from '../../shared/calendar/parse-cn-calendar-years.ts';
import type { RawCnHolidayYear } from '../../shared/calendar/raw-cn-holidays.ts';
import { parseRateTables, type ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import type { RateTables } from '../../shared/rates/types.ts';
import { BUILT_IN_REFERENCE_DATA, withUserReferenceData, type ReferenceData } from '../../shared/reference-data/index.ts';
import type { StoredReferenceEntry } from '../storage/stored-types.ts';

/** One stored entry read by the core: its rate tables or calendar years, or why it is no longer usable. */
export type ReadEntry =
  | { readonly ok: true; readonly rates: Partial<RateTables> }
  | { readonly ok: true; readonly years: ReadonlyMap<number, RawCnHolidayYear> }
  | { readonly ok: false; readonly error: ReferenceDataError };

/** Reads one entry with the same parsers as the CLI's `--rates` and `--calendar`. */
export function readReferenceEntry(entry: Pick<StoredReferenceEntry, 'kind' | 'json'>): ReadEntry {
  if (entry.kind === 'rates') {
    const parsed = parseRateTables(entry.json);
    return parsed.ok ? { ok: true, rates: parsed.value } : parsed;
  }
  const parsed = parseCnCalendarYears(entry.json);
  return parsed.ok ? { ok: true, years: parsed.value } : parsed;
}

/**
 * The reference data every figure in the extension rests on: the built-in tables with the
 * user's entries merged in, in the order they were added (a later entry wins on the same date
 * or year), exactly as `--rates a.json --rates b.json` does. An entry the core no longer reads is
 * left out and returned, so the options page can show it; it never silently changes a figure.
 */
export function userReferenceData(entries: readonly StoredReferenceEntry[]): { readonly data: ReferenceData; readonly unreadable: readonly StoredReferenceEntry[] } {
  const rates: Partial<RateTables>[] = [];
  const calendarYears: ReadonlyMap<number, RawCnHolidayYear>[] = [];
  const unreadable: StoredReferenceEntry[] = [];
  for (const entry of entries) {
    const read = readReferenceEntry(entry);
    if (!read.ok) unreadable.push(entry);
    else if ('rates' in read) rates.push(read.rates);
    else calendarYears.push(read.years);
  }
  if (rates.length === 0 && calendarYears.length === 0) return { data: BUILT_IN_REFERENCE_DATA, unreadable };
  return { data: withUserReferenceData(BUILT_IN_REFERENCE_DATA, { rates, calendarYears }), unreadable };
}
