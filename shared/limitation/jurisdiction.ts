import type { PenaltyRule } from '../penalty/types.ts';

/** Legal systems whose limitation periods the core computes: China, England and Wales, Germany. */
export const JURISDICTIONS = ['cn', 'uk', 'de'] as const;

export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Whether a string is a jurisdiction id (`--jurisdiction cn|uk|de`). */
export function isJurisdiction(text: string): text is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(text);
}

/**
 * The jurisdiction a late-payment rule implies: a preset named `cn-*`, `uk-*` or `de-*`, or a
 * rule of kind `cn-lpr`, `uk-late-payment`, `eu-late-payment` for Germany. Other rules (a plain
 * daily rate, the EU minimum) say nothing about the governing law: `undefined`.
 *
 * @example
 * jurisdictionForRule('cn-lpr-1.5x') // → 'cn'
 * jurisdictionForRule(undefined, { kind: 'eu-late-payment', country: 'DE' }) // → 'de'
 */
export function jurisdictionForRule(preset: string | undefined, rule?: PenaltyRule): Jurisdiction | undefined {
  const prefix = preset?.slice(0, 3).toLowerCase();
  if (prefix === 'cn-') return 'cn';
  if (prefix === 'uk-') return 'uk';
  if (prefix === 'de-') return 'de';
  if (rule?.kind === 'cn-lpr') return 'cn';
  if (rule?.kind === 'uk-late-payment') return 'uk';
  if (rule?.kind === 'eu-late-payment' && rule.country?.toUpperCase() === 'DE') return 'de';
  return undefined;
}
