import { describe, expect, it } from 'vitest';
import { defaultSettings, resolveSettings, settingsFromSaved, type AddinSettings } from '../../../excel-addin/settings/addin-settings.ts';
import { assumedCurrency } from '../../../excel-addin/settings/assumed-currency.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const TODAY = plainDate('2026-11-22');
const withSettings = (patch: Partial<AddinSettings>): AddinSettings => ({ ...defaultSettings(), ...patch });
const resolved = (patch: Partial<AddinSettings>) => {
  const r = resolveSettings(withSettings(patch), TODAY);
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  return r;
};

describe('pane settings', () => {
  it('default to today, the core buckets and ladder, and a currency and rule decided per sheet and invoice', () => {
    const r = resolved({});
    expect(r.asOf).toBe('2026-11-22');
    expect(r.buckets.map((b) => b.id)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '180+']);
    expect(defaultSettings()).toMatchObject({ rulePreset: '', currency: '', dateOrder: 'auto' });
  });

  it.each([
    // 万分之五 a day for yuan (the usual contract clause), the statutory interest where a currency's law has one…
    ['CNY', 'cn-contract-0.05pct-daily', { kind: 'daily-rate', rate: '0.0005' }],
    ['GBP', 'uk-late-payment', { kind: 'uk-late-payment' }],
    ['EUR', 'eu-b2b', { kind: 'eu-late-payment', country: 'EU' }],
    // …and none where no preset suits: no Chinese contract rate on a dollar invoice.
    ['USD', 'none', { kind: 'none' }],
    ['JPY', 'none', { kind: 'none' }],
    ['constructor', 'none', { kind: 'none' }],
  ])('suggest for %s invoices the rule %s unless the user chooses one', (currency, preset, rule) => {
    const r = resolved({});
    expect(r.presetFor(currency)).toBe(preset);
    expect(r.ruleFor(currency)).toMatchObject(rule);
  });

  it('apply a chosen preset to every currency', () => {
    const r = resolved({ rulePreset: 'cn-lpr-1.5x' });
    for (const c of ['CNY', 'USD', 'GBP']) expect(r.ruleFor(c)).toMatchObject({ kind: 'cn-lpr', multiplier: '1.5' });
  });

  it.each<[string, Partial<AddinSettings>, Record<string, string>]>([
    // The user's rule for a currency wins over the suggestion; the others keep theirs.
    ['a rule for dollars, suggestions for the rest', { currencyRules: { USD: 'us-1.5pct-monthly', CNY: 'none' } },
      { USD: 'us-1.5pct-monthly', CNY: 'none', GBP: 'uk-late-payment', EUR: 'eu-b2b', JPY: 'none' }],
    // A default for the rest, and a rule for pounds.
    ['a default and a rule for pounds', { rulePreset: 'cn-lpr-1.5x', currencyRules: { GBP: 'uk-late-payment' } },
      { USD: 'cn-lpr-1.5x', CNY: 'cn-lpr-1.5x', GBP: 'uk-late-payment', EUR: 'cn-lpr-1.5x' }],
  ])('choose the rule per currency: %s', (_, patch, expected) => {
    const r = resolved(patch);
    for (const [currency, preset] of Object.entries(expected)) {
      expect(r.presetFor(currency), currency).toBe(preset);
      // The core's selection gives the same rule, labelled with the preset the pane and the sheet name.
      const choice = r.rules.byCurrency.get(currency) ?? r.rules.default;
      expect(choice?.label, currency).toBe(preset);
      expect(choice?.rule, currency).toEqual(r.ruleFor(currency));
    }
  });

  it('read back per-currency rules, keeping only currency codes mapped to presets', () => {
    expect(settingsFromSaved({ currencyRules: { USD: 'us-1.5pct-monthly', usd: 'none', GBP: 'no-such', EUR: 5, __proto__: { x: 1 }, JPY: 'constructor' } }).currencyRules)
      .toEqual({ USD: 'us-1.5pct-monthly' });
    expect(settingsFromSaved({ currencyRules: ['USD'] }).currencyRules).toEqual({});
  });

  it.each<[string, Partial<AddinSettings>, Record<string, unknown>]>([
    ['grace days', { graceDays: 10 }, { graceDays: 10 }],
    ['a cap in percent of principal', { capPercent: ' 30 ' }, { cap: { percentOfPrincipal: '30' } }],
    ['a due date rolled over Chinese holidays', { dueDateRoll: 'cn-holidays' }, { dueDateRoll: 'cn-holidays' }],
    ['the payment day not charged (算头不算尾)', { paymentDay: 'excluded' }, { paymentDay: 'excluded' }],
    ['statutory allocation (民法典 第561条)', { allocation: 'statutory' }, { allocation: 'statutory' }],
    ['another preset', { rulePreset: 'uk-late-payment' }, { kind: 'uk-late-payment' }],
  ])('put %s on the preset the core parses', (_, patch, expected) => {
    expect(resolved({ rulePreset: 'cn-contract-0.05pct-daily', ...patch }).ruleFor('CNY')).toMatchObject(expected);
  });

  it('put the options on each currency\'s suggested rule too', () => {
    const r = resolved({ graceDays: 5 });
    expect(r.ruleFor('CNY')).toMatchObject({ kind: 'daily-rate', graceDays: 5 });
    expect(r.ruleFor('GBP')).toMatchObject({ kind: 'uk-late-payment', graceDays: 5 });
  });

  it('leave the preset\'s own payment day and allocation alone when set to "as the rule says"', () => {
    for (const name of Object.keys(RULE_PRESETS)) {
      const rule = resolved({ rulePreset: name }).ruleFor('CNY');
      const preset = RULE_PRESETS[name] as { paymentDay?: string; allocation?: string };
      expect([rule.paymentDay, rule.allocation], name).toEqual([preset.paymentDay, preset.allocation]);
    }
  });

  it.each<[Partial<AddinSettings>, string]>([
    [{ asOf: '2026-02-30' }, 'asOf'],
    [{ capPercent: 'thirty' }, 'cap'],
    [{ bucketBounds: [60, 30] }, 'buckets'],
    [{ currency: 'dollars' }, 'currency'],
  ])('name the field that is not valid (%o)', (patch, field) => {
    const r = resolveSettings(withSettings(patch), TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toMatch(new RegExp(field));
  });

  it('read back what was saved, dropping fields of the wrong type or from another version', () => {
    const saved = { asOf: '2026-10-31', rulePreset: 'de-b2b', graceDays: 5, paymentDay: 'excluded', allocation: 'sometimes', currency: 'eur', dateOrder: 'dmy', lang: 'zh-CN', extra: 1, graceDaysX: 2 };
    expect(settingsFromSaved(saved)).toEqual({
      ...defaultSettings(), asOf: '2026-10-31', rulePreset: 'de-b2b', graceDays: 5, paymentDay: 'excluded', dateOrder: 'dmy', lang: 'zh-CN',
    });
    expect(settingsFromSaved({ rulePreset: 'no-such-preset', graceDays: -1 })).toEqual(defaultSettings());
    expect(settingsFromSaved({ rulePreset: 'toString' })).toEqual(defaultSettings());
    expect(settingsFromSaved({ currency: 'GBP' }).currency).toBe('GBP');
    expect(settingsFromSaved(null)).toEqual(defaultSettings());
  });
});

describe('the currency of amounts that name none', () => {
  it.each<[string[], string, string]>([
    [['Customer Name', 'Invoice No', 'Amount', 'Due Date'], 'USD', 'en'],
    [['客户名称', '发票号', '金额', '到期日'], 'CNY', 'zh'],
    [['Kunde', 'Rechnung', 'Betrag', 'Fälligkeit'], 'EUR', 'de'],
    [['Customer', 'Invoice', 'Amount (GBP)', 'Due date'], 'GBP', 'header'],
  ])('is decided from the headers as the importer decides it: %j → %s', (headers, currency, from) => {
    expect(assumedCurrency(headers)).toEqual({ currency, from });
  });
});
