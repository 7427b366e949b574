import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import { readStoredData } from '../../../extension/storage/read-stored-data.ts';

const GOOD = {
  row: 2, customer: 'Shanghai Minghua Electronics Co. Ltd', invoice: 'INV-2026-0815', email: 'ap@minghua-electronics.example',
  currency: 'CNY', amount: { minor: 1200000, currency: 'CNY' }, paid: { minor: 0, currency: 'CNY' },
  outstanding: { minor: 1200000, currency: 'CNY' }, dueDate: '2026-08-15',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored receivables', () => {
  it('migrates the version 1 layout (report JSON strings) to typed receivables', async () => {
    await fakeBrowser.storage.local.set({
      receivables: {
        file: 'report.json',
        importedAt: '2026-11-01T08:00:00.000Z',
        rows: [{ row: 4, customer: 'Hengyuan Foods (Hangzhou) Ltd', invoice: 'INV-2026-0907', email: 'finance@hengyuan-foods.example',
          currency: 'CNY', amount: '36800.00', paid: '0.00', outstanding: '36800.00', dueDate: '2026-09-07' }],
      },
    });
    const items = defineStoredItems();
    const data = await readStoredData(items);
    expect(data.receivables.format).toBe('report-json');
    expect(data.receivables.receivables).toHaveLength(1);
    expect(data.receivables.receivables[0]!.outstanding).toEqual({ minor: 3680000, currency: 'CNY' });
    expect(data.notices).toEqual([{ key: 'migrated', item: 'receivables' }]);
    expect((await fakeBrowser.storage.local.get('receivables$')).receivables$).toEqual({ v: 2 });
    // Said once: the next read finds version 2 and adds nothing new.
    const again = await readStoredData(defineStoredItems());
    expect(again.notices).toEqual([{ key: 'migrated', item: 'receivables' }]);
  });

  it('migrates the version 1 rows it can read and counts the others', async () => {
    await fakeBrowser.storage.local.set({
      receivables: {
        file: 'report.json',
        rows: [
          { row: 4, customer: 'Hengyuan Foods (Hangzhou) Ltd', invoice: 'INV-2026-0907', currency: 'CNY', amount: '36800.00', paid: '0.00', outstanding: '36800.00', dueDate: '2026-09-07' },
          { row: 5, customer: 'Hengyuan Foods (Hangzhou) Ltd', invoice: 'INV-2026-0908', currency: 'CNY', amount: 'lots', paid: '0.00', outstanding: '36800.00', dueDate: '2026-09-31' },
        ],
      },
    });
    const data = await readStoredData(defineStoredItems());
    expect(data.receivables.receivables.map((r) => r.invoice)).toEqual(['INV-2026-0907']);
    expect(data.notices).toEqual([{ key: 'migrated', item: 'receivables' }, { key: 'reset', item: 'receivables', count: 1 }]);
  });

  it('keeps a version 2 list whose version mark lagged behind (written after a reset), instead of emptying it', async () => {
    const list = { receivables: [GOOD], file: 'a.csv', format: 'generic', importedAt: '' };
    await fakeBrowser.storage.local.set({ receivables: list, receivables$: { v: 1 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.receivables.receivables).toEqual([GOOD]);
    expect(data.notices).toEqual([]);
  });

  it('resets, with a notice, an unversioned value that is no version 1 list either', async () => {
    await fakeBrowser.storage.local.set({ receivables: { rows: 'oops' } });
    const data = await readStoredData(defineStoredItems());
    expect(data.receivables.receivables).toEqual([]);
    expect(data.notices).toEqual([{ key: 'reset', item: 'receivables' }]);
  });

  it('resets a list that is not a list, with a notice', async () => {
    await fakeBrowser.storage.local.set({ receivables: 'garbage', receivables$: { v: 2 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.receivables.receivables).toEqual([]);
    expect(data.notices).toEqual([{ key: 'reset', item: 'receivables' }]);
    expect((await fakeBrowser.storage.local.get('receivables')).receivables).toEqual(expect.objectContaining({ receivables: [] }));
  });

  it('keeps the good entries and counts the unreadable ones', async () => {
    const bad = { ...GOOD, invoice: 'INV-X', amount: { minor: 1.5, currency: 'CNY' } };
    const worse = { ...GOOD, invoice: 'INV-Y', dueDate: '2026-02-31' };
    await fakeBrowser.storage.local.set({
      receivables: { receivables: [GOOD, bad, worse], file: 'a.csv', format: 'generic', importedAt: '' },
      receivables$: { v: 2 },
    });
    const data = await readStoredData(defineStoredItems());
    expect(data.receivables.receivables.map((r) => r.invoice)).toEqual(['INV-2026-0815']);
    expect(data.notices).toEqual([{ key: 'reset', item: 'receivables', count: 2 }]);
    // The cleaned list is written back, so the notice is not repeated on the next read.
    const again = await readStoredData(defineStoredItems());
    expect(again.notices).toEqual([{ key: 'reset', item: 'receivables', count: 2 }]);
    expect(again.receivables.receivables).toHaveLength(1);
  });
});

describe('other stored items', () => {
  it.each([
    ['defaults', { lang: 'fr', tone: 'neutral', rulePreset: 'none', thresholds: {} }],
    ['defaults', { lang: 'en', tone: 'angry', rulePreset: 'none', thresholds: {} }],
    ['defaults', { lang: 'en', tone: 'warm', rulePreset: 'none', thresholds: { courtesy: 1 } }],
    ['defaults', { lang: 'en', tone: 'warm', rulePreset: 'none', thresholds: { legal: '120' } }],
    ['defaults', { lang: 'en', tone: 'warm', rulePreset: 'cn-contract-0.1pct-daily', thresholds: {} }],
    ['profile', { company: 'ACME' }],
    ['templates', { 'no-such-stage:en': { body: 'x' } }],
    ['templates', { 'friendly:en': { subject: 'x' } }],
  ])('resets corrupt %s to the default with a notice', async (item, value) => {
    await fakeBrowser.storage.local.set({ [item]: value });
    const data = await readStoredData(defineStoredItems());
    expect(data.notices).toContainEqual({ key: 'reset', item });
  });

  it('reads valid items unchanged and leaves no notice', async () => {
    const defaults = { lang: 'zh-CN', tone: 'warm', rulePreset: 'cn-lpr-1.5x', thresholds: { friendly: 3 }, jurisdiction: 'de', minGapDays: 10 };
    const templates = { 'friendly:en': { subject: 'Hello {{customer.name}}', body: 'Dear {{customer.name}}' } };
    await fakeBrowser.storage.local.set({ defaults, defaults$: { v: 3 }, templates });
    const data = await readStoredData(defineStoredItems());
    expect(data.defaults).toEqual(defaults);
    expect(data.templates).toEqual(templates);
    expect(data.notices).toEqual([]);
  });

  it('migrates version 1 defaults to version 3, keeping what the user set and adding the log\'s settings and an empty rule per currency', async () => {
    const v1 = { lang: 'zh-CN', tone: 'warm', rulePreset: 'cn-lpr-1.5x', thresholds: { friendly: 3 } };
    await fakeBrowser.storage.local.set({ defaults: v1 });
    const data = await readStoredData(defineStoredItems());
    expect(data.defaults).toEqual({ ...v1, jurisdiction: 'auto', minGapDays: 7, currencyRules: {} });
    expect(await fakeBrowser.storage.local.get(['defaults', 'defaults$'])).toEqual({ defaults: { ...v1, jurisdiction: 'auto', minGapDays: 7, currencyRules: {} }, defaults$: { v: 3 } });
    expect(data.notices).toEqual([]);
  });

  it.each([
    ['an unknown law', { jurisdiction: 'fr' }], ['days between contacts that are not a whole number', { minGapDays: 2.5 }], ['negative days', { minGapDays: -1 }],
  ])('resets version 2 defaults with %s', async (_name, change) => {
    await fakeBrowser.storage.local.set({ defaults: { lang: 'en', tone: 'warm', rulePreset: 'none', thresholds: {}, jurisdiction: 'auto', minGapDays: 7, ...change }, defaults$: { v: 2 } });
    const data = await readStoredData(defineStoredItems());
    expect(data.notices).toContainEqual({ key: 'reset', item: 'defaults' });
  });
});
