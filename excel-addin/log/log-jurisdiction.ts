import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { invoiceJurisdiction, type Jurisdiction } from '../../shared/limitation/index.ts';
import type { RuleChoice, RuleSelection } from '../../shared/penalty/index.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';

/**
 * Whose limitation law the pane applies (DESIGN.md: the jurisdiction follows the rule, `cn-*`,
 * `uk-*`, `de-*`): each invoice's by the rule of its currency, decided by the core's
 * {@link invoiceJurisdiction} as the CLI's `report --log` and `today` do (a GBP invoice under the
 * Late Payment Act gets the Limitation Act's six years beside a CNY one's three under 民法典).
 * `undefined` when no open invoice's rule names a law: no limitation dates then (the Today view
 * says so).
 */
export function ledgerJurisdiction(
  receivables: readonly Pick<Receivable, 'currency' | 'outstanding'>[],
  rules: { readonly presetFor: (c: CurrencyCode) => string; readonly ruleFor: (c: CurrencyCode) => PenaltyRule },
): InvoiceJurisdiction | undefined {
  // The settings' rule per currency, as a selection filled as currencies are met (rules are
  // chosen by currency alone). `presetFor` already gives a currency without a rule of its own the
  // default (or suggested) one, so the selection has no default: a currency whose chosen rule
  // names no law gets none here, as the pane has always done.
  const byCurrency = new Map<string, RuleChoice>();
  const selection: RuleSelection = { byCurrency, byCustomer: new Map() };
  const lawOf = (currency: CurrencyCode): Jurisdiction | undefined => {
    if (!byCurrency.has(currency)) byCurrency.set(currency, { label: rules.presetFor(currency), rule: rules.ruleFor(currency) });
    return invoiceJurisdiction(selection, { currency, customer: '' });
  };
  if (!receivables.some((r) => r.outstanding.minor > 0 && lawOf(r.currency) !== undefined)) return undefined;
  return (r) => lawOf(r.currency);
}
