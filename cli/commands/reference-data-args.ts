import { parseCnCalendarYears } from '../../shared/calendar/parse-cn-calendar-years.ts';
import type { RawCnHolidayYear } from '../../shared/calendar/raw-cn-holidays.ts';
import { parseRateTables } from '../../shared/rates/parse-rate-tables.ts';
import type { RateTables } from '../../shared/rates/types.ts';
import { BUILT_IN_REFERENCE_DATA, withUserReferenceData, type ReferenceData } from '../../shared/reference-data/index.ts';
import { fsErrorReason } from '../fs-error-message.ts';
import type { CliIo } from '../io.ts';

/**
 * `--rates <file.json>` and `--calendar <file.json>` (each repeatable): newer rate tables and
 * calendar years in the hand-out folder's shapes, for every command that computes a figure
 * (`report`, `calc`, `remind`, `today`, `rates`). Spread into a command's options.
 */
export const REFERENCE_DATA_ARG_OPTIONS = {
  rates: { type: 'string', multiple: true },
  calendar: { type: 'string', multiple: true },
} as const;

/** The usage fragment of those options. */
export const REFERENCE_DATA_USAGE = '[--rates <rates.json> ...] [--calendar <calendar.json> ...]';

/** The reference data with the user's files merged in, or why a file cannot be used (exit 1). */
export type ReferenceDataArgResult = { ok: true; value: ReferenceData } | { ok: false; message: string };

function readJson(io: Pick<CliIo, 'readFile'>, flag: string, file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(file));
  } catch (e) {
    return { ok: false, message: `--${flag}: cannot read ${file}: ${fsErrorReason(e)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, message: `--${flag}: ${file} is not JSON: ${(e as Error).message}` };
  }
}

/** Reads `--rates` and `--calendar` files in order (a later file wins on the same date or year). */
export function referenceDataFromArgs(values: { rates?: readonly string[]; calendar?: readonly string[] }, io: Pick<CliIo, 'readFile'>): ReferenceDataArgResult {
  const rates: Partial<RateTables>[] = [];
  const calendarYears: ReadonlyMap<number, RawCnHolidayYear>[] = [];
  for (const file of values.rates ?? []) {
    const json = readJson(io, 'rates', file);
    if (!json.ok) return json;
    const parsed = parseRateTables(json.value);
    if (!parsed.ok) return { ok: false, message: `--rates: ${file}: ${parsed.error.field}: ${parsed.error.message}${parsed.error.value !== undefined ? ` (got ${parsed.error.value})` : ''}` };
    rates.push(parsed.value);
  }
  for (const file of values.calendar ?? []) {
    const json = readJson(io, 'calendar', file);
    if (!json.ok) return json;
    const parsed = parseCnCalendarYears(json.value);
    if (!parsed.ok) return { ok: false, message: `--calendar: ${file}: ${parsed.error.field}: ${parsed.error.message}${parsed.error.value !== undefined ? ` (got ${parsed.error.value})` : ''}` };
    calendarYears.push(parsed.value);
  }
  if (rates.length === 0 && calendarYears.length === 0) return { ok: true, value: BUILT_IN_REFERENCE_DATA };
  return { ok: true, value: withUserReferenceData(BUILT_IN_REFERENCE_DATA, { rates, calendarYears }) };
}
