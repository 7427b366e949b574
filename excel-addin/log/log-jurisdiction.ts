import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { jurisdictionForRule, type Jurisdiction } from '../../shared/limitation/index.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';

/**
 * Whose limitation law the pane applies (DESIGN.md: the jurisdiction follows the rule, `cn-*`,
 * `uk-*`, `de-*`): each invoice's by the rule of its currency, as the CLI's `report --log` and
 * `today` do (a GBP invoice under the Late Payment Act gets the Limitation Act's six years beside
 * a CNY one's three under 民法典). `undefined` when no open invoice's rule names a law: no
 * limitation dates then (the Today view says so).
 */
export function ledgerJurisdiction(
  receivables: readonly Pick<Receivable, 'currency' | 'outstanding'>[],
  rules: { readonly presetFor: (c: CurrencyCode) => string; readonly ruleFor: (c: CurrencyCode) => PenaltyRule },
): InvoiceJurisdiction | undefined {
  const laws = new Map<CurrencyCode, Jurisdiction | undefined>();
  const lawOf = (c: CurrencyCode): Jurisdiction | undefined => {
    if (!laws.has(c)) laws.set(c, jurisdictionForRule(rules.presetFor(c), rules.ruleFor(c)));
    return laws.get(c);
  };
  if (!receivables.some((r) => r.outstanding.minor > 0 && lawOf(r.currency) !== undefined)) return undefined;
  return (r) => lawOf(r.currency);
}
