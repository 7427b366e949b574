import type { Receivable } from '../../shared/import/types.ts';
import { sum } from '../../shared/money.ts';
import { daysBetween, type PlainDate } from '../../shared/plain-date.ts';
import type { LadderStageId } from '../../shared/stage-id.ts';
import { formatMoney } from '../../shared/templates/format-money.ts';
import type { TemplateLocale } from '../../shared/templates/template-locale.ts';
import type { CustomerOption } from '../picker/picker-protocol.ts';
import { customerKey } from './customer-key.ts';
import { suggestedStage } from './suggested-stage.ts';

/** Open receivables (something still owed) grouped by customer, in list order. */
export function openByCustomer(receivables: readonly Receivable[]): Map<string, Receivable[]> {
  const groups = new Map<string, Receivable[]>();
  for (const r of receivables) {
    if (r.outstanding.minor <= 0) continue;
    const key = customerKey(r.customer);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/**
 * The customers the picker offers: their addresses, open invoices (oldest due first) with
 * days overdue, overdue totals per currency and the suggested stage (that of the most
 * overdue invoice), most overdue customer first.
 */
export function customerOptions(
  receivables: readonly Receivable[],
  asOf: PlainDate,
  locale: TemplateLocale,
  thresholds: Readonly<Partial<Record<LadderStageId, number>>> = {},
): CustomerOption[] {
  const options: Array<CustomerOption & { readonly worst: number }> = [];
  for (const [key, list] of openByCustomer(receivables)) {
    const sorted = [...list].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    const worst = daysBetween(sorted[0]!.dueDate, asOf);
    const currencies = [...new Set(sorted.map((r) => r.currency))];
    const overdue = currencies
      .map((c) => sum(sorted.filter((r) => r.currency === c && daysBetween(r.dueDate, asOf) > 0).map((r) => r.outstanding), c))
      .filter((m) => m.minor > 0)
      .map((m) => formatMoney(m, locale));
    options.push({
      key,
      name: sorted[0]!.customer.trim(),
      emails: [...new Set(sorted.flatMap((r) => (r.email ? r.email.split(/[;,\s]+/) : [])).filter((e) => e.includes('@')).map((e) => e.toLowerCase()))],
      invoices: sorted.map((r) => ({
        invoice: r.invoice,
        dueDate: r.dueDate,
        daysOverdue: daysBetween(r.dueDate, asOf),
        outstanding: formatMoney(r.outstanding, locale),
      })),
      suggestedStage: suggestedStage(worst, thresholds),
      overdue,
      worst,
    });
  }
  return options.sort((a, b) => b.worst - a.worst).map(({ worst: _worst, ...option }) => option);
}
