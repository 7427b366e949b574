import { deriveCollection, reminderHistoryFor } from '../../shared/collection/index.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { invoiceJurisdiction, type Jurisdiction } from '../../shared/limitation/index.ts';
import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { PENALTY_STAGES, renderReminder } from '../../shared/templates/render-reminder.ts';
import { ruleFromPenaltyText } from '../../shared/penalty/rule-selection.ts';
import { createSelectedPenaltyCalculator } from '../../shared/penalty/create-selected-penalty-calculator.ts';
import { penaltyFigures } from '../penalty/penalty-figures.ts';
import { ruleSelectionFor } from '../penalty/rule-selection-for.ts';
import { userReferenceData } from '../reference-data/user-reference-data.ts';
import { STAGE_TONES } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import { isPickerChannel, type CaseView, type PickerData, type PickerRequest, type PickerSelection, type RenderReply } from '../picker/picker-protocol.ts';
import type { StoredItems } from '../storage/define-stored-items.ts';
import type { LogStore } from '../storage/log-store.ts';
import { readStoredData, type StoredData } from '../storage/read-stored-data.ts';
import type { StoredDefaults } from '../storage/stored-types.ts';
import { caseView } from './case-view.ts';
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
  /** The collection log (the background's store); without one the picker shows no history. */
  readonly log?: LogStore;
}

/**
 * Whose limitation law applies: as set for all, or (auto) each invoice's by the rule its currency
 * is charged under, decided by the core's `invoiceJurisdiction` as the CLI's `report --log` and
 * `today` do (a currency whose rule names no law takes the default rule's): a GBP invoice under
 * the Late Payment Act gets the Limitation Act's six years beside a CNY one's three under 民法典.
 */
function jurisdictionFor(defaults: StoredDefaults): Jurisdiction | InvoiceJurisdiction | undefined {
  if (defaults.jurisdiction === 'none') return undefined;
  if (defaults.jurisdiction !== 'auto') return defaults.jurisdiction;
  const selection = ruleSelectionFor(defaults);
  // The defaults' rules by currency: a rule stored on a receivable is not trusted (storage can hold anything).
  return (r) => invoiceJurisdiction(selection, { currency: r.currency, customer: r.customer });
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
  const uiLang = (): 'zh-CN' | 'en' => (deps.uiLanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

  /** A customer's log rows and the core's state of their case at today's date. */
  async function caseState(data: StoredData, key: string) {
    if (!deps.log) return undefined;
    const rows = await deps.log.rowsFor(key);
    const asOf = deps.today();
    const mine = data.receivables.receivables.filter((r) => customerKey(r.customer) === key);
    const jurisdiction = jurisdictionFor(data.defaults);
    const state = deriveCollection(mine, rows.entries, asOf, {
      policy: stagePolicyFor(data.defaults), lang: uiLang(), ...(jurisdiction ? { jurisdiction } : {}),
    }).customers.find((c) => c.key === key);
    return { rows, state, asOf };
  }

  async function caseFor(key: string, loaded?: StoredData): Promise<CaseView | undefined> {
    const data = loaded ?? await readStoredData(deps.items);
    const found = await caseState(data, key);
    if (!found) return undefined;
    return caseView(key, found.state, found.rows.entries, found.rows.rejected.length, found.asOf, uiLang());
  }

  async function load(recipients: readonly string[], names: readonly string[] = []): Promise<PickerData> {
    const data = await readStoredData(deps.items);
    const asOf = deps.today();
    const lang = langFor(data.defaults.lang, deps.uiLanguage());
    const customers = customerOptions(data.receivables.receivables, asOf, lang === 'zh-CN' ? 'zh-CN' : 'en-GB', stagePolicyFor(data.defaults));
    const matched = matchRecipient(customers, recipients, names);
    const opening = matched?.key ?? customers[0]?.key;
    const shown = opening === undefined ? undefined : await caseFor(opening, data);
    return {
      asOf,
      customers,
      matchedKey: matched?.key,
      lang,
      tone: data.defaults.tone,
      stageTones: STAGE_TONES,
      notices: data.notices.map((n) => noticeText(n, deps.message)),
      ...(shown ? { case: shown } : {}),
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
    // Each invoice's rule: its contract's penalty (the export's column, read again from its text:
    // storage is not trusted), else the currency's, else the default; on the user's reference data.
    const asOf = deps.today();
    const reference = userReferenceData(data.referenceData.entries).data;
    const selected = createSelectedPenaltyCalculator(ruleSelectionFor(data.defaults), asOf, { rates: reference.rates, calendar: reference.calendar });
    const choiceFor = (r: Receivable) => {
      const own = r.penalty ? ruleFromPenaltyText(r.penalty) : undefined;
      return selected.choiceFor({ customer: r.customer, currency: r.currency, penaltyRule: own?.ok ? own.value : undefined });
    };
    // What the log says of the case: the message cites earlier contacts, the promise, the agreed plan.
    const found = await caseState(data, customerKey(customer));
    const history = found ? reminderHistoryFor(found.rows.entries, customer, found.asOf, found.state) : undefined;
    const model = reminderModelFor({
      receivables, customer, asOf, stage: selection.stage, lang: selection.lang, ruleFor: (r) => choiceFor(r)?.rule, data: reference, profile: data.profile, ...(history ? { history } : {}),
    });
    // A short message (SMS, WeChat) is the library's, fitted to 300 characters; the user's templates are e-mails.
    const channel = isPickerChannel(selection.channel) ? selection.channel : 'email';
    const template = channel === 'email' ? data.templates[`${selection.stage}:${selection.lang}`] : undefined;
    const rendered = renderReminder({ stage: selection.stage, channel, lang: selection.lang, tone: selection.tone, model, ...(template ? { template } : {}) });
    if (!rendered.ok) return { ok: false, message: rendered.error.message };
    const who = selection.manual ? { manual: selection.manual } : { customerKey: customerKey(customer) };
    return {
      ok: true, ...rendered.value, to: model.customer.email?.split(/[;,\s]+/)[0],
      record: { ...who, action: 'reminder', stage: selection.stage, channel, invoices: model.invoices.map((i) => i.invoice).filter((i) => i !== '') },
      ...(PENALTY_STAGES.includes(selection.stage) ? { figures: penaltyFigures(model, receivables, choiceFor, selection.lang, uiLang()) } : {}),
    };
  }

  return {
    load,
    render,
    caseFor,
    /** One runtime message in, its answer out. */
    handle(request: PickerRequest): Promise<PickerData | RenderReply | CaseView | undefined> {
      if (request.type === 'picker-load') return load(request.recipients, request.names ?? []);
      if (request.type === 'picker-case') return caseFor(request.customerKey);
      return render(request.selection);
    },
  };
}
