import { DEFAULT_BUCKETS, type AgingBucket } from '../../shared/aging.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import { summarizeCustomers, type CreditGrade, type CustomerSummary } from '../../shared/customers/index.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { money, type Money } from '../../shared/money.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import type { RuleSelection } from '../../shared/penalty/rule-selection.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { customerKey } from '../../shared/templates/index.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';
import { createRowBuilderByCurrency, type RuleForCurrency } from '../report/row-builder-by-currency.ts';
import type { StatusCount } from './status-counts.ts';

/** One customer's outstanding in one currency, by bucket (same order as `bucketIds`). */
export interface AgingLine {
  readonly customer: string;
  readonly buckets: readonly Money[];
  readonly total: Money;
  readonly openInvoices: number;
  readonly grade: CreditGrade;
  readonly score: number;
}

/** A currency's customers (largest balance first) and its totals: each total is the exact sum of its column. */
export interface AgingBlock {
  readonly currency: CurrencyCode;
  readonly lines: readonly AgingLine[];
  readonly bucketTotals: readonly Money[];
  readonly total: Money;
}

export interface AgingSummary {
  readonly asOf: PlainDate;
  readonly bucketIds: readonly string[];
  /** Currencies by total outstanding, largest first (never added together). */
  readonly blocks: readonly AgingBlock[];
  /** Customers and open invoices per collection status, from the collection log (statusCounts). */
  readonly statusCounts?: readonly StatusCount[];
}

/**
 * Customers × aging buckets per currency, from open receivables, with the core's credit rating.
 * Sums are integer minor units, so a row's buckets add up to its total and the columns to the
 * totals exactly.
 */
export function buildAgingSummary(
  receivables: readonly Receivable[], asOf: PlainDate,
  options: {
    readonly buckets?: readonly AgingBucket[]; readonly ruleFor?: RuleForCurrency; readonly policy?: StagePolicy;
    /** The settings' rule selection and reference data (see `createRowBuilderByCurrency`). */
    readonly rules?: RuleSelection; readonly penaltyOptions?: PenaltyOptions;
  } = {},
): AgingSummary {
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  const bucketIds = buckets.map((b) => b.id);
  const index = new Map(bucketIds.map((id, i) => [id, i]));
  const ruleFor = options.ruleFor ?? ((): PenaltyRule => ({ kind: 'none' }));
  const build = createRowBuilderByCurrency({
    asOf, buckets, ruleFor, ...(options.policy ? { policy: options.policy } : {}),
    ...(options.rules ? { rules: options.rules } : {}), ...(options.penaltyOptions ? { penaltyOptions: options.penaltyOptions } : {}),
  });
  // One customer however the name was typed (case, spaces), as the core's summaries group them;
  // the line shows the name as first written. Rated per currency, with that currency's rule, as the blocks are.
  const ratings = new Map<string, CustomerSummary>();
  for (const [currency, group] of groupBy(receivables, (r) => r.currency)) {
    // Each invoice's penalty by its own rule (a penalty column, the currency's rule) and the user's rates.
    const summaries = summarizeCustomers(group, asOf, {
      rule: ruleFor(currency), ...(options.policy ? { policy: options.policy } : {}),
      ...(options.rules ? { penaltyFor: (r: Receivable) => build(r).penalty } : {}),
    });
    for (const s of summaries) ratings.set(`${currency} ${customerKey(s.customer)}`, s);
  }

  const perCurrency = new Map<CurrencyCode, Map<string, { name: string; minor: number[]; open: number }>>();
  for (const r of receivables) {
    if (r.outstanding.minor <= 0) continue;
    const row = build(r);
    let customers = perCurrency.get(r.currency);
    if (!customers) { customers = new Map(); perCurrency.set(r.currency, customers); }
    const key = customerKey(r.customer);
    let acc = customers.get(key);
    if (!acc) { acc = { name: r.customer.trim(), minor: bucketIds.map(() => 0), open: 0 }; customers.set(key, acc); }
    const i = index.get(row.bucket) ?? 0;
    acc.minor[i] = (acc.minor[i] ?? 0) + r.outstanding.minor;
    acc.open++;
  }

  const blocks: AgingBlock[] = [...perCurrency].map(([currency, customers]) => {
    const lines: AgingLine[] = [...customers].map(([key, acc]) => {
      const rating = ratings.get(`${currency} ${key}`)?.rating;
      return {
        customer: acc.name,
        buckets: acc.minor.map((m) => money(m, currency)),
        total: money(acc.minor.reduce((a, b) => a + b, 0), currency),
        openInvoices: acc.open,
        grade: rating?.grade ?? 'A',
        score: rating?.score ?? 100,
      };
    }).sort((a, b) => b.total.minor - a.total.minor || (a.customer < b.customer ? -1 : 1));
    const bucketTotals = bucketIds.map((_, i) => money(lines.reduce((s, l) => s + (l.buckets[i]?.minor ?? 0), 0), currency));
    return { currency, lines, bucketTotals, total: money(bucketTotals.reduce((s, m) => s + m.minor, 0), currency) };
  }).sort((a, b) => b.total.minor - a.total.minor || (a.currency < b.currency ? -1 : 1));
  return { asOf, bucketIds, blocks };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item); else out.set(k, [item]);
  }
  return out;
}
