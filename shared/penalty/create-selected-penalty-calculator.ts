import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { PenaltyOptions } from './compute-penalty.ts';
import { createPenaltyCalculator, type PenaltyCalculator, type QuickPenalty } from './create-penalty-calculator.ts';
import { selectRule, type RuleChoice, type RuleSelection } from './rule-selection.ts';

/** An invoice as far as choosing and computing its rule goes. */
export interface SelectableInvoice {
  readonly customer: string;
  readonly currency: string;
  readonly outstanding: Money;
  readonly dueDate: PlainDate;
  /** The contract's own penalty (from an export column), when the export has one. */
  readonly penaltyRule?: RuleChoice | undefined;
}

/** A figure with the rule that produced it. */
export interface SelectedPenalty extends QuickPenalty {
  readonly rule: RuleChoice;
}

/**
 * The fast calculator for a ledger that mixes rules: each invoice gets its rule from the
 * selection ({@link selectRule}) and one memoised calculator per rule computes it. Returns
 * `undefined` for an invoice no rule applies to. The calculator of the default rule is reached
 * without hashing anything when the selection has nothing else.
 */
export function createSelectedPenaltyCalculator(selection: RuleSelection, asOf: PlainDate, options?: PenaltyOptions):
  ((invoice: SelectableInvoice, dueDay?: number) => SelectedPenalty | undefined) & {
    readonly calculatorFor: (choice: RuleChoice) => PenaltyCalculator;
    /** The rule every invoice without its own penalty gets, when the selection has only a default. */
    readonly only: RuleChoice | undefined;
    /** The rule an invoice gets, without computing anything. */
    readonly choiceFor: (invoice: Pick<SelectableInvoice, 'customer' | 'currency' | 'penaltyRule'>) => RuleChoice | undefined;
  } {
  const byChoice = new Map<RuleChoice, PenaltyCalculator>();
  // Rules read from an export's penalty column are new objects per row: shared by their content.
  const byContent = new Map<string, PenaltyCalculator>();
  const calculatorFor = (choice: RuleChoice): PenaltyCalculator => {
    let c = byChoice.get(choice);
    if (c === undefined) {
      const key = JSON.stringify(choice.rule);
      c = byContent.get(key) ?? createPenaltyCalculator(choice.rule, asOf, options);
      byContent.set(key, c);
      // The importer shares one choice per distinct penalty text; bounded all the same, so a
      // file of ever-new texts cannot grow the map without end.
      if (byChoice.size < 2000) byChoice.set(choice, c);
    }
    return c;
  };
  const only = selection.byCurrency.size === 0 && selection.byCustomer.size === 0 ? selection.default : undefined;
  const onlyCalc = only ? calculatorFor(only) : undefined;
  const calculate = (invoice: SelectableInvoice, dueDay?: number): SelectedPenalty | undefined => {
    const choice = invoice.penaltyRule === undefined && only !== undefined ? only : selectRule(selection, invoice);
    if (choice === undefined) return undefined;
    const calc = choice === only ? (onlyCalc as PenaltyCalculator) : calculatorFor(choice);
    const q = calc(invoice.outstanding, invoice.dueDate, dueDay);
    return { penalty: q.penalty, compensation: q.compensation, days: q.days, assumed: q.assumed, rule: choice };
  };
  const choiceFor = (invoice: Pick<SelectableInvoice, 'customer' | 'currency' | 'penaltyRule'>): RuleChoice | undefined =>
    (invoice.penaltyRule === undefined && only !== undefined ? only : selectRule(selection, invoice));
  return Object.assign(calculate, { calculatorFor, choiceFor, only });
}
