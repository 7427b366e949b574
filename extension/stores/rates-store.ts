import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { referenceDataStatus } from '../../shared/reference-data/index.ts';
import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import { today } from '../platform/today.ts';
import { rateChangeEntry, type RateChangeInput } from '../reference-data/rate-change-entry.ts';
import { referenceEntryFromText } from '../reference-data/reference-entry-from-text.ts';
import { userReferenceData } from '../reference-data/user-reference-data.ts';
import { defineReferenceDataItem, EMPTY_REFERENCE_DATA } from '../storage/define-stored-items.ts';
import { checkReferenceData } from '../storage/read-stored-data.ts';
import type { StoredReferenceData, StoredReferenceEntry } from '../storage/stored-types.ts';

/** What is stored, when it is in the stored layout (storage can hold anything: an older build, a hand edit). */
const checked = (v: unknown): StoredReferenceData => checkReferenceData(v) ?? EMPTY_REFERENCE_DATA;

/**
 * The options page's "Rates and holidays": the user's entries (stored), each table's status as of
 * today with them merged in (the core's `referenceDataStatus`, as `dunning rates` prints it), and
 * adding or removing an entry. An entry is stored only after the core has read it.
 */
export const useRatesStore = defineStore('rates', () => {
  let item: ReturnType<typeof defineReferenceDataItem> | null = null;
  const stored = shallowRef<StoredReferenceData>(EMPTY_REFERENCE_DATA);
  const asOf = shallowRef(today());
  const merged = computed(() => userReferenceData(stored.value.entries));
  const status = computed(() => referenceDataStatus(merged.value.data, asOf.value));
  const unreadable = computed(() => new Set(merged.value.unreadable.map((e) => e.id)));

  function storageItem() {
    if (!item) {
      item = defineReferenceDataItem();
      // Cleared or changed elsewhere (the "clear all data" button, another options tab): follow it.
      item.watch((v) => { stored.value = checked(v); });
    }
    return item;
  }

  async function load(): Promise<void> {
    asOf.value = today();
    stored.value = checked(await storageItem().getValue().catch(() => EMPTY_REFERENCE_DATA));
  }

  async function save(entries: readonly StoredReferenceEntry[]): Promise<void> {
    const next = { entries: [...entries] };
    await storageItem().setValue(next);
    stored.value = next;
  }

  const newId = (): string => globalThis.crypto.randomUUID();

  /** Adds a rate change typed in; the core's error when it cannot be read. */
  async function addRateChange(input: RateChangeInput): Promise<ReferenceDataError | undefined> {
    const r = rateChangeEntry(input, newId(), new Date().toISOString());
    if (!r.ok) return r.error;
    await save([...stored.value.entries, r.entry]);
    return undefined;
  }

  /** Adds a pasted text or an imported file (rates or a calendar year); the core's error when it cannot be read. */
  async function addText(text: string, label: string): Promise<ReferenceDataError | undefined> {
    const r = referenceEntryFromText(text, label, newId(), new Date().toISOString());
    if (!r.ok) return r.error;
    await save([...stored.value.entries, r.entry]);
    return undefined;
  }

  async function remove(id: string): Promise<void> {
    await save(stored.value.entries.filter((e) => e.id !== id));
  }

  return { stored, asOf, status, unreadable, load, addRateChange, addText, remove };
});
