import { describe, expect, it } from 'vitest';
import { ledgerJurisdiction } from '../../../excel-addin/log/log-jurisdiction.ts';
import { suggestedRulePreset } from '../../../excel-addin/settings/suggested-rule-presets.ts';
import { money } from '../../../shared/money.ts';
import { RULE_PRESETS, type PenaltyRule } from '../../../shared/penalty/index.ts';

const open = (currency: string, n: number) => Array.from({ length: n }, () => ({ currency, outstanding: money(100, currency) }));
const suggested = { presetFor: suggestedRulePreset, ruleFor: (c: string) => RULE_PRESETS[suggestedRulePreset(c)] as PenaltyRule };
const chosen = (preset: string) => ({ presetFor: () => preset, ruleFor: () => RULE_PRESETS[preset] as PenaltyRule });

describe('whose limitation law the pane applies', () => {
  it.each([
    ['a yuan ledger under the suggested Chinese contract rule', open('CNY', 3), suggested, 'cn'],
    ['a sterling ledger under the Late Payment Act', open('GBP', 2), suggested, 'uk'],
    ['mostly yuan, some sterling: the main currency\'s law', [...open('CNY', 3), ...open('GBP', 2)], suggested, 'cn'],
    ['euro under the EU minimum: no one country\'s law', open('EUR', 4), suggested, undefined],
    ['dollars with no rule', open('USD', 4), suggested, undefined],
    ['a chosen UK rule for a yuan ledger', open('CNY', 1), chosen('uk-late-payment'), 'uk'],
    ['nothing open', [{ currency: 'CNY', outstanding: money(0, 'CNY') }], suggested, undefined],
  ] as const)('%s', (_, rows, rules, law) => {
    expect(ledgerJurisdiction(rows, rules)).toBe(law);
  });
});
