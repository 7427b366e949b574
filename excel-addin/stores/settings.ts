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

  async function save(): Promise<void> {
    // A plain copy: Office serializes settings as JSON, not Vue proxies.
    await writeDocumentSetting(SETTINGS_KEY, JSON.parse(JSON.stringify(settings.value)) as unknown);
    saved.value = true;
  }

  /** Settings as the core takes them, with "today" from the pane's clock. */
  function resolved(): ResolvedSettings {
    return resolveSettings(settings.value, today());
  }

  return { settings, saved, load, save, resolved };
});
