import { describe, expect, it } from 'vitest';
import { parseRule, rulePreset, RULE_PRESETS } from '../../../shared/penalty/index.ts';

describe('parseRule', () => {
  it('reads every preset by name, and the DESIGN.md rule object', () => {
    for (const name of ['cn-contract-0.05pct-daily', 'cn-lpr-1.5x', 'cn-lpr-1.3x', 'uk-late-payment', 'de-b2b', 'us-1.5pct-monthly', 'none', 'eu-b2b']) {
      expect(parseRule(name)).toEqual({ ok: true, value: RULE_PRESETS[name] });
    }
    expect(parseRule({ kind: 'daily-rate', rate: '0.0005', graceDays: 0, cap: { percentOfPrincipal: '30' }, dueDateRoll: 'none' })).toEqual({
      ok: true, value: { kind: 'daily-rate', rate: '0.0005', graceDays: 0, cap: { percentOfPrincipal: '30' }, dueDateRoll: 'none' },
    });
  });

  it('takes a preset with options on top', () => {
    expect(parseRule({ preset: 'cn-lpr-1.5x', graceDays: 5, rateAt: 'period' })).toEqual({
      ok: true, value: { kind: 'cn-lpr', multiplier: '1.5', rateAt: 'period', term: '1y', graceDays: 5 },
    });
    expect(parseRule({ preset: 'cn-lpr-2x' })).toMatchObject({ ok: false, error: { field: 'preset' } });
  });

  it('accepts JSON numbers for rates, never exponent forms', () => {
    expect(parseRule({ kind: 'annual-rate', rate: 0.0435 })).toEqual({ ok: true, value: { kind: 'annual-rate', rate: '0.0435' } });
    expect(parseRule({ kind: 'daily-rate', rate: 1e-7 })).toMatchObject({ ok: false, error: { field: 'rate' } });
  });

  it.each([
    [{ kind: 'weekly-rate', rate: '0.01' }, 'kind'],
    [{ kind: 'daily-rate' }, 'rate'],
    [{ kind: 'daily-rate', rate: '-0.001' }, 'rate'],
    [{ kind: 'daily-rate', rate: '0.001', dayCount: 366 }, 'dayCount'],
    [{ kind: 'daily-rate', rate: '0.001', graceDays: 2.5 }, 'graceDays'],
    [{ kind: 'daily-rate', rate: '0.001', dueDateRoll: 'holidays' }, 'dueDateRoll'],
    [{ kind: 'daily-rate', rate: '0.001', paymentDay: 'ignored' }, 'paymentDay'],
    [{ kind: 'daily-rate', rate: '0.001', allocation: 'interest-first' }, 'allocation'],
    [{ kind: 'daily-rate', rate: '0.001', cap: { percentOfPrincipal: '30', amount: '5' } }, 'cap'],
    [{ kind: 'daily-rate', rate: '0.001', cap: { amount: 'lots' } }, 'cap.amount'],
    [{ kind: 'daily-rate', rate: '0.001', lossCheck: 'yes' }, 'lossCheck'],
    [{ kind: 'daily-rate', rate: '0.001', multiplier: '1.5' }, 'multiplier'],
    [{ kind: 'cn-lpr', multiplier: '1.5', rateAt: 'judgment' }, 'rateAt'],
    [{ kind: 'cn-lpr', multiplier: '1.5', term: '3y' }, 'term'],
    [{ kind: 'uk-late-payment', rateReset: 'monthly' }, 'rateReset'],
    [{ kind: 'eu-late-payment', country: 'Germany' }, 'country'],
    [{ kind: 'eu-late-payment', country: 'DE', consumer: 'no' }, 'consumer'],
    [42, 'rule'],
  ])('%j → error on %s', (json, field) => {
    const r = parseRule(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe(field);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });

  // Lookups keyed by user strings use own properties only (BRIEF: security): names that every
  // object inherits are unknown kinds and presets, refused as values, never a crash.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('%s as a kind, a preset or a preset name is a clean error', (name) => {
    expect(parseRule({ kind: name })).toMatchObject({ ok: false, error: { field: 'kind' } });
    expect(parseRule(name)).toMatchObject({ ok: false, error: { field: 'rule' } });
    expect(parseRule({ preset: name })).toMatchObject({ ok: false, error: { field: 'preset' } });
    expect(rulePreset(name)).toBeUndefined();
    expect(RULE_PRESETS[name]).toBeUndefined();
  });
  it('a "__proto__" key in JSON is an unknown field, not a prototype', () => {
    const json: unknown = JSON.parse('{"preset": "cn-lpr-1.5x", "__proto__": {"graceDays": 5}}');
    expect(parseRule(json)).toMatchObject({ ok: false, error: { field: '__proto__' } });
  });
});
