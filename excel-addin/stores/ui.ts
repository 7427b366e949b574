import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { errorText, paneErrorFrom, type PaneError } from '../i18n/error-text.ts';
import { paneLanguageFor, type PaneLanguage } from '../i18n/language.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import type { Progress } from '../excel/read-table.ts';
import { notifyError } from '../office/notify-error.ts';
import { officeDisplayLanguage } from '../office/display-language.ts';

/** Language, the error or notice on show, and progress of the running step. */
export const useUiStore = defineStore('ui', () => {
  const lang = ref<PaneLanguage>(paneLanguageFor(safeDisplayLanguage()));
  const error = ref<PaneError | null>(null);
  const notice = ref('');
  const progress = ref<Progress | null>(null);
  const busy = ref(false);

  const errorMessage = computed(() => (error.value ? errorText(error.value, lang.value) : ''));
  const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>): string => message(lang.value, key, values);

  function setLang(next: PaneLanguage): void { lang.value = next; }

  /** Shows an error in plain words (chosen by code) and, lazily, office-js-helpers' banner with the details. */
  function fail(e: PaneError | unknown): void {
    const err = isPaneError(e) ? e : paneErrorFrom(e);
    error.value = err;
    notice.value = '';
    void notifyError(t('errorTitle'), `${errorText(err, lang.value)}${err.detail ? `\n${err.code}: ${err.detail}` : ''}`).catch(() => undefined);
  }

  function say(text: string): void { notice.value = text; error.value = null; }

  /** Runs a step with the busy flag and progress, turning anything thrown into a shown error. */
  async function run(step: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try { await step(); } catch (e) { fail(e); } finally { busy.value = false; progress.value = null; }
  }

  return { lang, error, notice, progress, busy, errorMessage, t, setLang, fail, say, run };
});

function isPaneError(e: unknown): e is PaneError {
  return typeof e === 'object' && e !== null && typeof (e as PaneError).code === 'string' && !(e instanceof Error);
}

function safeDisplayLanguage(): string | undefined {
  try { return officeDisplayLanguage(); } catch { return undefined; }
}
