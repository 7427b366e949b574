import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { plainDate } from '../../../shared/plain-date.ts';
import { importFile } from '../../../extension/options/import-file.ts';
import { rateChangeEntry } from '../../../extension/reference-data/rate-change-entry.ts';
import { createPickerBackend } from '../../../extension/service/picker-backend.ts';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import type { StoredDefaults } from '../../../extension/storage/stored-types.ts';

// One customer owing in two currencies, as a UK subsidiary of a Chinese buyer would: each
// invoice has its own contract and law, so each is charged by the rule of its currency.
const CSV = [
  'Customer Name,Invoice Number,Email,Currency,Invoice Date,Due Date,Amount,Amount Paid,Balance Due',
  'Harbour Bridge Trading Ltd,HB-GBP-1003,ap@harbourbridge.example,GBP,2026-09-03,2026-10-03,4200.00,0.00,4200.00',
  'Harbour Bridge Trading Ltd,HB-CNY-0930,ap@harbourbridge.example,CNY,2026-08-31,2026-09-30,10000.00,0.00,10000.00',
  'Qingdao Haiyun Logistics,HY-0918,ar@haiyun.example,CNY,2026-08-19,2026-09-18,10000.00,0.00,10000.00',
  'Qingdao Haiyun Logistics,HY-0919,ar@haiyun.example,CNY,2026-08-20,2026-09-19,10000.00,0.00,10000.00',
].join('\n');
const AS_OF = plainDate('2026-11-22');
const HARBOUR = 'harbour bridge trading ltd';
const HAIYUN = 'qingdao haiyun logistics';

const DEFAULTS: StoredDefaults = { lang: 'en', tone: 'neutral', rulePreset: 'none', currencyRules: {}, thresholds: {}, jurisdiction: 'auto', minGapDays: 7 };

async function backend(defaults: Partial<StoredDefaults>) {
  const items = defineStoredItems();
  const imported = importFile('ledger.csv', new TextEncoder().encode(CSV), '2026-11-22T09:00:00Z');
  if (!imported.ok) throw new Error(imported.message);
  await items.receivables.setValue(imported.stored);
  await items.defaults.setValue({ ...DEFAULTS, ...defaults });
  const b = createPickerBackend({ items, today: () => AS_OF, uiLanguage: () => 'en-GB', message: (key, subs) => [key, ...(subs ?? [])].join('|') });
  return { items, b };
}

async function figures(b: Awaited<ReturnType<typeof backend>>['b'], customerKey: string) {
  const reply = await b.render({ customerKey, stage: 'formal-notice', lang: 'en', tone: 'firm' });
  if (!reply.ok) throw new Error(reply.message);
  return { reply, figures: reply.figures ?? [] };
}

beforeEach(() => fakeBrowser.reset());

describe('picker: each invoice charged by the rule of its currency', () => {
  it('charges the GBP invoice under the Late Payment Act and the CNY invoice at LPR × 1.5 in one reminder, naming each rule', async () => {
    const { b } = await backend({ rulePreset: 'none', currencyRules: { GBP: 'uk-late-payment', CNY: 'cn-lpr-1.5x' } });
    const { reply, figures: f } = await figures(b, HARBOUR);
    expect(f).toEqual([
      // Due 2026-09-30: days 2026-10-01 … 2026-11-22 = 53. LPR in force on 2026-10-01 is past the
      // table's known-until date 2026-09-19, so the last quote (3.00 %) is assumed:
      // 10,000.00 × 3.00 % × 1.5 × 53 / 365 = 65.342… → 65.34.
      { invoice: 'HB-CNY-0930', amount: 'CN¥65.34', rule: { id: 'cn-lpr-1.5x', label: 'China, no agreed penalty: 1-year LPR + 50 %' }, assumed: [{ table: 'cnLpr', after: '2026-09-19' }] },
      // Due 2026-10-03: days 2026-10-04 … 2026-11-22 = 50. Reference rate: Bank Rate on 30 June 2026
      // (3.75 %) + 8 = 11.75 % (SI 2002/1675 art. 4): 4,200.00 × 11.75 % × 50 / 365 = 67.602… → 67.60,
      // plus the s.5A fixed sum for a debt of £1,000–9,999.99: £70.00. Figure: £137.60.
      { invoice: 'HB-GBP-1003', amount: '£137.60', rule: { id: 'uk-late-payment', label: 'UK Late Payment Act: Bank Rate + 8 %, £40–100' }, assumed: [] },
    ]);
    expect(reply.text).toContain('65.34');
    expect(reply.text).toContain('137.60');
  });

  it.each([
    ['only a default rule: every currency gets it', { rulePreset: 'cn-contract-0.05pct-daily', currencyRules: {} },
      // 4,200.00 × 0.05 % × 50 = 105.00; 10,000.00 × 0.05 % × 53 = 265.00
      [['HB-CNY-0930', 'CN¥265.00', 'cn-contract-0.05pct-daily'], ['HB-GBP-1003', '£105.00', 'cn-contract-0.05pct-daily']]],
    ['a currency rule and the default for the rest', { rulePreset: 'cn-contract-0.05pct-daily', currencyRules: { GBP: 'uk-late-payment' } },
      [['HB-CNY-0930', 'CN¥265.00', 'cn-contract-0.05pct-daily'], ['HB-GBP-1003', '£137.60', 'uk-late-payment']]],
    ['none for a currency charges nothing there', { rulePreset: 'uk-late-payment', currencyRules: { CNY: 'none' } },
      [['HB-GBP-1003', '£137.60', 'uk-late-payment']]],
  ])('%s', async (_name, defaults, expected) => {
    const { b } = await backend(defaults);
    const { figures: f } = await figures(b, HARBOUR);
    expect(f.map((x) => [x.invoice, x.amount, x.rule.id])).toEqual(expected);
  });

  it('states no figures before the formal notice (the message does not state them)', async () => {
    const { b } = await backend({ currencyRules: { GBP: 'uk-late-payment' } });
    const reply = await b.render({ customerKey: HARBOUR, stage: 'friendly', lang: 'en', tone: 'warm' });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.figures).toBeUndefined();
  });
});

describe('picker: the assumed mark', () => {
  it.each([
    // LPR is known until 2026-09-19 (inclusive). rateAt breach: the quote in force on the first overdue day.
    ['due 2026-09-18: first overdue day 2026-09-19, known', 'HY-0918', 'CN¥80.14', []],
    ['due 2026-09-19: first overdue day 2026-09-20, past known-until', 'HY-0919', 'CN¥78.90', [{ table: 'cnLpr', after: '2026-09-19' }]],
  ])('%s', async (_name, invoice, amount, assumed) => {
    const { b } = await backend({ rulePreset: 'cn-lpr-1.5x' });
    const { figures: f } = await figures(b, HAIYUN);
    // 10,000.00 × 4.5 % × 65 / 365 = 80.136… → 80.14; × 64 / 365 = 78.904… → 78.90
    expect(f.find((x) => x.invoice === invoice)).toEqual({ invoice, amount, rule: { id: 'cn-lpr-1.5x', label: 'China, no agreed penalty: 1-year LPR + 50 %' }, assumed });
  });

  it('a rate change the user adds changes the figure exactly and takes the mark away', async () => {
    const { b, items } = await backend({ rulePreset: 'none', currencyRules: { CNY: 'cn-lpr-1.5x' } });
    const added = rateChangeEntry({ table: 'cnLpr', from: '2026-09-21', rate: '2.90', fiveYear: '3.40', knownUntil: '2026-11-19' }, 'e1', '2026-11-22T09:00:00Z');
    if (!added.ok) throw new Error(added.error.message);
    await items.referenceData.setValue({ entries: [added.entry] });
    const { figures: f } = await figures(b, HARBOUR);
    // The quote in force on 2026-10-01 is now the user's 2.90 %: 10,000.00 × 2.90 % × 1.5 × 53 / 365
    // = 63.164… → 63.16 (was 65.34 on the assumed 3.00 %), and nothing is assumed any more.
    expect(f).toEqual([{ invoice: 'HB-CNY-0930', amount: 'CN¥63.16', rule: { id: 'cn-lpr-1.5x', label: 'China, no agreed penalty: 1-year LPR + 50 %' }, assumed: [] }]);
    // Removing it brings back the built-in quote and the mark.
    await items.referenceData.setValue({ entries: [] });
    expect((await figures(b, HARBOUR)).figures[0]).toMatchObject({ amount: 'CN¥65.34', assumed: [{ table: 'cnLpr', after: '2026-09-19' }] });
  });
});

describe('picker: stored version 2 defaults', () => {
  it('migrates the single rule into the default for every currency and charges as before', async () => {
    await fakeBrowser.storage.local.set({
      defaults: { lang: 'en', tone: 'neutral', rulePreset: 'cn-contract-0.05pct-daily', thresholds: {}, jurisdiction: 'auto', minGapDays: 7 },
      defaults$: { v: 2 },
    });
    const items = defineStoredItems();
    const imported = importFile('ledger.csv', new TextEncoder().encode(CSV), '2026-11-22T09:00:00Z');
    if (!imported.ok) throw new Error(imported.message);
    await items.receivables.setValue(imported.stored);
    expect(await items.defaults.getValue()).toMatchObject({ rulePreset: 'cn-contract-0.05pct-daily', currencyRules: {} });
    const b = createPickerBackend({ items, today: () => AS_OF, uiLanguage: () => 'en-GB', message: (k) => k });
    const { figures: f } = await figures(b, HARBOUR);
    expect(f.map((x) => [x.invoice, x.amount, x.rule.id])).toEqual([['HB-CNY-0930', 'CN¥265.00', 'cn-contract-0.05pct-daily'], ['HB-GBP-1003', '£105.00', 'cn-contract-0.05pct-daily']]);
  });
});
