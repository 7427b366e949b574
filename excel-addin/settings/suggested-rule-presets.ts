import type { CurrencyCode } from '../../shared/currency.ts';

/**
 * The rule preset suggested for invoices in a currency when the user has not chosen one: the
 * statutory late-payment interest where the currency's law has one (UK: Late Payment of
 * Commercial Debts (Interest) Act 1998; euro: Directive 2011/7/EU minimum), the usual Chinese
 * contract clause for yuan (万分之五 a day, the add-in's default before per-currency rules).
 * Other currencies get no penalty: there is no preset whose law or custom fits them, and a
 * figure the contract does not support must not appear in a demand.
 */
export const SUGGESTED_RULE_PRESETS: Readonly<Record<string, string>> = {
  CNY: 'cn-contract-0.05pct-daily',
  GBP: 'uk-late-payment',
  EUR: 'eu-b2b',
};

/** The suggested preset for a currency (own names only), `none` where none suits. */
export function suggestedRulePreset(currency: CurrencyCode): string {
  return Object.hasOwn(SUGGESTED_RULE_PRESETS, currency) ? SUGGESTED_RULE_PRESETS[currency] as string : 'none';
}
