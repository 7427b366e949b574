import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import type { StoredReferenceEntry } from '../storage/stored-types.ts';
import { readReferenceEntry } from './user-reference-data.ts';

export type EntryResult = { readonly ok: true; readonly entry: StoredReferenceEntry } | { readonly ok: false; readonly error: ReferenceDataError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which shape a file is: a calendar (`{"years": …}`, one year `{"year": 2027, "offDays": …}`, or an
 * object keyed by years) or rates (the `rates` field of `dunning calc`, or one table file).
 */
export function referenceKindOf(json: unknown): 'rates' | 'calendar' {
  if (!isRecord(json)) return 'rates';
  if ('years' in json || 'year' in json || 'offDays' in json || 'workDays' in json) return 'calendar';
  const keys = Object.keys(json);
  return keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k)) ? 'calendar' : 'rates';
}

/**
 * A pasted text or an imported file as a stored entry, checked by the same parsers as the CLI's
 * `--rates` and `--calendar` (so what the extension takes, the CLI takes, and the other way
 * round). A byte-order mark is dropped; anything the core refuses comes back as its error.
 */
export function referenceEntryFromText(text: string, label: string, id: string, addedAt: string): EntryResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: { code: 'not-json', field: '', message: `is not JSON: ${(e as Error).message}` } };
  }
  const kind = referenceKindOf(json);
  const read = readReferenceEntry({ kind, json });
  if (!read.ok) return read;
  return { ok: true, entry: { id, kind, label, addedAt, json } };
}
