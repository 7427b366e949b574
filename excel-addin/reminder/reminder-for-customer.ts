import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty, selectRule, type PenaltyRule, type RuleSelection } from '../../shared/penalty/index.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { stageRank, type StagePolicy } from '../../shared/stages/index.ts';
import {
  buildReminderModel, customerKey, messageInvoices, planDates, reminderDeadline, renderReminder,
  type Channel, type RenderedReminder, type RenderReminderError, type ReminderHistory,
} from '../../shared/templates/index.ts';
import { add, type Money } from '../../shared/money.ts';
import type { AgingBucket } from '../../shared/aging.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { createRowBuilderByCurrency, type RuleForCurrency } from '../report/row-builder-by-currency.ts';

export interface ReminderSettings {
  readonly asOf: PlainDate;
  /** The penalty rule for invoices in a currency. */
  readonly ruleFor: RuleForCurrency;
  readonly buckets: readonly AgingBucket[];
  readonly policy: StagePolicy;
  /** The settings' rule selection (a sheet's penalty column wins for its invoice); `ruleFor` alone when absent. */
  readonly rules?: RuleSelection;
  /** The rates and holidays to compute with (the user's additions merged in). */
  readonly penaltyOptions?: PenaltyOptions;
}

/** The rule of one invoice: its contract's penalty column, else its currency's (as the sheet's Penalty column has it). */
export function ruleOfInvoice(r: Receivable, s: Pick<ReminderSettings, 'ruleFor' | 'rules'>): PenaltyRule {
  const choice = s.rules ? selectRule(s.rules, r) : r.penaltyRule;
  return choice ? choice.rule : s.ruleFor(r.currency);
}

/** The most advanced stage among a customer's open invoices (the one to send), or `null`. */
export function suggestedStageFor(receivables: readonly Receivable[], customer: string, s: ReminderSettings): StageId | null {
  const build = createRowBuilderByCurrency(s);
  const key = customerKey(customer);
  let best: StageId | null = null;
  for (const r of receivables) {
    if (customerKey(r.customer) !== key || r.outstanding.minor <= 0) continue;
    const stage = build(r).stage;
    if (stageRank(stage) > stageRank(best)) best = stage;
  }
  return best;
}

/** A rendered reminder and what it asks for: the invoices it lists and their balance per currency (what "Mark as sent" records). */
export interface PaneReminder extends RenderedReminder {
  readonly invoices: readonly string[];
  readonly totals: readonly Money[];
}

/**
 * Renders the reminder for one customer: their open invoices with penalties (from formal notice
 * on), a deadline seven working days out and a three-instalment plan proposal, in the language.
 * With the collection log's `history` (reminderHistoryFor), the message cites the earlier
 * contacts, the promise or the agreed plan; without it, it claims no earlier contact.
 */
export function reminderForCustomer(
  receivables: readonly Receivable[], customer: string, stage: StageId, channel: Channel, lang: PaneLanguage, s: ReminderSettings,
  history?: ReminderHistory,
): { ok: true; value: PaneReminder } | { ok: false; error: RenderReminderError } {
  // The letter states one rule: that of the customer's open invoices' currency (the first one's, if they mix).
  const key = customerKey(customer);
  const first = receivables.find((r) => customerKey(r.customer) === key && r.outstanding.minor > 0);
  const model = buildReminderModel(receivables, customer, s.asOf, {
    ...(first ? { rule: ruleOfInvoice(first, s) } : {}),
    lang,
    penaltyFor: (r) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf: s.asOf, rule: ruleOfInvoice(r, s) }, { lang, ...s.penaltyOptions }),
    deadline: reminderDeadline(s.asOf, 7, lang),
    planDates: planDates(s.asOf, 3, lang),
    ...(history ? { history } : {}),
  });
  const out = renderReminder({ stage, channel, lang, model });
  if (!out.ok) return out;
  const listed = messageInvoices(model, stage);
  const totals = new Map<string, Money>();
  for (const i of listed) {
    const t = totals.get(i.outstanding.currency);
    totals.set(i.outstanding.currency, t ? add(t, i.outstanding) : i.outstanding);
  }
  return { ok: true, value: { ...out.value, invoices: listed.map((i) => i.invoice), totals: [...totals.values()] } };
}

/** A `mailto:` link with recipient, subject and plain-text body (each percent-encoded). */
export function mailtoLink(to: string | undefined, subject: string | undefined, body: string): string {
  const params = [subject ? `subject=${encodeURIComponent(subject)}` : '', `body=${encodeURIComponent(body)}`].filter(Boolean).join('&');
  return `mailto:${to ? encodeURIComponent(to) : ''}?${params}`;
}
