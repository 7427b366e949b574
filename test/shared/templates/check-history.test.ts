import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../../shared/templates/check-history.ts';

const GOOD = {
  contacts: [{ date: '2026-10-12', channel: 'email', stage: 'friendly' }, { date: '2026-10-26', channel: 'letter' }],
  promise: { amount: { minor: 2_000_000, currency: 'CNY' }, until: '2026-11-15' },
  plan: { instalments: [{ amount: { minor: 700_000, currency: 'CNY' }, until: '2026-12-15' }] },
};

describe('checkHistory', () => {
  it('accepts a well-formed history, and one with no contacts', () => {
    expect(checkHistory(GOOD)).toEqual({ ok: true, value: GOOD });
    expect(checkHistory({ contacts: [] }).ok).toBe(true);
  });

  const bad: Array<[string, unknown, string, string]> = [
    ['not an object', 'email on Monday', 'history', 'email on Monday'],
    ['no contact list', { promise: GOOD.promise }, 'history.contacts', ''],
    ['a date that does not exist', { contacts: [{ date: '2026-02-30', channel: 'email' }] }, 'history.contacts[0].date', '2026-02-30'],
    ['a date in another format', { contacts: [GOOD.contacts[0], { date: '26/10/2026', channel: 'letter' }] }, 'history.contacts[1].date', '26/10/2026'],
    ['an unknown channel', { contacts: [{ date: '2026-10-12', channel: 'fax' }] }, 'history.contacts[0].channel', 'fax'],
    ['an unknown stage', { contacts: [{ date: '2026-10-12', channel: 'email', stage: 'gentle' }] }, 'history.contacts[0].stage', 'gentle'],
    ['a promise of a fraction of a fen', { contacts: [], promise: { amount: { minor: 10.5, currency: 'CNY' }, until: '2026-11-15' } }, 'history.promise.amount', '{"minor":10.5,"currency":"CNY"}'],
    ['a promise of nothing', { contacts: [], promise: { amount: { minor: 0, currency: 'CNY' }, until: '2026-11-15' } }, 'history.promise.amount', '{"minor":0,"currency":"CNY"}'],
    ['a promise without a date', { contacts: [], promise: { amount: { minor: 100, currency: 'CNY' } } }, 'history.promise.until', ''],
    ['an instalment in no currency', { contacts: [], plan: { instalments: [{ amount: { minor: 100, currency: 'yuan' }, until: '2026-12-15' }] } }, 'history.plan.instalments[0].amount', '{"minor":100,"currency":"yuan"}'],
    ['a plan without instalments', { contacts: [], plan: {} }, 'history.plan', '{}'],
  ];
  it.each(bad)('refuses %s, naming the field and value', (_label, history, field, value) => {
    const result = checkHistory(history);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid-history', field, value });
    expect(result.error.message.startsWith(`${field}: `)).toBe(true);
  });
});
