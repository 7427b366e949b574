import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { jurisdictionForRule, type Jurisdiction } from '../../shared/limitation/index.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';

/**
 * Whose limitation law the pane applies (DESIGN.md: the jurisdiction follows the rule, `cn-*`,
 * `uk-*`, `de-*`): the rule of the currency most of the open invoices are in (a ledger in yuan
 * under a Chinese rule is under Chinese law; the one law is applied to the whole ledger, as the
 * CLI's `--rule` does). `undefined` when that rule names no law: no limitation dates then.
 */
export function ledgerJurisdiction(
  receivables: readonly Pick<Receivable, 'currency' | 'outstanding'>[],
  rules: { readonly presetFor: (c: CurrencyCode) => string; readonly ruleFor: (c: CurrencyCode) => PenaltyRule },
): Jurisdiction | undefined {
  const counts = new Map<CurrencyCode, number>();
  for (const r of receivables) if (r.outstanding.minor > 0) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
  let main: CurrencyCode | undefined;
  for (const [c, n] of counts) if (main === undefined || n > (counts.get(main) ?? 0)) main = c;
  if (main === undefined) return undefined;
  return jurisdictionForRule(rules.presetFor(main), rules.ruleFor(main));
}
