import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty, selectRule, type PenaltyRule, type RuleSelection } from '../../shared/penalty/index.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { stageRank, type StagePolicy } from '../../shared/stages/index.ts';
import { buildReminderModel, customerKey, planDates, reminderDeadline, renderReminder, type Channel, type RenderedReminder, type RenderReminderError } from '../../shared/templates/index.ts';
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

/**
 * Renders the reminder for one customer: their open invoices with penalties (from formal notice
 * on), a deadline seven working days out and a three-instalment plan proposal, in the language.
 */
export function reminderForCustomer(
  receivables: readonly Receivable[], customer: string, stage: StageId, channel: Channel, lang: PaneLanguage, s: ReminderSettings,
): { ok: true; value: RenderedReminder } | { ok: false; error: RenderReminderError } {
  // The letter states one rule: that of the customer's open invoices' currency (the first one's, if they mix).
  const key = customerKey(customer);
  const first = receivables.find((r) => customerKey(r.customer) === key && r.outstanding.minor > 0);
  const model = buildReminderModel(receivables, customer, s.asOf, {
    ...(first ? { rule: ruleOfInvoice(first, s) } : {}),
    lang,
    penaltyFor: (r) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf: s.asOf, rule: ruleOfInvoice(r, s) }, { lang, ...s.penaltyOptions }),
    deadline: reminderDeadline(s.asOf, 7, lang),
    planDates: planDates(s.asOf, 3, lang),
  });
  return renderReminder({ stage, channel, lang, model });
}

/** A `mailto:` link with recipient, subject and plain-text body (each percent-encoded). */
export function mailtoLink(to: string | undefined, subject: string | undefined, body: string): string {
  const params = [subject ? `subject=${encodeURIComponent(subject)}` : '', `body=${encodeURIComponent(body)}`].filter(Boolean).join('&');
  return `mailto:${to ? encodeURIComponent(to) : ''}?${params}`;
}
