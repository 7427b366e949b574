import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumber, parsePenaltyText, parseRuleSelection, ruleSelectionFromFlags, selectRule } from '../../../shared/penalty/index.ts';

// How contracts and exports write a late-payment penalty (违约金 / 逾期利率 / Late fee / Penalty rate).
describe('parsePenaltyText', () => {
  it.each([
    ['日万分之五', 'daily-rate', '0.0005'],
    ['万分之五/日', 'daily-rate', '0.0005'],
    ['每日万分之三点五', 'daily-rate', '0.00035'],
    ['按日万分之五计算', 'daily-rate', '0.0005'],
    ['万分之十五每日', 'daily-rate', '0.0015'],
    ['日千分之一', 'daily-rate', '0.001'],
    ['0.05%/day', 'daily-rate', '0.0005'],
    ['0.05% per day', 'daily-rate', '0.0005'],
    ['０．０５％／日', 'daily-rate', '0.0005'],
    ['0.5‰/day', 'daily-rate', '0.0005'],
    ['0.0005/day', 'daily-rate', '0.0005'],
    ['1.5%/month', 'monthly-rate', '0.015'],
    ['月1.5%', 'monthly-rate', '0.015'],
    ['月利率1.5%', 'monthly-rate', '0.015'],
    ['Late fee 2% per month', 'monthly-rate', '0.02'],
    ['8% p.a.', 'annual-rate', '0.08'],
    ['8 % per annum', 'annual-rate', '0.08'],
    ['年利率8%', 'annual-rate', '0.08'],
    ['年化 8%', 'annual-rate', '0.08'],
    ['百分之十/年', 'annual-rate', '0.1'],
  ])('%s → %s %s', (text, kind, rate) => {
    expect(parsePenaltyText(text)).toEqual({ ok: true, value: { kind, rate } });
  });

  it('an empty cell gives no rule (the default applies); 无 / none gives no penalty', () => {
    expect(parsePenaltyText('  ')).toEqual({ ok: true, value: undefined });
    expect(parsePenaltyText('无')).toEqual({ ok: true, value: { kind: 'none' } });
    expect(parsePenaltyText('None')).toEqual({ ok: true, value: { kind: 'none' } });
  });

  it.each([
    ['万分之五', 'penalty-text-unit', /no period/],
    ['5%', 'penalty-text-unit', /no period/],
    ['Net 30 days, 1.5% per month', 'penalty-text-unit', /more than one period/],
    ['0.05%/day and 8% p.a.', 'penalty-text-unreadable', /more than one rate/],
    ['LPR+50%', 'penalty-text-unreadable', /LPR-based/],
    ['late', 'penalty-text-unreadable', /not a penalty rate/],
    ['0%/day', 'penalty-text-number', /zero/],
    ['150%/day', 'penalty-text-too-high', /at least 100 %/],
  ])('%s is refused (%s), never guessed', (text, code, message) => {
    const r = parsePenaltyText(text);
    expect(r).toMatchObject({ ok: false, error: { code, value: text } });
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it.each([['五', '5'], ['十五', '15'], ['二十', '20'], ['三点五', '3.5'], ['一百', '100'], ['两', '2']])('chineseNumber(%s) = %s', (t, n) => {
    expect(chineseNumber(t)).toBe(n);
  });

  it('any percent per day written as digits reads back as that fraction', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('/day', ' per day', '/日', '每日'), (hundredths, unit) => {
      const text = `${(hundredths / 100).toFixed(2)}%${unit}`;
      const r = parsePenaltyText(text);
      expect(r.ok && r.value?.kind === 'daily-rate' ? Number(r.value.rate) : NaN).toBeCloseTo(hundredths / 10000, 12);
    }));
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => {
      expect(typeof parsePenaltyText(t).ok).toBe('boolean');
    }));
  });
});

describe('rule selection: invoice, then customer, then currency, then default', () => {
  const file = parseRuleSelection({
    default: 'cn-lpr-1.5x', currencies: { gbp: 'uk-late-payment' }, customers: { 'ＡＣＭＥ  Ltd': 'de-b2b' },
  });
  if (!file.ok) throw new Error(file.error.message);
  it.each([
    [{ currency: 'CNY', customer: 'Suzhou' }, 'cn-lpr-1.5x'],
    [{ currency: 'GBP', customer: 'Bristol' }, 'uk-late-payment'],
    [{ currency: 'GBP', customer: 'acme ltd' }, 'de-b2b'],
    [{ currency: 'GBP', customer: 'acme ltd', penaltyRule: { rule: { kind: 'daily-rate', rate: '0.0005' }, label: 'contract 日万分之五' } }, 'contract 日万分之五'],
  ] as const)('%j → %s', (invoice, label) => {
    expect(selectRule(file.value, invoice)?.label).toBe(label);
  });
  it('flags: bare is the default, CUR=preset per currency; none applies where nothing is chosen', () => {
    const s = ruleSelectionFromFlags(['GBP=uk-late-payment', 'EUR=de-b2b']);
    if (!s.ok) throw new Error(s.error.message);
    expect(selectRule(s.value, { currency: 'EUR', customer: 'x' })?.label).toBe('de-b2b');
    expect(selectRule(s.value, { currency: 'CNY', customer: 'x' })).toBeUndefined();
  });
  it.each([
    [{ currencies: { GBP: 'constructor' } }, 'rule-unknown'],
    [{ customers: { a: { kind: '__proto__' } } }, 'rule-invalid'],
    [{ currencies: { 'G-B': 'none' } }, 'rule-currency'],
    [{ customers: { 'Acme': 'none', 'ACME': 'none' } }, 'rule-duplicate'],
    [{ defaults: 'none' }, 'rule-shape'],
    [['none'], 'rule-shape'],
  ])('%j → %s', (json, code) => {
    expect(parseRuleSelection(json)).toMatchObject({ ok: false, error: { code } });
  });
  it('a plain rule (the old --rules file) is still the default', () => {
    const r = parseRuleSelection({ kind: 'daily-rate', rate: '0.0005' });
    expect(r.ok && r.value.default?.label).toBe('cn-contract-0.05pct-daily');
  });
});
