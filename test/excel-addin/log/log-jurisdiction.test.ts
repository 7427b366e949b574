import { describe, expect, it } from 'vitest';
import { ledgerJurisdiction } from '../../../excel-addin/log/log-jurisdiction.ts';
import { suggestedRulePreset } from '../../../excel-addin/settings/suggested-rule-presets.ts';
import { money } from '../../../shared/money.ts';
import { RULE_PRESETS, type PenaltyRule } from '../../../shared/penalty/index.ts';

const open = (currency: string, n: number) => Array.from({ length: n }, () => ({ currency, outstanding: money(100, currency) }));
const suggested = { presetFor: suggestedRulePreset, ruleFor: (c: string) => RULE_PRESETS[suggestedRulePreset(c)] as PenaltyRule };
const chosen = (preset: string) => ({ presetFor: () => preset, ruleFor: () => RULE_PRESETS[preset] as PenaltyRule });

describe('whose limitation law the pane applies: each invoice\'s, by the rule of its currency (as the CLI does)', () => {
  const gbp = { currency: 'GBP', outstanding: money(100, 'GBP') };
  const cny = { currency: 'CNY', outstanding: money(100, 'CNY') };
  const eur = { currency: 'EUR', outstanding: money(100, 'EUR') };
  const usd = { currency: 'USD', outstanding: money(100, 'USD') };
  it.each([
    ['a yuan ledger under the suggested Chinese contract rule', open('CNY', 3), suggested, [[cny, 'cn']]],
    ['a sterling ledger under the Late Payment Act', open('GBP', 2), suggested, [[gbp, 'uk']]],
    // 民法典 第188条 for the yuan invoices, Limitation Act 1980 s.5 for the sterling ones, in one ledger.
    ['mostly yuan, some sterling: each its own law', [...open('CNY', 3), ...open('GBP', 2)], suggested, [[cny, 'cn'], [gbp, 'uk'], [eur, undefined], [usd, undefined]]],
    ['a chosen UK rule for a yuan ledger', open('CNY', 1), chosen('uk-late-payment'), [[cny, 'uk']]],
  ] as const)('%s', (_, rows, rules, laws) => {
    const lawOf = ledgerJurisdiction(rows, rules);
    expect(lawOf).toBeTypeOf('function');
    for (const [invoice, law] of laws) expect(lawOf?.(invoice as never)).toBe(law);
  });

  it.each([
    ['euro under the EU minimum: no one country\'s law', open('EUR', 4), suggested],
    ['dollars with no rule', open('USD', 4), suggested],
    ['nothing open', [{ currency: 'CNY', outstanding: money(0, 'CNY') }], suggested],
  ] as const)('none when no open invoice\'s rule names a law: %s', (_, rows, rules) => {
    expect(ledgerJurisdiction(rows, rules)).toBeUndefined();
  });
});
