import { defineStore } from 'pinia';
import { ref, shallowRef, toRaw } from 'vue';
import type { UserTemplate } from '../../shared/templates/render-reminder.ts';
import type { LogImportReport, LogSummary } from '../log/log-protocol.ts';
import { askLog } from '../log/message-log-service.ts';
import { importFile, type ImportReport } from '../options/import-file.ts';
import { logFileText } from '../options/log-file-text.ts';
import { defineStoredItems, DEFAULT_DEFAULTS, DEFAULT_PROFILE, EMPTY_RECEIVABLES, type StoredItems, type StoredNotice } from '../storage/define-stored-items.ts';
import { readStoredData } from '../storage/read-stored-data.ts';
import type { Editable } from './editable.ts';
import type { StoredDefaults, StoredProfile, StoredReceivables, StoredTemplates, TemplateKey } from '../storage/stored-types.ts';

/** The options page's state over the stored items. */
export const useOptionsStore = defineStore('options', () => {
  let items: StoredItems | null = null;
  const receivables = shallowRef<StoredReceivables>(EMPTY_RECEIVABLES);
  const profile = ref<Editable<StoredProfile>>(structuredClone(DEFAULT_PROFILE));
  const defaults = ref<Editable<StoredDefaults>>(structuredClone(DEFAULT_DEFAULTS));
  const templates = shallowRef<StoredTemplates>({});
  const notices = shallowRef<readonly StoredNotice[]>([]);
  const lastImport = shallowRef<ImportReport | null>(null);
  const importError = ref('');
  const saved = ref(false);
  const logSummary = shallowRef<LogSummary>({ rows: 0, customers: 0 });
  const logReport = shallowRef<LogImportReport | null>(null);
  const logError = ref('');
  /** Whether the log summary has been read (before that it is not shown, rather than shown as 0). */
  const logLoaded = ref(false);

  function stored(): StoredItems {
    items ??= defineStoredItems();
    return items;
  }

  async function load(): Promise<void> {
    const data = await readStoredData(stored());
    receivables.value = data.receivables;
    profile.value = structuredClone(data.profile);
    defaults.value = structuredClone(data.defaults);
    templates.value = data.templates;
    notices.value = data.notices;
    await loadLogSummary();
  }

  /** How many rows the collection log holds (the background keeps it). */
  async function loadLogSummary(): Promise<void> {
    try {
      logSummary.value = await askLog({ type: 'log-summary' });
      logLoaded.value = true;
    } catch (error) {
      logError.value = String(error);
    }
  }

  /** Merges a log file (the add-in's export, the CLI's file) into the collection log. */
  async function importLog(name: string, bytes: Uint8Array): Promise<void> {
    logError.value = '';
    logReport.value = null;
    const reply = await askLog({ type: 'log-import', file: name, text: logFileText(bytes) });
    if (!reply.ok) { logError.value = reply.message; return; }
    logReport.value = reply.report;
    await loadLogSummary();
  }

  /** The collection log as the CLI's CSV (UTF-8 with a byte-order mark). */
  async function exportLog(): Promise<{ csv: string; rows: number }> {
    return askLog({ type: 'log-export' });
  }

  async function importBytes(name: string, bytes: Uint8Array, importedAt: string): Promise<void> {
    importError.value = '';
    const result = importFile(name, bytes, importedAt);
    if (!result.ok) {
      importError.value = result.message;
      lastImport.value = null;
      return;
    }
    await stored().receivables.setValue(result.stored);
    receivables.value = result.stored;
    lastImport.value = result.report;
  }

  async function saveProfile(): Promise<void> {
    await stored().profile.setValue(structuredClone(toRaw(profile.value)));
    saved.value = true;
  }

  async function saveDefaults(): Promise<void> {
    await stored().defaults.setValue(structuredClone(toRaw(defaults.value)));
    saved.value = true;
  }

  async function saveTemplate(key: TemplateKey, template: UserTemplate | undefined): Promise<void> {
    const next: Record<string, UserTemplate> = { ...templates.value };
    if (template) next[key] = template;
    else delete next[key];
    await stored().templates.setValue(next);
    templates.value = next;
  }

  async function dismissNotices(): Promise<void> {
    await stored().notices.setValue([]);
    notices.value = [];
  }

  /** Removes everything the extension stored. */
  async function clearData(): Promise<void> {
    const s = stored();
    await Promise.all([s.receivables.removeValue(), s.profile.removeValue(), s.defaults.removeValue(), s.templates.removeValue(), s.notices.removeValue(), s.referenceData.removeValue()]);
    await askLog({ type: 'log-clear' });
    lastImport.value = null;
    logReport.value = null;
    await load();
  }

  return {
    receivables, profile, defaults, templates, notices, lastImport, importError, saved, logSummary, logReport, logError, logLoaded,
    load, importBytes, saveProfile, saveDefaults, saveTemplate, dismissNotices, clearData, loadLogSummary, importLog, exportLog,
  };
});
