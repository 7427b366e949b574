import { describe, expect, it } from 'vitest';
import { defaultSettings, resolveSettings, settingsFromSaved, type AddinSettings } from '../../../excel-addin/settings/addin-settings.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const TODAY = plainDate('2026-11-22');
const withSettings = (patch: Partial<AddinSettings>): AddinSettings => ({ ...defaultSettings(), ...patch });

describe('pane settings', () => {
  it('default to today, 万分之五 a day, the core buckets and ladder', () => {
    const r = resolveSettings(defaultSettings(), TODAY);
    expect(r).toMatchObject({ ok: true, asOf: '2026-11-22', rule: { kind: 'daily-rate', rate: '0.0005' } });
    expect(r.ok && r.buckets.map((b) => b.id)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '180+']);
  });

  it.each<[string, Partial<AddinSettings>, Record<string, unknown>]>([
    ['grace days', { graceDays: 10 }, { graceDays: 10 }],
    ['a cap in percent of principal', { capPercent: ' 30 ' }, { cap: { percentOfPrincipal: '30' } }],
    ['a due date rolled over Chinese holidays', { dueDateRoll: 'cn-holidays' }, { dueDateRoll: 'cn-holidays' }],
    ['the payment day not charged (算头不算尾)', { paymentDay: 'excluded' }, { paymentDay: 'excluded' }],
    ['statutory allocation (民法典 第561条)', { allocation: 'statutory' }, { allocation: 'statutory' }],
    ['another preset', { rulePreset: 'uk-late-payment' }, { kind: 'uk-late-payment' }],
  ])('put %s on the preset the core parses', (_, patch, expected) => {
    const r = resolveSettings(withSettings(patch), TODAY);
    expect(r.ok && r.rule).toMatchObject(expected);
  });

  it('leave the preset\'s own payment day and allocation alone when set to "as the rule says"', () => {
    for (const name of Object.keys(RULE_PRESETS)) {
      const r = resolveSettings(withSettings({ rulePreset: name }), TODAY);
      const preset = RULE_PRESETS[name] as { paymentDay?: string; allocation?: string };
      expect(r.ok && [r.rule.paymentDay, r.rule.allocation], name).toEqual([preset.paymentDay, preset.allocation]);
    }
  });

  it.each<[Partial<AddinSettings>, string]>([
    [{ asOf: '2026-02-30' }, 'asOf'],
    [{ capPercent: 'thirty' }, 'cap'],
    [{ bucketBounds: [60, 30] }, 'buckets'],
  ])('name the field that is not valid (%o)', (patch, field) => {
    const r = resolveSettings(withSettings(patch), TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toMatch(new RegExp(field));
  });

  it('read back what was saved, dropping fields of the wrong type or from another version', () => {
    const saved = { asOf: '2026-10-31', rulePreset: 'de-b2b', graceDays: 5, paymentDay: 'excluded', allocation: 'sometimes', currency: 'eur', lang: 'zh-CN', extra: 1, graceDaysX: 2 };
    expect(settingsFromSaved(saved)).toEqual({
      ...defaultSettings(), asOf: '2026-10-31', rulePreset: 'de-b2b', graceDays: 5, paymentDay: 'excluded', lang: 'zh-CN',
    });
    expect(settingsFromSaved({ rulePreset: 'no-such-preset', graceDays: -1 })).toEqual(defaultSettings());
    expect(settingsFromSaved(null)).toEqual(defaultSettings());
  });
});
