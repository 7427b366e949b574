import type { AgingBucket } from '../../shared/aging.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable } from '../../shared/import/types.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { createReportRowBuilder, type ReportRow } from '../../shared/report/index.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';

/** The penalty rule for invoices in a currency (a GBP invoice is not charged China's contract rate). */
export type RuleForCurrency = (currency: CurrencyCode) => PenaltyRule;

export interface RowBuilderByCurrencyOptions {
  readonly asOf: PlainDate;
  readonly ruleFor: RuleForCurrency;
  readonly buckets?: readonly AgingBucket[];
  readonly policy?: StagePolicy;
}

/**
 * The core's report row (days overdue, bucket, stage, penalty) for each receivable, computed
 * with the rule of its currency: one core row builder per currency, made when first needed.
 */
export function createRowBuilderByCurrency(options: RowBuilderByCurrencyOptions): (r: Receivable) => ReportRow {
  const builders = new Map<CurrencyCode, (r: Receivable) => ReportRow>();
  return (r) => {
    let build = builders.get(r.currency);
    if (!build) {
      build = createReportRowBuilder({
        asOf: options.asOf, rule: options.ruleFor(r.currency),
        ...(options.buckets ? { buckets: options.buckets } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
      });
      builders.set(r.currency, build);
    }
    return build(r);
  };
}
