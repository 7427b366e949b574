import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import { today } from '../clock/today.ts';
import { defaultSettings, resolveSettings, SETTINGS_KEY, SETTINGS_VERSION, settingsFromSaved, type AddinSettings, type ResolvedSettings } from '../settings/addin-settings.ts';
import {
  EMPTY_REFERENCE_DATA_SETTINGS, parseCalendarPaste, REFERENCE_DATA_KEY, referenceDataFromSettings, referenceDataSettingsFromSaved,
  withCalendarYears, withoutCalendarYear, withoutRateChange, withRateChange, type RateChange, type ReferenceDataSettings,
} from '../settings/reference-data-settings.ts';
import { readDocumentSetting, writeDocumentSetting } from '../office/document-settings.ts';

/** What a change to the rates and holidays came to: saved, refused (the core's reason), or not saved by Office. */
export type ReferenceDataChange = { ok: true } | { ok: false; error: ReferenceDataError } | { ok: false; notSaved: string };

/** The pane's settings, saved in the workbook so they travel with the file. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<AddinSettings>(defaultSettings());
  const saved = ref(false);
  /** The rates and holidays the user added (saved in the workbook as soon as they change). */
  const referenceData = shallowRef<ReferenceDataSettings>(EMPTY_REFERENCE_DATA_SETTINGS);
  /** Entries of a saved workbook that no longer pass the checks (left out, and said in the pane). */
  const referenceDropped = ref(0);
  /** Built-in tables with the user's additions: what every figure of the pane and the sheet rests on. */
  const reference = computed(() => referenceDataFromSettings(referenceData.value));

  function load(): void {
    settings.value = settingsFromSaved(readDocumentSetting(SETTINGS_KEY));
    const r = referenceDataSettingsFromSaved(readDocumentSetting(REFERENCE_DATA_KEY));
    referenceData.value = r.settings;
    referenceDropped.value = r.dropped;
  }

  /** Saves into the workbook; false (with Office's reason) when Office could not. */
  async function save(): Promise<{ ok: true } | { ok: false; detail: string }> {
    // A plain copy: Office serializes settings as JSON, not Vue proxies.
    const result = await writeDocumentSetting(SETTINGS_KEY, { version: SETTINGS_VERSION, ...JSON.parse(JSON.stringify(settings.value)) as object });
    saved.value = result.ok;
    return result;
  }

  /** Takes new reference data and saves it in the workbook at once (it still applies if Office cannot save). */
  async function keep(next: ReferenceDataSettings): Promise<ReferenceDataChange> {
    referenceData.value = next;
    referenceDropped.value = 0;
    const result = await writeDocumentSetting(REFERENCE_DATA_KEY, JSON.parse(JSON.stringify(next)) as unknown);
    return result.ok ? { ok: true } : { ok: false, notSaved: result.detail };
  }

  /** Adds a rate change, checked as the CLI's `--rates` checks a file. */
  function addRateChange(change: RateChange): Promise<ReferenceDataChange> {
    const next = withRateChange(referenceData.value, change);
    return next.ok ? keep(next.value) : Promise.resolve(next);
  }

  /** Adds pasted calendar years, checked as the CLI's `--calendar` checks a file. */
  function addCalendar(text: string): Promise<ReferenceDataChange> {
    const years = parseCalendarPaste(text);
    return years.ok ? keep(withCalendarYears(referenceData.value, years.value)) : Promise.resolve(years);
  }

  const removeRateChange = (index: number): Promise<ReferenceDataChange> => keep(withoutRateChange(referenceData.value, index));
  const removeCalendarYear = (year: string): Promise<ReferenceDataChange> => keep(withoutCalendarYear(referenceData.value, year));

  /** Settings as the core takes them, with "today" from the pane's clock and the user's rates and holidays. */
  function resolved(): ResolvedSettings {
    return resolveSettings(settings.value, today(), reference.value);
  }

  return {
    settings, saved, referenceData, referenceDropped, reference,
    load, save, resolved, addRateChange, addCalendar, removeRateChange, removeCalendarYear,
  };
});
