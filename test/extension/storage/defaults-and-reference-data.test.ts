import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import { readStoredData } from '../../../extension/storage/read-stored-data.ts';

const V2 = { lang: 'en', tone: 'firm', rulePreset: 'uk-late-payment', thresholds: { deadline: 40 }, jurisdiction: 'uk', minGapDays: 10 };
const V3 = { ...V2, currencyRules: { CNY: 'cn-lpr-1.5x', EUR: 'de-b2b' } };

beforeEach(() => fakeBrowser.reset());

describe('stored defaults, version 3: the rule per currency', () => {
  it.each([
    ['version 2 (one rule)', { defaults: V2, defaults$: { v: 2 } }, { ...V2, currencyRules: {} }],
    ['version 2 with no rule', { defaults: { ...V2, rulePreset: 'none' }, defaults$: { v: 2 } }, { ...V2, rulePreset: 'none', currencyRules: {} }],
    ['version 3 as saved', { defaults: V3, defaults$: { v: 3 } }, V3],
  ])('reads %s: the single rule stays the default for every currency', async (_name, stored, expected) => {
    await fakeBrowser.storage.local.set(stored);
    const data = await readStoredData(defineStoredItems());
    expect(data.defaults).toEqual(expected);
    expect(data.notices).toEqual([]);
    expect(await fakeBrowser.storage.local.get('defaults$')).toEqual({ defaults$: { v: 3 } });
  });

  it.each([
    ['a rule this version does not know', { GBP: 'uk-late-payment-2030' }],
    ['a key that is no currency', { Pounds: 'uk-late-payment' }],
    ['a prototype name as preset', { GBP: 'toString' }],
    ['a rule that is not text', { GBP: 7 }],
    ['not an object', 'GBP=uk-late-payment'],
  ])('resets defaults holding %s, with a notice', async (_name, currencyRules) => {
    await fakeBrowser.storage.local.set({ defaults: { ...V2, currencyRules }, defaults$: { v: 3 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.notices).toContainEqual({ key: 'reset', item: 'defaults' });
    expect(data.defaults.currencyRules).toEqual({});
  });
});

describe('stored reference data (version 1)', () => {
  const entry = { id: 'a', kind: 'rates', label: 'ecb.json', addedAt: '2026-12-07T09:00:00Z', json: { ecbMro: { knownUntil: '2026-12-31', changes: [{ from: '2026-12-17', rate: '2.65' }] } } };

  it('reads the entries as stored; none at first', async () => {
    expect((await readStoredData(defineStoredItems())).referenceData).toEqual({ entries: [] });
    await fakeBrowser.storage.local.set({ referenceData: { entries: [entry] }, referenceData$: { v: 1 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.referenceData.entries).toEqual([entry]);
    expect(data.notices).toEqual([]);
  });

  it.each([
    ['not an object', 42],
    ['an entry of an unknown kind', { entries: [{ ...entry, kind: 'fx' }] }],
    ['an entry without its data', { entries: [{ id: 'a', kind: 'rates', label: 'x', addedAt: '' }] }],
  ])('resets %s with a notice', async (_name, value) => {
    await fakeBrowser.storage.local.set({ referenceData: value, referenceData$: { v: 1 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.referenceData).toEqual({ entries: [] });
    expect(data.notices).toContainEqual({ key: 'reset', item: 'referenceData' });
  });
});
