import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';
import { isJurisdiction, jurisdictionForRule, type Jurisdiction } from '../../shared/limitation/index.ts';
import { selectRule, type RuleSelection } from '../../shared/penalty/index.ts';

/**
 * Whose limitation law applies, for `report --log` and `today`: the one `--jurisdiction` names
 * for the whole ledger; else each invoice's own, by the rule its contract is charged under
 * (cn-* → China, uk-* → England and Wales, de-* → Germany: a GBP invoice under the Late Payment
 * Act beside a CNY one under 民法典), falling back to the default rule's law; `undefined` when no
 * rule names one (no limitation period is then claimed).
 *
 * @example
 * jurisdictionFromArgs({ rule: ['cn-lpr-1.5x', 'GBP=uk-late-payment'] }, selection)
 * // → (r) => r.currency === 'GBP' ? 'uk' : 'cn'
 */
export function jurisdictionFromArgs(
  values: { jurisdiction?: string | undefined; rule?: readonly string[] | undefined },
  selection: RuleSelection | undefined,
): Jurisdiction | InvoiceJurisdiction | undefined {
  if (values.jurisdiction !== undefined && isJurisdiction(values.jurisdiction)) return values.jurisdiction;
  const fallback = jurisdictionForRule(values.rule?.find((r) => !r.includes('=')), selection?.default?.rule);
  if (selection === undefined) return fallback;
  return (r) => {
    const choice = selectRule(selection, r);
    return (choice ? jurisdictionForRule(choice.label, choice.rule) : undefined) ?? fallback;
  };
}
