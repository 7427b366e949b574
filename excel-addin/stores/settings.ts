import { defineStore } from 'pinia';
import { ref } from 'vue';
import { today } from '../clock/today.ts';
import { defaultSettings, resolveSettings, SETTINGS_KEY, settingsFromSaved, type AddinSettings, type ResolvedSettings } from '../settings/addin-settings.ts';
import { readDocumentSetting, writeDocumentSetting } from '../office/document-settings.ts';

/** The pane's settings, saved in the workbook so they travel with the file. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<AddinSettings>(defaultSettings());
  const saved = ref(false);

  function load(): void {
    settings.value = settingsFromSaved(readDocumentSetting(SETTINGS_KEY));
  }

  /** Saves into the workbook; false (with Office's reason) when Office could not. */
  async function save(): Promise<{ ok: true } | { ok: false; detail: string }> {
    // A plain copy: Office serializes settings as JSON, not Vue proxies.
    const result = await writeDocumentSetting(SETTINGS_KEY, JSON.parse(JSON.stringify(settings.value)) as unknown);
    saved.value = result.ok;
    return result;
  }

  /** Settings as the core takes them, with "today" from the pane's clock. */
  function resolved(): ResolvedSettings {
    return resolveSettings(settings.value, today());
  }

  return { settings, saved, load, save, resolved };
});
