import type { Receivable } from '../../shared/import/types.ts';
import { RULE_PRESETS } from '../../shared/penalty/rule-presets.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { renderReminder } from '../../shared/templates/render-reminder.ts';
import { STAGE_TONES } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import type { PickerData, PickerRequest, PickerSelection, RenderReply } from '../picker/picker-protocol.ts';
import type { StoredItems } from '../storage/define-stored-items.ts';
import { readStoredData } from '../storage/read-stored-data.ts';
import { customerOptions } from './customer-options.ts';
import { customersWithOpenInvoices } from '../../shared/templates/build-reminder-model.ts';
// From the templates index: the core is moving customerKey to its own module; the index names it either way.
import { customerKey } from '../../shared/templates/index.ts';
import { stagePolicyFor } from './stage-policy-for.ts';
import { manualReceivable } from './manual-receivable.ts';
import { matchRecipient } from './match-recipient.ts';
import { noticeText } from './notice-text.ts';
import { reminderModelFor } from './reminder-model-for.ts';

/** What the picker backend needs from the browser: storage, today's date and UI messages. */
export interface PickerBackendDeps {
  readonly items: StoredItems;
  readonly today: () => PlainDate;
  /** The browser's UI language (`zh-CN`, `en-US`…). */
  readonly uiLanguage: () => string;
  /** A UI message by key (browser.i18n.getMessage). */
  readonly message: (key: string, substitutions?: string[]) => string;
}

function langFor(setting: TemplateLang | 'auto', uiLanguage: string): TemplateLang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}


/**
 * Answers the picker's requests in the background: reads stored data (checked, reset with a
 * notice when unusable), lists customers, and renders reminders with the core (user template
 * overrides first, built-in library otherwise).
 */
export function createPickerBackend(deps: PickerBackendDeps) {
  async function load(recipients: readonly string[], names: readonly string[] = []): Promise<PickerData> {
    const data = await readStoredData(deps.items);
    const asOf = deps.today();
    const lang = langFor(data.defaults.lang, deps.uiLanguage());
    const customers = customerOptions(data.receivables.receivables, asOf, lang === 'zh-CN' ? 'zh-CN' : 'en-GB', stagePolicyFor(data.defaults));
    const matched = matchRecipient(customers, recipients, names);
    return {
      asOf,
      customers,
      matchedKey: matched?.key,
      lang,
      tone: data.defaults.tone,
      stageTones: STAGE_TONES,
      notices: data.notices.map((n) => noticeText(n, deps.message)),
    };
  }

  async function render(selection: PickerSelection): Promise<RenderReply> {
    const data = await readStoredData(deps.items);
    let receivables: readonly Receivable[];
    let customer: string;
    if (selection.manual) {
      const manual = manualReceivable(selection.manual);
      if (!manual.ok) return { ok: false, message: deps.message('manualFieldInvalid', [deps.message(`field_${manual.error.field}`) || manual.error.field, manual.error.value]) };
      receivables = [manual.value];
      customer = manual.value.customer;
    } else {
      receivables = data.receivables.receivables;
      const found = customersWithOpenInvoices(receivables).find((name) => customerKey(name) === selection.customerKey);
      if (found === undefined) return { ok: false, message: deps.message('customerNotFound') };
      customer = found;
    }
    const rule = RULE_PRESETS[data.defaults.rulePreset];
    const model = reminderModelFor({ receivables, customer, asOf: deps.today(), stage: selection.stage, lang: selection.lang, rule, profile: data.profile });
    const template = data.templates[`${selection.stage}:${selection.lang}`];
    const rendered = renderReminder({ stage: selection.stage, channel: 'email', lang: selection.lang, tone: selection.tone, model, template });
    if (!rendered.ok) return { ok: false, message: rendered.error.message };
    return { ok: true, ...rendered.value, to: model.customer.email?.split(/[;,\s]+/)[0] };
  }

  return {
    load,
    render,
    /** One runtime message in, its answer out. */
    handle(request: PickerRequest): Promise<PickerData | RenderReply> {
      return request.type === 'picker-load' ? load(request.recipients, request.names ?? []) : render(request.selection);
    },
  };
}
