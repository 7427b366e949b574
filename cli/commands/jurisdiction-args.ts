import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';
import { invoiceJurisdiction, isJurisdiction, type Jurisdiction } from '../../shared/limitation/index.ts';
import type { RuleSelection } from '../../shared/penalty/index.ts';

/**
 * Whose limitation law applies, for `report --log` and `today`: the one `--jurisdiction` names
 * for the whole ledger; else each invoice's own, by the rule its contract is charged under,
 * falling back to the default rule's law ({@link invoiceJurisdiction}: a GBP invoice under the
 * Late Payment Act beside a CNY one under 民法典); `undefined` when no rule is given (no
 * limitation period is then claimed).
 *
 * @example
 * // --rule cn-lpr-1.5x --rule GBP=uk-late-payment
 * jurisdictionFromArgs({}, selection) // → (r) => r.currency === 'GBP' ? 'uk' : 'cn'
 * jurisdictionFromArgs({ jurisdiction: 'de' }, selection) // → 'de'
 */
export function jurisdictionFromArgs(
  values: { jurisdiction?: string | undefined },
  selection: RuleSelection | undefined,
): Jurisdiction | InvoiceJurisdiction | undefined {
  if (values.jurisdiction !== undefined && isJurisdiction(values.jurisdiction)) return values.jurisdiction;
  if (selection === undefined) return undefined;
  return (r) => invoiceJurisdiction(selection, r);
}
