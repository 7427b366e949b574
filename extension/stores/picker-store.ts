import { defineStore } from 'pinia';
import { computed, nextTick, reactive, ref, shallowRef, watch } from 'vue';
import type { StageId } from '../../shared/stage-id.ts';
import type { Tone } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import { filterCustomers } from '../picker/filter-customers.ts';
import type { CustomerOption, ManualCustomer, PickerData, PickerSelection, PickerService, RenderReply } from '../picker/picker-protocol.ts';

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
  let renderSeq = 0;

  const customers = computed<CustomerOption[]>(() => filterCustomers(data.value?.customers ?? [], query.value));
  const selected = computed(() => data.value?.customers.find((c) => c.key === selectedKey.value));
  const allowedTones = computed<readonly Tone[]>(() => data.value?.stageTones[stage.value] ?? ['warm', 'neutral', 'firm']);

  function fitTone(): void {
    if (!allowedTones.value.includes(tone.value)) tone.value = allowedTones.value[0] ?? 'neutral';
  }

  /** Selects a customer and moves to the stage the core suggests for them. */
  function select(key: string | undefined): void {
    manualMode.value = false;
    selectedKey.value = key;
    const customer = data.value?.customers.find((c) => c.key === key);
    if (customer?.suggestedStage) stage.value = customer.suggestedStage;
    fitTone();
  }

  function setStage(id: StageId): void {
    stage.value = id;
    fitTone();
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

  /** Loads the list; opens on the customer whose address (or name) is already in To (or the first shown). */
  async function load(svc: PickerService, recipients: readonly string[], names: readonly string[] = []): Promise<void> {
    service.value = svc;
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
    data, loadError, query, selectedKey, selected, manualMode, manual, stage, lang, tone, preview, pending,
    customers, allowedTones, load, select, setStage, move, refreshPreview, settledPreview,
  };
});
