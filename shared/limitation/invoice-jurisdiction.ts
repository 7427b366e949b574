import { selectRule, type RuleChoice, type RuleSelection } from '../penalty/rule-selection.ts';
import { jurisdictionForRule, type Jurisdiction } from './jurisdiction.ts';

/** The law a chosen rule names, by its label (`cn-*`, `uk-*`, `de-*`) or its kind; `undefined` for none. */
function lawOf(choice: RuleChoice | undefined): Jurisdiction | undefined {
  return choice === undefined ? undefined : jurisdictionForRule(choice.label, choice.rule);
}

/**
 * The limitation law of one invoice: the law its penalty rule names (the rule
 * {@link selectRule} chooses for it: the contract's own, else its customer's, else its
 * currency's, else the default), and when that rule names none (a plain daily rate, the EU
 * minimum), the default rule's law; `undefined` when neither names one, so no limitation period
 * is claimed. The one place the CLI (`report --log`, `today`), the add-in's log and the
 * extension's picker decide it: a GBP invoice under the Late Payment Act gets the Limitation Act
 * 1980's six years beside a CNY one's three under 民法典 第188条 and a German one's three under
 * BGB §195.
 *
 * Currencies and customers are looked up in the selection's maps, never in an object's
 * prototype: an invoice in currency `constructor` or of customer `__proto__` gets the default.
 *
 * @example
 * const rules = ruleSelectionFromFlags(['cn-lpr-1.5x', 'GBP=uk-late-payment', 'USD=us-1.5pct-monthly']);
 * if (rules.ok) {
 *   invoiceJurisdiction(rules.value, { currency: 'GBP', customer: 'Northbridge Components Ltd' }); // → 'uk'
 *   invoiceJurisdiction(rules.value, { currency: 'USD', customer: 'Acme Corp' }); // → 'cn' (the default rule's)
 * }
 */
export function invoiceJurisdiction(
  selection: RuleSelection,
  invoice: { readonly currency: string; readonly customer: string; readonly penaltyRule?: RuleChoice | undefined },
): Jurisdiction | undefined {
  return lawOf(selectRule(selection, invoice)) ?? lawOf(selection.default);
}
