import { defineStore } from 'pinia';
import { computed, nextTick, reactive, ref, shallowRef, watch } from 'vue';
import type { StageId } from '../../shared/stage-id.ts';
import type { Tone } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import type { LogRecordRequest, LogService } from '../log/log-protocol.ts';
import { filterCustomers } from '../picker/filter-customers.ts';
import type { CaseView, CustomerOption, ManualCustomer, PickerChannel, PickerData, PickerSelection, PickerService, RenderReply } from '../picker/picker-protocol.ts';

/** A row the user just recorded from the picker (shown with its undo), or the outcome of taking it back. */
export type RecordedNotice =
  | { readonly kind: 'recorded'; readonly id: string; readonly summary: string }
  | { readonly kind: 'undone' | 'gone' }
  | { readonly kind: 'error'; readonly message: string };

/** Whether the log's next step for a case falls after its as-of date (ISO dates compare as text). */
function notYetDue(view: CaseView): boolean {
  return view.nextStage !== null && view.nextAction !== null && view.nextAction > view.asOf;
}

/** The reminder picker's state: who, which stage, language and tone, and the live preview. */
export const usePickerStore = defineStore('picker', () => {
  const service = shallowRef<PickerService | null>(null);
  const data = shallowRef<PickerData | null>(null);
  const loadError = ref('');
  const query = ref('');
  const selectedKey = ref<string | undefined>(undefined);
  const manualMode = ref(false);
  const manual = reactive<ManualCustomer>({ name: '', email: '', invoice: '', amount: '', currency: 'CNY', dueDate: '' });
  const stage = ref<StageId>('friendly');
  const lang = ref<TemplateLang>('en');
  const tone = ref<Tone>('neutral');
  const preview = shallowRef<RenderReply | null>(null);
  /** The selected customer's case from the collection log (history, status, the log's suggestion). */
  const caseView = shallowRef<CaseView | null>(null);
  const logService = shallowRef<LogService | null>(null);
  const recorded = shallowRef<RecordedNotice | null>(null);
  let renderSeq = 0;
  let caseSeq = 0;
  // Whether the user picked a stage since choosing the customer: the log's suggestion, arriving
  // a moment later, never overrides the user's own choice.
  let stageChosen = false;

  const customers = computed<CustomerOption[]>(() => filterCustomers(data.value?.customers ?? [], query.value));
  const selected = computed(() => data.value?.customers.find((c) => c.key === selectedKey.value));
  /** The selected customer with the stage the log suggests, once the log has rows for them. */
  const suggesting = computed<CustomerOption | undefined>(() => {
    const c = selected.value;
    const view = caseView.value;
    if (!c || !view || view.key !== c.key || view.rows === 0) return c;
    // The days-overdue reason no longer explains the suggestion: the case's own sentence does.
    // A next step not due yet (minGapDays after the last contact, a promise's date) is named
    // with its date, not suggested for now.
    const next: CustomerOption & { suggestedBecause?: CustomerOption['suggestedBecause'] } = {
      ...c, suggestedStage: view.nextStage, ...(notYetDue(view) ? { suggestedFrom: view.nextAction! } : {}),
    };
    delete next.suggestedBecause;
    return next;
  });
  const allowedTones = computed<readonly Tone[]>(() => data.value?.stageTones[stage.value] ?? ['warm', 'neutral', 'firm']);

  function fitTone(): void {
    if (!allowedTones.value.includes(tone.value)) tone.value = allowedTones.value[0] ?? 'neutral';
  }

  /**
   * Takes the log's suggestion for the customer shown, unless the user has chosen a stage
   * meanwhile. While the next step is not due yet, the picker stays on the stage last sent (a
   * resend, a reply) rather than moving the customer on early; the next stage is named with its date.
   */
  function applyCase(view: CaseView | null): void {
    caseView.value = view;
    if (view && view.rows > 0 && !stageChosen) {
      const offered = notYetDue(view) && view.lastStage ? view.lastStage : view.nextStage;
      if (!offered) return;
      stage.value = offered;
      fitTone();
    }
  }

  /** Fetches a customer's case from the log (the one the picker opened on came with the list). */
  async function loadCase(key: string): Promise<void> {
    const seq = ++caseSeq;
    const svc = service.value;
    if (data.value?.case?.key === key) { applyCase(data.value.case); return; }
    caseView.value = null;
    if (!svc?.caseFor) return;
    try {
      const view = await svc.caseFor(key);
      if (seq === caseSeq && selectedKey.value === key) applyCase(view ?? null);
    } catch {
      // No history is shown; the picker works on as before.
    }
  }

  /** Selects a customer and moves to the stage the core suggests for them (from the log when it has their history). */
  function select(key: string | undefined): void {
    manualMode.value = false;
    const changed = key !== selectedKey.value;
    selectedKey.value = key;
    if (changed) recorded.value = null;
    stageChosen = false;
    const customer = data.value?.customers.find((c) => c.key === key);
    if (customer?.suggestedStage) stage.value = customer.suggestedStage;
    fitTone();
    if (key === undefined) caseView.value = null;
    else void loadCase(key);
  }

  function setStage(id: StageId): void {
    stage.value = id;
    stageChosen = true;
    fitTone();
  }

  /**
   * Records a row for the customer shown (a promise, a dispute, a pause or a note, without
   * inserting anything), then shows it in the history with an undo.
   */
  async function record(request: Omit<LogRecordRequest, 'customerKey' | 'manual'>): Promise<boolean> {
    const svc = logService.value;
    const who = manualMode.value ? { manual: { ...manual } } : selectedKey.value !== undefined ? { customerKey: selectedKey.value } : undefined;
    if (!svc || !who) return false;
    const reply = await svc.record({ ...who, ...request });
    if (!reply.ok) { recorded.value = { kind: 'error', message: reply.message }; return false; }
    recorded.value = { kind: 'recorded', id: reply.id, summary: reply.summary };
    if (!manualMode.value && selectedKey.value !== undefined) await refreshCase(selectedKey.value);
    return true;
  }

  /** Takes back the row just recorded, and only it. */
  async function undo(): Promise<void> {
    const notice = recorded.value;
    const svc = logService.value;
    if (notice?.kind !== 'recorded' || !svc) return;
    recorded.value = { kind: (await svc.undo(notice.id)) ? 'undone' : 'gone' };
    if (!manualMode.value && selectedKey.value !== undefined) await refreshCase(selectedKey.value);
  }

  async function refreshCase(key: string): Promise<void> {
    const svc = service.value;
    if (!svc?.caseFor) return;
    const view = await svc.caseFor(key);
    // The case that came with the list is out of date now.
    const loaded = data.value;
    if (loaded?.case?.key === key) data.value = { ...loaded, case: view };
    if (selectedKey.value === key) caseView.value = view ?? null;
  }

  /** Moves the selection through the filtered list (arrow keys). */
  function move(step: 1 | -1): void {
    const list = customers.value;
    if (list.length === 0) return;
    const at = list.findIndex((c) => c.key === selectedKey.value);
    const next = at < 0 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    select(list[next]!.key);
  }

  function selection(): PickerSelection | undefined {
    if (manualMode.value) return { manual: { ...manual }, stage: stage.value, lang: lang.value, tone: tone.value };
    if (selectedKey.value === undefined) return undefined;
    return { customerKey: selectedKey.value, stage: stage.value, lang: lang.value, tone: tone.value };
  }

  // The newest render in flight: what is confirmed must be the preview of the current choice,
  // not of the one before a quick keystroke or click.
  let latest: Promise<void> = Promise.resolve();
  const pending = ref(false);

  function refreshPreview(): Promise<void> {
    const sel = selection();
    const seq = ++renderSeq;
    if (!sel || !service.value) {
      preview.value = null;
      pending.value = false;
      latest = Promise.resolve();
      return latest;
    }
    pending.value = true;
    latest = service.value.render(sel).then(
      (reply) => {
        if (seq !== renderSeq) return;
        preview.value = reply;
        pending.value = false;
      },
      (error: unknown) => {
        if (seq !== renderSeq) return;
        preview.value = { ok: false, message: String(error) };
        pending.value = false;
      },
    );
    return latest;
  }

  /** The preview of the current choice, once every change made so far has been rendered. */
  async function settledPreview(): Promise<RenderReply | null> {
    await nextTick();
    for (let seen = latest; ; seen = latest) {
      await seen;
      if (seen === latest) return preview.value;
    }
  }

  /** The current choice written for another channel (the popup's SMS and WeChat texts); null with no customer chosen. */
  async function renderFor(channel: PickerChannel): Promise<RenderReply | null> {
    const sel = selection();
    if (!sel || !service.value) return null;
    return service.value.render({ ...sel, channel });
  }

  /** Loads the list; opens on the customer whose address (or name) is already in To (or the first shown). */
  async function load(svc: PickerService, recipients: readonly string[], names: readonly string[] = [], log?: LogService): Promise<void> {
    service.value = svc;
    logService.value = log ?? null;
    try {
      const loaded = await svc.load(recipients, names);
      data.value = loaded;
      lang.value = loaded.lang;
      tone.value = loaded.tone;
      // The user may have typed a search while the list was loading: open on what it shows.
      const shown = customers.value;
      select(shown.some((c) => c.key === loaded.matchedKey) ? loaded.matchedKey : shown[0]?.key);
    } catch (error) {
      loadError.value = String(error);
    }
  }

  // Typing a search selects the first match, so Enter inserts for what the user sees on top.
  watch(query, () => {
    if (!customers.value.some((c) => c.key === selectedKey.value)) select(customers.value[0]?.key);
  });
  watch([selectedKey, stage, lang, tone, manualMode, () => ({ ...manual })], () => void refreshPreview(), { deep: true });

  return {
    data, loadError, query, selectedKey, selected, suggesting, manualMode, manual, stage, lang, tone, preview, pending, caseView, recorded,
    customers, allowedTones, load, select, setStage, move, refreshPreview, settledPreview, renderFor, record, undo,
  };
});
