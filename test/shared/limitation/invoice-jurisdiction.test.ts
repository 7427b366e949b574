import { describe, expect, it } from 'vitest';
import { invoiceJurisdiction, type Jurisdiction } from '../../../shared/limitation/index.ts';
import { EMPTY_RULE_SELECTION, parseRuleSelection, ruleFromPenaltyText, type RuleChoice, type RuleSelection } from '../../../shared/penalty/index.ts';

/** A selection as a rules file (`--rules`, the add-in's settings, the extension's defaults) gives it. */
function rules(json: unknown): RuleSelection {
  const parsed = parseRuleSelection(json);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function contract(text: string): RuleChoice {
  const parsed = ruleFromPenaltyText(text);
  if (!parsed.ok || parsed.value === undefined) throw new Error(`not a penalty: ${text}`);
  return parsed.value;
}

// A ledger of a Shanghai seller with buyers in China, England and Germany.
const MIXED = rules({
  default: 'cn-lpr-1.5x',
  currencies: { GBP: 'uk-late-payment', EUR: 'de-b2b', USD: 'us-1.5pct-monthly' },
  customers: { 'Rheinland Maschinenbau GmbH': 'de-b2b' },
});
const SUGGESTED = rules({ default: 'none', currencies: { CNY: 'cn-contract-0.05pct-daily', GBP: 'uk-late-payment', EUR: 'eu-b2b' } });
const WITHOUT_DEFAULT: RuleSelection = { byCurrency: SUGGESTED.byCurrency, byCustomer: new Map() };

interface Case {
  readonly name: string;
  readonly selection: RuleSelection;
  readonly invoice: { readonly currency: string; readonly customer: string; readonly penaltyRule?: RuleChoice };
  readonly law: Jurisdiction | undefined;
}

describe('invoiceJurisdiction: the law its penalty rule names, else the default rule\'s', () => {
  it.each<Case>([
    // 民法典 第188条: three years.
    { name: 'a CNY invoice under the default cn-lpr-1.5x → 民法典', selection: MIXED, invoice: { currency: 'CNY', customer: 'Shanghai Minghua Electronics Co. Ltd' }, law: 'cn' },
    { name: 'a CNY invoice under the Chinese contract clause → 民法典', selection: SUGGESTED, invoice: { currency: 'CNY', customer: '杭州天成贸易有限公司' }, law: 'cn' },
    // Limitation Act 1980 s.5: six years.
    { name: 'a GBP invoice under uk-late-payment → Limitation Act', selection: MIXED, invoice: { currency: 'GBP', customer: 'Northbridge Components Ltd' }, law: 'uk' },
    // BGB §195, §199: three years from the year end.
    { name: 'an EUR invoice under de-b2b → BGB', selection: MIXED, invoice: { currency: 'EUR', customer: 'Hansa Logistik AG' }, law: 'de' },
    { name: 'a customer\'s own rule wins over the currency\'s → BGB', selection: MIXED, invoice: { currency: 'CNY', customer: 'rheinland  maschinenbau gmbh' }, law: 'de' },
    { name: 'a USD invoice whose rule names no law → the default rule\'s (民法典)', selection: MIXED, invoice: { currency: 'USD', customer: 'Acme Corp' }, law: 'cn' },
    { name: 'a currency with no rule of its own → the default rule\'s', selection: MIXED, invoice: { currency: 'JPY', customer: 'Tokyo Denki KK' }, law: 'cn' },
    { name: 'a contract\'s own penalty (日万分之五) names no law → the default rule\'s', selection: MIXED, invoice: { currency: 'GBP', customer: 'Northbridge Components Ltd', penaltyRule: contract('日万分之五') }, law: 'cn' },
    { name: 'EUR under the EU minimum, default none → none', selection: SUGGESTED, invoice: { currency: 'EUR', customer: 'Hansa Logistik AG' }, law: undefined },
    { name: 'a currency with no rule, default none → none', selection: SUGGESTED, invoice: { currency: 'USD', customer: 'Acme Corp' }, law: undefined },
    { name: 'a currency with no rule and no default → none', selection: WITHOUT_DEFAULT, invoice: { currency: 'USD', customer: 'Acme Corp' }, law: undefined },
    { name: 'no rule at all → none', selection: EMPTY_RULE_SELECTION, invoice: { currency: 'CNY', customer: 'Shanghai Minghua Electronics Co. Ltd' }, law: undefined },
    { name: 'only a default rule → its law', selection: rules('uk-late-payment'), invoice: { currency: 'CNY', customer: 'Shanghai Minghua Electronics Co. Ltd' }, law: 'uk' },
    { name: 'a default given as a rule object (cn-lpr) → 民法典', selection: rules({ default: { kind: 'cn-lpr', multiplier: '1.3' } }), invoice: { currency: 'USD', customer: 'Acme Corp' }, law: 'cn' },
  ])('$name', ({ selection, invoice, law }) => {
    expect(invoiceJurisdiction(selection, invoice)).toBe(law);
  });

  // A currency or customer comes from the user's file: names that are an object's own keys by
  // inheritance find no rule and take the default's law, never something from a prototype.
  const keyed = rules({ default: 'uk-late-payment', currencies: { CNY: 'cn-lpr-1.5x' }, customers: { constructor: 'de-b2b' } });
  it.each<[string, string, Jurisdiction | undefined]>([
    ['constructor', 'Shanghai Minghua Electronics Co. Ltd', 'uk'],
    ['__proto__', 'Shanghai Minghua Electronics Co. Ltd', 'uk'],
    ['toString', 'Shanghai Minghua Electronics Co. Ltd', 'uk'],
    ['hasOwnProperty', 'Shanghai Minghua Electronics Co. Ltd', 'uk'],
    ['CNY', '__proto__', 'cn'],
    ['CNY', 'toString', 'cn'],
    ['CNY', 'valueOf', 'cn'],
    // A customer really called "constructor" in the rules file gets its own rule.
    ['CNY', 'constructor', 'de'],
  ])('own keys only: currency %s, customer %s → %s', (currency, customer, law) => {
    expect(invoiceJurisdiction(keyed, { currency, customer })).toBe(law);
  });

  it('an empty selection has no rule under any inherited name', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      expect(invoiceJurisdiction(EMPTY_RULE_SELECTION, { currency: key, customer: key })).toBeUndefined();
    }
  });
});
