import type { Receivable } from '../import/types.ts';
import type { Money } from '../money.ts';
import { zero } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import { toEpochDay } from '../plain-date.ts';
import type { AgingBucket } from '../aging.ts';
import { bucketFor, DEFAULT_BUCKETS } from '../aging.ts';
import type { PenaltyRule } from '../penalty/types.ts';
import type { PenaltyOptions } from '../penalty/compute-penalty.ts';
import { createSelectedPenaltyCalculator } from '../penalty/create-selected-penalty-calculator.ts';
import type { ReferenceTableId } from '../penalty/penalty-warning.ts';
import { EMPTY_RULE_SELECTION, ruleLabel, type RuleChoice, type RuleSelection } from '../penalty/rule-selection.ts';
import type { PenaltyCalculator } from '../penalty/create-penalty-calculator.ts';
import type { StagePolicy } from '../stages/index.ts';
import { minimumBalanceMinor, suggestStage } from '../stages/index.ts';
import { DEFAULT_STAGE_POLICY } from '../stages/index.ts';
import type { StageId } from '../stage-id.ts';

/** A receivable with what the report adds: days overdue, bucket, stage and penalty as of a date. */
export interface ReportRow {
  readonly receivable: Receivable;
  /** Whole days past the due date at as-of; 0 when not yet due. */
  readonly daysOverdue: number;
  /** Days until the due date (0 when due today or overdue): the courtesy stage looks at it. */
  readonly daysUntilDue: number;
  readonly bucket: string;
  /** Suggested reminder stage, or null when nothing is owed or the balance is below the minimum. */
  readonly stage: StageId | null;
  readonly penalty: Money;
  readonly compensation: Money;
  /** The rule that applies to the invoice (`cn-lpr-1.5x`, `contract 日万分之五`), when one does. */
  readonly rule?: string | undefined;
  /** The tables the penalty rests on past their known-until dates (a marker beside the figure). */
  readonly assumed?: readonly ReferenceTableId[] | undefined;
}

export interface ReportOptions {
  readonly asOf: PlainDate;
  readonly buckets?: readonly AgingBucket[];
  readonly rule?: PenaltyRule;
  /** Rules per currency, customer or invoice (issue 11); a `rule` given too is the default. */
  readonly rules?: RuleSelection;
  /** Newer rates and China's holiday calendar with the user's years. */
  readonly penaltyOptions?: PenaltyOptions;
  readonly policy?: StagePolicy;
}

/** A rule chosen for invoices, with its memoised calculator (none: no rule applies). */
interface Decided {
  readonly choice: RuleChoice | undefined;
  readonly calc: PenaltyCalculator | undefined;
}

/** What a report keeps per currency. */
interface PerCurrency {
  readonly zero: Money;
  readonly minimum: number;
  /** The currency's rule, when customers have no rules of their own. */
  readonly rule: Decided;
  /** With customer rules: each customer name's rule in this currency. */
  readonly byCustomer: Map<string, Decided>;
}

/**
 * Returns a function that turns receivables into report rows as of `asOf`. The penalty is
 * computed by the rule's memoised calculator, so a million rows cost one multiplication each.
 */
export function createReportRowBuilder(options: ReportOptions): (r: Receivable) => ReportRow {
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  const selection: RuleSelection = options.rule
    ? { byCurrency: new Map(), byCustomer: new Map(), ...options.rules, default: { rule: options.rule, label: ruleLabel(options.rule) } }
    : options.rules ?? EMPTY_RULE_SELECTION;
  const calc = createSelectedPenaltyCalculator(selection, options.asOf, options.penaltyOptions);
  // An invoice's rule depends only on its currency and customer (unless its export gave its own
  // penalty). With no customer rules it is decided once per currency, kept with the currency's
  // other figures; with them, once per customer name and currency (customerKey normalises the
  // name, too slow for every row). With --rule GBP=… --rule EUR=…, re-deciding per row (a map
  // lookup for the rule, another for its calculator) cost ~250 instructions a row (callgrind,
  // the bench's export cut to 200,000 rows).
  const perCustomer = selection.byCustomer.size > 0;
  const decided = (choice: RuleChoice | undefined): Decided => ({ choice, calc: choice && calc.calculatorFor(choice) });
  const none: Decided = { choice: undefined, calc: undefined };
  // The calculator of the last row's own penalty is kept: such rows mostly share one text.
  let lastOwn: RuleChoice | undefined;
  let lastOwnCalc: PenaltyCalculator | undefined;
  const asOfDay = toEpochDay(options.asOf);
  // Above the policy's minimum balance, with no promise or plan in an export, the stage depends
  // only on the days: remember it per day count and the minimum per currency.
  const policy = options.policy ?? DEFAULT_STAGE_POLICY;
  const stageByDiff = new Map<number, StageId | null>();
  // Per currency, looked up once per row: the policy's minimum balance, the zero that rows
  // without a penalty share (Money is readonly), so a million rows skip a million allocations,
  // and the currency's rule (or, with customer rules, each customer's).
  const byCurrency = new Map<string, PerCurrency>();
  return (r) => {
    // Computed from the date's digits: cheaper than looking the due date up (hashing a fresh string).
    const dueDay = toEpochDay(r.dueDate);
    const diff = asOfDay - dueDay;
    const daysOverdue = diff > 0 ? diff : 0;
    const owed = r.outstanding.minor > 0;
    let cur = byCurrency.get(r.currency);
    if (cur === undefined) {
      cur = {
        zero: zero(r.currency), minimum: minimumBalanceMinor(policy, r.currency),
        rule: perCustomer ? none : decided(calc.choiceFor({ currency: r.currency, customer: r.customer })),
        byCustomer: new Map(),
      };
      byCurrency.set(r.currency, cur);
    }
    let penalty = cur.zero;
    let compensation = penalty;
    let rule: string | undefined;
    let assumed: readonly ReferenceTableId[] | undefined;
    if (owed) {
      let choice: RuleChoice | undefined;
      let rowCalc: PenaltyCalculator | undefined;
      if (r.penaltyRule !== undefined) {
        if (r.penaltyRule !== lastOwn) {
          lastOwn = r.penaltyRule;
          lastOwnCalc = calc.calculatorFor(lastOwn);
        }
        choice = lastOwn;
        rowCalc = lastOwnCalc;
      } else {
        let d = cur.rule;
        if (perCustomer) {
          const known = cur.byCustomer.get(r.customer);
          if (known !== undefined) d = known;
          else {
            d = decided(calc.choiceFor({ currency: r.currency, customer: r.customer }));
            // Bounded: a file of ever-new names cannot grow the map without end.
            if (cur.byCustomer.size >= 100_000) cur.byCustomer.clear();
            cur.byCustomer.set(r.customer, d);
          }
        }
        choice = d.choice;
        rowCalc = d.calc;
      }
      if (choice !== undefined) {
        rule = choice.label;
        if (daysOverdue > 0) {
          const p = (rowCalc as PenaltyCalculator)(r.outstanding, r.dueDate, dueDay, cur.zero);
          penalty = p.penalty;
          compensation = p.compensation;
          assumed = p.assumed;
        }
      }
    }
    let stage: StageId | null = null;
    if (owed) {
      if (r.outstanding.minor >= cur.minimum) {
        const known = stageByDiff.get(diff);
        if (known !== undefined) stage = known;
        else {
          stage = suggestStage({ daysOverdue: diff, outstanding: r.outstanding }, policy);
          stageByDiff.set(diff, stage);
        }
      }
    }
    return {
      receivable: r,
      daysOverdue,
      daysUntilDue: diff < 0 ? -diff : 0,
      bucket: owed ? bucketFor(daysOverdue, buckets).id : 'current',
      stage,
      penalty,
      compensation,
      rule,
      assumed,
    };
  };
}
