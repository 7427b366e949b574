import { parseRuleSelection, type RuleSelection } from '../../shared/penalty/rule-selection.ts';
import type { StoredDefaults } from '../storage/stored-types.ts';

/**
 * The defaults' rules as the core's rule selection: the rule per currency, and the default rule for
 * the rest, read by the same parser as a rules file (`{"default": …, "currencies": {"GBP": …}}`),
 * so the extension chooses each invoice's rule exactly as `dunning report --rule
 * GBP=uk-late-payment --rule cn-lpr-1.5x` does. Stored defaults are checked before they get here;
 * a selection the parser still refuses falls back to the default rule alone.
 */
export function ruleSelectionFor(defaults: Pick<StoredDefaults, 'rulePreset' | 'currencyRules'>): RuleSelection {
  const full = parseRuleSelection({ default: defaults.rulePreset, currencies: { ...(defaults.currencyRules ?? {}) } });
  if (full.ok) return full.value;
  const fallback = parseRuleSelection({ default: defaults.rulePreset });
  return fallback.ok ? fallback.value : { byCurrency: new Map(), byCustomer: new Map() };
}
