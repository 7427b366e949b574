import type { AgingBucket } from '../../shared/aging.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable } from '../../shared/import/types.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import type { RuleSelection } from '../../shared/penalty/rule-selection.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { createReportRowBuilder, type ReportRow } from '../../shared/report/index.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';

/** The penalty rule for invoices in a currency (a GBP invoice is not charged China's contract rate). */
export type RuleForCurrency = (currency: CurrencyCode) => PenaltyRule;

export interface RowBuilderByCurrencyOptions {
  readonly asOf: PlainDate;
  readonly ruleFor: RuleForCurrency;
  /**
   * The settings' rule selection (default and per currency): when given it decides, through the
   * core's `selectRule`, so a sheet's penalty column wins for its invoice and each row carries
   * the name of its rule. `ruleFor` then only serves callers that ask for one currency's rule.
   */
  readonly rules?: RuleSelection;
  /** The rates and holidays to compute with (the user's additions merged in); built in when absent. */
  readonly penaltyOptions?: PenaltyOptions;
  readonly buckets?: readonly AgingBucket[];
  readonly policy?: StagePolicy;
}

/**
 * The core's report row (days overdue, bucket, stage, penalty, rule, assumed tables) for each
 * receivable, computed with the rule of its contract (a penalty column), else of its currency.
 */
export function createRowBuilderByCurrency(options: RowBuilderByCurrencyOptions): (r: Receivable) => ReportRow {
  const common = {
    asOf: options.asOf,
    ...(options.buckets ? { buckets: options.buckets } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.penaltyOptions ? { penaltyOptions: options.penaltyOptions } : {}),
  };
  if (options.rules) return createReportRowBuilder({ ...common, rules: options.rules });
  // Without a selection: one core row builder per currency, made when first needed.
  const builders = new Map<CurrencyCode, (r: Receivable) => ReportRow>();
  return (r) => {
    let build = builders.get(r.currency);
    if (!build) {
      build = createReportRowBuilder({ ...common, rule: options.ruleFor(r.currency) });
      builders.set(r.currency, build);
    }
    return build(r);
  };
}
