import { parsePlainDate } from '../../shared/plain-date.ts';
import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import type { RateTables } from '../../shared/rates/types.ts';
import type { StoredReferenceEntry } from '../storage/stored-types.ts';
import type { EntryResult } from './reference-entry-from-text.ts';
import { readReferenceEntry } from './user-reference-data.ts';

/** The rate tables a user can add a change to. */
export const RATE_TABLE_IDS = ['cnLpr', 'ukBankRate', 'ecbMro', 'deBasiszinssatz'] as const satisfies readonly (keyof RateTables)[];
export type RateTableId = (typeof RATE_TABLE_IDS)[number];

/** What the "add a rate change" form holds (LPR has two rates: 1-year and over 5 years). */
export interface RateChangeInput {
  readonly table: RateTableId;
  /** The day the new rate applies from (YYYY-MM-DD). */
  readonly from: string;
  /** Percent a year (`2.65`; a trailing `%` is allowed); LPR: the 1-year quote. */
  readonly rate: string;
  /** LPR only: the over-5-year quote. */
  readonly fiveYear?: string;
  /** The last day the user knows the table to be complete; empty: the day of the change. */
  readonly knownUntil?: string;
}

const percentText = (s: string | undefined): string => (s ?? '').trim().replace(/\s*[%％]$/, '');

/**
 * One rate change as an entry in the `rates` shape `dunning calc` and `--rates` accept
 * (`{"ecbMro": {"knownUntil": …, "changes": [{"from", "rate"}]}}`), checked by the core's parser,
 * so the stored entry is exactly the file a user could hand to the CLI.
 *
 * @example
 * rateChangeEntry({ table: 'ecbMro', from: '2026-12-17', rate: '2.65' }, 'id', '2026-12-07T09:00:00Z')
 */
export function rateChangeEntry(input: RateChangeInput, id: string, addedAt: string): EntryResult {
  const from = input.from.trim();
  // The date first: without a known-until date of its own, the change's day stands in for it.
  if (parsePlainDate(from) === undefined) {
    const list = input.table === 'cnLpr' ? 'quotes' : 'changes';
    return { ok: false, error: { code: 'rates-date', field: `rates.${input.table}.${list}[0].from`, message: 'must be a real date YYYY-MM-DD', value: JSON.stringify(from) } };
  }
  const knownUntil = (input.knownUntil ?? '').trim() || from;
  const rate = percentText(input.rate);
  const json = input.table === 'cnLpr'
    ? { cnLpr: { knownUntil, quotes: [{ from, oneYear: rate, fiveYear: percentText(input.fiveYear) }] } }
    : { [input.table]: { knownUntil, changes: [{ from, rate }] } };
  const read = readReferenceEntry({ kind: 'rates', json });
  if (!read.ok) return read satisfies { ok: false; error: ReferenceDataError };
  const value = input.table === 'cnLpr' ? `${rate}% / ${percentText(input.fiveYear)}%` : `${rate}%`;
  const entry: StoredReferenceEntry = { id, kind: 'rates', label: `${input.table} ${value} ${from}`, addedAt, json };
  return { ok: true, entry };
}
