import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { errorText, paneErrorFrom, type PaneError } from '../i18n/error-text.ts';
import { paneLanguageFor, type PaneLanguage } from '../i18n/language.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import type { Progress } from '../excel/read-table.ts';
import { officeDisplayLanguage } from '../office/display-language.ts';

/** Language, the error or notice on show, and progress of the running step. */
export const useUiStore = defineStore('ui', () => {
  const lang = ref<PaneLanguage>(paneLanguageFor(safeDisplayLanguage()));
  const error = ref<PaneError | null>(null);
  /** The last step's outcome, as a message key and its values: shown in whichever language the pane is in. */
  const notice = ref<{ readonly key: MessageKey; readonly values: Readonly<Record<string, string | number>> } | null>(null);
  const progress = ref<Progress | null>(null);
  const busy = ref(false);

  /** The error in plain words, in the pane's language (the error bar shows it: `ErrorBar.vue`). */
  const errorMessage = computed(() => (error.value ? errorText(error.value, lang.value) : ''));
  const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>): string => message(lang.value, key, values);
  const noticeText = computed(() => (notice.value ? t(notice.value.key, notice.value.values) : ''));

  function setLang(next: PaneLanguage): void { lang.value = next; }

  /** Shows an error in plain words, chosen by its code; the technical detail goes to the console only. */
  function fail(e: PaneError | unknown): void {
    const err = isPaneError(e) ? e : paneErrorFrom(e);
    error.value = err;
    notice.value = null;
    if (err.detail) console.warn(`Dunning Desk: ${err.code}: ${err.detail}`);
  }

  /** The user closed the error bar. */
  function dismissError(): void { error.value = null; }

  /** Says what a step did (`say('flagged', { overdue, rows, address })`). */
  function say(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): void { notice.value = { key, values: { ...values } }; error.value = null; }

  /** Runs a step with the busy flag and progress, turning anything thrown into a shown error. */
  async function run(step: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try { await step(); } catch (e) { fail(e); } finally { busy.value = false; progress.value = null; }
  }

  return { lang, error, notice, noticeText, progress, busy, errorMessage, t, setLang, fail, dismissError, say, run };
});

function isPaneError(e: unknown): e is PaneError {
  return typeof e === 'object' && e !== null && typeof (e as PaneError).code === 'string' && !(e instanceof Error);
}

function safeDisplayLanguage(): string | undefined {
  try { return officeDisplayLanguage(); } catch { return undefined; }
}
