import type { Money } from '../money.ts';
import type { PenaltyRule } from './types.ts';

// Late Payment of Commercial Debts (Interest) Act 1998 s.5A(2): less than £1,000 → £40;
// £1,000 or more but less than £10,000 → £70; £10,000 or more → £100 (minor units of GBP).
const UK_BANDS: readonly { readonly belowMinor: number | null; readonly minor: number }[] = [
  { belowMinor: 100_000, minor: 4_000 },
  { belowMinor: 1_000_000, minor: 7_000 },
  { belowMinor: null, minor: 10_000 },
];

/**
 * The currency a statute's fixed sum is written in, when the rule adds one: GBP for the UK
 * Act, EUR for the Directive (business debtors only). Debts in any other currency get none.
 */
export function compensationCurrency(rule: PenaltyRule): 'GBP' | 'EUR' | undefined {
  if (rule.kind === 'uk-late-payment') return 'GBP';
  if (rule.kind === 'eu-late-payment' && !rule.consumer) return 'EUR';
  return undefined;
}

/**
 * The fixed compensation a statutory rule adds once per invoice, in minor units of the case
 * currency (0 when the rule has none, or when the debt is in another currency than the one
 * the statute names: the sum is not converted, a warning says so).
 */
export function fixedCompensation(rule: PenaltyRule, principal: Money, warnings: string[]): number {
  if (rule.kind === 'uk-late-payment') {
    if (principal.currency !== 'GBP') {
      warnings.push(`The s.5A fixed sum is in GBP; it was not added to a ${principal.currency} debt.`);
      return 0;
    }
    for (const band of UK_BANDS) if (band.belowMinor === null || principal.minor < band.belowMinor) return band.minor;
    return 0;
  }
  if (rule.kind === 'eu-late-payment') {
    const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
    // BGB §288 Abs. 5 and Directive art. 6 give the EUR 40 only where the debtor is not a consumer.
    if (rule.consumer) {
      if (!de) warnings.push('Directive 2011/7/EU covers business-to-business debts only; no fixed compensation was added for a consumer.');
      return 0;
    }
    if (principal.currency !== 'EUR') {
      warnings.push(`The EUR 40 fixed compensation was not added to a ${principal.currency} debt.`);
      return 0;
    }
    return 4_000;
  }
  return 0;
}
