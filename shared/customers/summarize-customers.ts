import { addExact, exactSumValue, newExactSum, type ExactSum } from '../exact-sum.ts';
import type { Money, MoneyTotal } from '../money.ts';
import { daysBetween, type PlainDate } from '../plain-date.ts';
import type { Receivable } from '../import/types.ts';
import { createPenaltyCalculator } from '../penalty/create-penalty-calculator.ts';
import type { PenaltyRule } from '../penalty/types.ts';
import type { StageId } from '../stage-id.ts';
import { DEFAULT_STAGE_POLICY, type StagePolicy } from '../stages/stage-policy.ts';
import { stageRank, suggestStage } from '../stages/suggest-stage.ts';
import { rateCustomer } from './rate-customer.ts';
import type { CurrencyTotals, CustomerSummary } from './types.ts';
import { customerKey } from '../customer-key.ts';
import type { CollectionState } from '../collection/derive-collection.ts';

interface Acc {
  customer: string;
  email?: string;
  invoices: number;
  settled: number;
  partlyPaid: number;
  open: number;
  overdue: number;
  oldest: number;
  stage: StageId | null;
  currencies: Map<string, { open: number; overdue: number; outstanding: ExactSum; overdueMinor: ExactSum; penalty: ExactSum; weightedDays: number; weight: number }>;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;


/**
 * One summary per customer: open and overdue invoices and amounts per currency, penalty under
 * the rule (default none), oldest and weighted-average days overdue, the most advanced
 * suggested stage of its invoices, and a credit rating with its factors. Sorted most urgent
 * first (stage, then oldest days overdue, then name).
 */
export function summarizeCustomers(
  receivables: readonly Receivable[], asOf: PlainDate,
  opts?: {
    rule?: PenaltyRule; policy?: StagePolicy; collection?: CollectionState;
    /** Each invoice's penalty already computed (its own rule); wins over `rule`. */
    penaltyFor?: (r: Receivable) => Money | undefined;
  },
): CustomerSummary[] {
  // With a collection log, the rating also weighs each customer's broken promises, missed instalments and disputes.
  const history = new Map(opts?.collection?.customers.map((c) => [c.key, c.history]));
  const policy = opts?.policy ?? DEFAULT_STAGE_POLICY;
  const calculator = opts?.rule && opts.rule.kind !== 'none' ? createPenaltyCalculator(opts.rule, asOf) : undefined;
  const penaltyOf = opts?.penaltyFor ?? (calculator ? (r: Receivable) => calculator(r.outstanding, r.dueDate).penalty : undefined);
  const byCustomer = new Map<string, Acc>();
  for (const r of receivables) {
    const key = customerKey(r.customer);
    let acc = byCustomer.get(key);
    if (!acc) {
      acc = { customer: r.customer.trim(), invoices: 0, settled: 0, partlyPaid: 0, open: 0, overdue: 0, oldest: 0, stage: null, currencies: new Map() };
      byCustomer.set(key, acc);
    }
    if (!acc.email && r.email) acc.email = r.email;
    acc.invoices++;
    if (r.outstanding.minor <= 0) { acc.settled++; continue; }
    const daysOverdue = daysBetween(r.dueDate, asOf);
    const late = Math.max(0, daysOverdue);
    acc.open++;
    if (r.paid.minor > 0) acc.partlyPaid++;
    let cur = acc.currencies.get(r.currency);
    if (!cur) { cur = { open: 0, overdue: 0, outstanding: newExactSum(), overdueMinor: newExactSum(), penalty: newExactSum(), weightedDays: 0, weight: 0 }; acc.currencies.set(r.currency, cur); }
    cur.open++;
    // Sums stay exact past 2^53 minor units; the weighted average is a ratio of floats.
    addExact(cur.outstanding, r.outstanding.minor);
    cur.weight += r.outstanding.minor;
    cur.weightedDays += r.outstanding.minor * late;
    if (daysOverdue > 0) {
      acc.overdue++;
      cur.overdue++;
      addExact(cur.overdueMinor, r.outstanding.minor);
      acc.oldest = Math.max(acc.oldest, daysOverdue);
    }
    if (penaltyOf) addExact(cur.penalty, penaltyOf(r)?.minor ?? 0);
    const stage = suggestStage({ daysOverdue, outstanding: r.outstanding }, policy);
    if (stageRank(stage) > stageRank(acc.stage)) acc.stage = stage;
  }
  const out: CustomerSummary[] = [];
  for (const [key, acc] of byCustomer) {
    const log = opts?.collection ? history.get(key) : undefined;
    const byCurrency: Record<string, CurrencyTotals> = {};
    let weightedSum = 0;
    for (const [currency, c] of [...acc.currencies.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const wad = c.weight > 0 ? c.weightedDays / c.weight : 0;
      weightedSum += wad * c.open;
      const m = (sum: ExactSum): MoneyTotal => ({ minor: exactSumValue(sum), currency });
      byCurrency[currency] = {
        openInvoices: c.open, overdueInvoices: c.overdue, outstanding: m(c.outstanding), overdue: m(c.overdueMinor),
        penalty: m(c.penalty), weightedAverageDaysOverdue: round1(wad),
      };
    }
    const wad = acc.open > 0 ? round1(weightedSum / acc.open) : 0;
    out.push({
      customer: acc.customer,
      ...(acc.email ? { email: acc.email } : {}),
      invoices: acc.invoices, openInvoices: acc.open, overdueInvoices: acc.overdue,
      byCurrency, oldestDaysOverdue: acc.oldest, weightedAverageDaysOverdue: wad, stage: acc.stage,
      rating: rateCustomer({
        weightedAverageDaysOverdue: wad, oldestDaysOverdue: acc.oldest,
        overdueShare: acc.open > 0 ? acc.overdue / acc.open : 0,
        settledShare: acc.invoices > 0 ? acc.settled / acc.invoices : 0,
        partlyPaidShare: acc.open > 0 ? acc.partlyPaid / acc.open : 0,
        ...(opts?.collection ? { log: { brokenPromises: log?.brokenPromises ?? 0, missedInstalments: log?.missedInstalments ?? 0, disputes: log?.disputes ?? 0 } } : {}),
      }),
    });
  }
  return out.sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || b.oldestDaysOverdue - a.oldestDaysOverdue || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
}
