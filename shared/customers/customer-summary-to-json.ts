import { toDecimalString } from '../money.ts';
import type { CustomerSummary } from './types.ts';

/** A summary as JSON for reports and exports: money as decimal strings with the currency's digits. */
export function customerSummaryToJson(s: CustomerSummary): object {
  return {
    customer: s.customer,
    ...(s.email ? { email: s.email } : {}),
    invoices: s.invoices,
    openInvoices: s.openInvoices,
    overdueInvoices: s.overdueInvoices,
    byCurrency: Object.fromEntries(Object.entries(s.byCurrency).map(([currency, t]) => [currency, {
      openInvoices: t.openInvoices,
      overdueInvoices: t.overdueInvoices,
      outstanding: toDecimalString(t.outstanding),
      overdue: toDecimalString(t.overdue),
      penalty: toDecimalString(t.penalty),
      weightedAverageDaysOverdue: t.weightedAverageDaysOverdue,
    }])),
    oldestDaysOverdue: s.oldestDaysOverdue,
    weightedAverageDaysOverdue: s.weightedAverageDaysOverdue,
    stage: s.stage,
    rating: { grade: s.rating.grade, score: s.rating.score, factors: s.rating.factors.map((f) => ({ ...f })) },
  };
}
