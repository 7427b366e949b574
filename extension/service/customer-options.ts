import { summarizeCustomers } from '../../shared/customers/summarize-customers.ts';
import type { Receivable } from '../../shared/import/types.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import { daysBetween, type PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { StagePolicy } from '../../shared/stages/stage-policy.ts';
// From the templates index: the core is moving customerKey to its own module; the index names it either way.
import { customerKey } from '../../shared/templates/index.ts';
import { formatMoney } from '../../shared/templates/format-money.ts';
import type { TemplateLocale } from '../../shared/templates/template-locale.ts';
import type { CustomerOption } from '../picker/picker-protocol.ts';

/** Why a stage is suggested: days overdue of the oldest invoice and the day the stage starts on. */
function suggestionReason(stage: StageId, daysOverdue: number, policy: StagePolicy): NonNullable<CustomerOption['suggestedBecause']> {
  const thresholds: Readonly<Record<string, number>> = policy.thresholds;
  return Object.hasOwn(thresholds, stage) ? { daysOverdue, fromDay: thresholds[stage]! } : { daysOverdue };
}

/**
 * The customers the picker offers, from the core's customer summary (most urgent first, the
 * suggested stage being the most advanced of their invoices under `policy`): their addresses,
 * open invoices oldest due first with days overdue, and the overdue total per currency.
 */
export function customerOptions(
  receivables: readonly Receivable[],
  asOf: PlainDate,
  locale: TemplateLocale,
  policy: StagePolicy,
  rule?: PenaltyRule,
): CustomerOption[] {
  const open = new Map<string, Receivable[]>();
  for (const r of receivables) {
    if (r.outstanding.minor <= 0) continue;
    const key = customerKey(r.customer);
    open.set(key, [...(open.get(key) ?? []), r]);
  }
  const options: CustomerOption[] = [];
  for (const summary of summarizeCustomers(receivables, asOf, { policy, ...(rule ? { rule } : {}) })) {
    const key = customerKey(summary.customer);
    const mine = open.get(key);
    if (!mine) continue;
    const sorted = [...mine].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    const oldest = sorted[0] ? daysBetween(sorted[0].dueDate, asOf) : undefined;
    const contacts = [...new Set(sorted.map((r) => r.contact?.trim() ?? '').filter((c) => c !== ''))];
    options.push({
      key,
      name: summary.customer,
      emails: [...new Set(sorted.flatMap((r) => (r.email ? r.email.split(/[;,\s]+/) : [])).filter((e) => e.includes('@')).map((e) => e.toLowerCase()))],
      invoices: sorted.map((r) => ({ invoice: r.invoice, dueDate: r.dueDate, daysOverdue: daysBetween(r.dueDate, asOf), outstanding: formatMoney(r.outstanding, locale) })),
      suggestedStage: summary.stage,
      overdue: Object.values(summary.byCurrency).filter((c) => c.overdue.minor > 0).map((c) => formatMoney(c.overdue, locale)),
      ...(contacts.length > 0 ? { contacts } : {}),
      ...(summary.stage && oldest !== undefined ? { suggestedBecause: suggestionReason(summary.stage, oldest, policy) } : {}),
    });
  }
  return options;
}
