import type { CurrencyCode } from '../currency.ts';
import { RULE_PRESETS } from '../penalty/rule-presets.ts';
import { renderClause } from './render-clause.ts';
import type { TemplateLang } from './template-locale.ts';

/** The contract clause of a named rule preset (`cn-contract-0.05pct-daily`, `uk-late-payment`, …). */
export function clauseForPreset(
  preset: string,
  lang: TemplateLang,
  options: { readonly currency?: CurrencyCode } = {},
): { ok: true; value: string } | { ok: false; error: { code: 'unknown-preset'; message: string } } {
  const rule = Object.hasOwn(RULE_PRESETS, preset) ? RULE_PRESETS[preset] : undefined;
  if (rule === undefined) {
    return { ok: false, error: { code: 'unknown-preset', message: `unknown rule preset "${preset}"; presets: ${Object.keys(RULE_PRESETS).join(', ')}` } };
  }
  return { ok: true, value: renderClause(rule, lang, options) };
}
