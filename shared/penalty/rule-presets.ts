import type { PenaltyRule } from './types.ts';

const PRESETS = {
  /** 万分之五 per day: the most common Chinese contract clause. */
  'cn-contract-0.05pct-daily': { kind: 'daily-rate', rate: '0.0005' },
  /** No agreed penalty: 1-year LPR + 50 % (买卖合同解释 第18条第4款, upper end), quote at breach. */
  'cn-lpr-1.5x': { kind: 'cn-lpr', multiplier: '1.5', rateAt: 'breach', term: '1y' },
  /** No agreed penalty: 1-year LPR + 30 % (lower end of art. 18(4)). */
  'cn-lpr-1.3x': { kind: 'cn-lpr', multiplier: '1.3', rateAt: 'breach', term: '1y' },
  /** Plain 资金占用利息 at the 1-year LPR. */
  'cn-lpr-1x': { kind: 'cn-lpr', multiplier: '1', rateAt: 'breach', term: '1y' },
  /** Late Payment of Commercial Debts (Interest) Act 1998: Bank Rate + 8 %, fixed for the debt, s.5A sum. */
  'uk-late-payment': { kind: 'uk-late-payment', rateReset: 'fixed' },
  /** BGB §288(2): Basiszinssatz + 9 points, EUR 40 Pauschale (§288(5)). */
  'de-b2b': { kind: 'eu-late-payment', country: 'DE', consumer: false },
  /** BGB §288(1): Basiszinssatz + 5 points where a consumer owes. */
  'de-consumer': { kind: 'eu-late-payment', country: 'DE', consumer: true },
  /** Directive 2011/7/EU minimum: ECB MRO + 8 points, EUR 40. */
  'eu-b2b': { kind: 'eu-late-payment', country: 'EU' },
  /** 1.5 % a month (the usual US late charge), a 30-day month. */
  'us-1.5pct-monthly': { kind: 'monthly-rate', rate: '0.015' },
  'none': { kind: 'none' },
} satisfies Record<string, PenaltyRule>;

/**
 * Named rules for `--rule <preset>` and `"rule": "<preset>"`. A frozen object without a
 * prototype: a name typed by a user (`constructor`, `__proto__`, `toString`) finds nothing even
 * where a caller indexes it directly; look names up with {@link rulePreset}.
 */
export const RULE_PRESETS: Readonly<Record<string, PenaltyRule>> = Object.freeze(Object.assign(Object.create(null) as Record<string, PenaltyRule>, PRESETS));

/** The preset of that name (own entries only), or `undefined`. */
export function rulePreset(name: string): PenaltyRule | undefined {
  return Object.hasOwn(RULE_PRESETS, name) ? RULE_PRESETS[name] : undefined;
}

/** The preset names, in the order they are documented. */
export const RULE_PRESET_NAMES: readonly string[] = Object.keys(PRESETS);
