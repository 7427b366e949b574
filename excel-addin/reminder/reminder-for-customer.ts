import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty } from '../../shared/penalty/index.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { createReportRowBuilder } from '../../shared/report/index.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { stageRank, type StagePolicy } from '../../shared/stages/index.ts';
import { buildReminderModel, customerKey, planDates, reminderDeadline, renderReminder, type Channel, type RenderedReminder, type RenderReminderError } from '../../shared/templates/index.ts';
import type { AgingBucket } from '../../shared/aging.ts';
import type { PaneLanguage } from '../i18n/language.ts';

export interface ReminderSettings {
  readonly asOf: PlainDate;
  readonly rule: PenaltyRule;
  readonly buckets: readonly AgingBucket[];
  readonly policy: StagePolicy;
}

/** The most advanced stage among a customer's open invoices (the one to send), or `null`. */
export function suggestedStageFor(receivables: readonly Receivable[], customer: string, s: ReminderSettings): StageId | null {
  const build = createReportRowBuilder(s);
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
  const model = buildReminderModel(receivables, customer, s.asOf, {
    rule: s.rule,
    lang,
    penaltyFor: (r) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf: s.asOf, rule: s.rule }, { lang }),
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
