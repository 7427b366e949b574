import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { plainDate } from '../../../shared/plain-date.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { importFile } from '../../../extension/options/import-file.ts';
import { createPickerBackend } from '../../../extension/service/picker-backend.ts';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';

const CSV = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/webmail/receivables.csv'));
const AS_OF = plainDate('2026-11-22');

async function backend(uiLanguage = 'en-GB') {
  const items = defineStoredItems();
  const imported = importFile('receivables.csv', new Uint8Array(CSV), '2026-11-22T09:00:00Z');
  if (!imported.ok) throw new Error(imported.message);
  await items.receivables.setValue(imported.stored);
  return { items, backend: createPickerBackend({ items, today: () => AS_OF, uiLanguage: () => uiLanguage, message: (key, subs) => [key, ...(subs ?? [])].join('|') }) };
}

beforeEach(() => fakeBrowser.reset());

describe('picker backend: load', () => {
  it('lists customers with open invoices only, most overdue first, with days overdue', async () => {
    const { backend: b } = await backend();
    const data = await b.load([]);
    expect(data.asOf).toBe('2026-11-22');
    expect(data.customers.map((c) => c.name)).toEqual(['Shanghai Minghua Electronics Co. Ltd', 'Hengyuan Foods (Hangzhou) Ltd', 'Northbridge Components Ltd']);
    const hengyuan = data.customers[1]!;
    expect(hengyuan.invoices.map((i) => i.invoice)).toEqual(['INV-2026-0907']);
    expect(hengyuan.invoices[0]!.daysOverdue).toBe(76);
    expect(data.customers[0]!.overdue).toEqual(['CN¥18,450.50']);
    expect(data.customers[0]!.suggestedStage).toBe('final-notice');
    expect(data.lang).toBe('en');
  });

  it('opens on the customer whose address is already in To, whatever its case', async () => {
    const { backend: b } = await backend('zh-CN');
    const data = await b.load(['Finance@Hengyuan-Foods.example']);
    expect(data.matchedKey).toBe('hengyuan foods (hangzhou) ltd');
    expect(data.lang).toBe('zh-CN');
    expect((await b.load(['someone@else.example'])).matchedKey).toBeUndefined();
  });

  it.each([
    [['陈静'], 'hengyuan foods (hangzhou) ltd'],
    [['Zhou Min'], 'shanghai minghua electronics co. ltd'],
    [['Hengyuan Foods'], 'hengyuan foods (hangzhou) ltd'],
    [['ＮＯＲＴＨＢＲＩＤＧＥ Components Ltd'], 'northbridge components ltd'],
    [['Li'], undefined],
    [['Someone Else'], undefined],
  ])('opens on the customer whose contact or name is the display name %j shown in To without an address', async (names, key) => {
    const { backend: b } = await backend();
    expect((await b.load([], names)).matchedKey).toBe(key);
  });

  it('prefers the address to a display name', async () => {
    const { backend: b } = await backend();
    expect((await b.load(['accounts@northbridge-components.example'], ['陈静'])).matchedKey).toBe('northbridge components ltd');
  });

  it('explains the suggested stage: days overdue of the oldest invoice and the day the stage starts', async () => {
    const { backend: b } = await backend();
    const [minghua] = (await b.load([])).customers;
    expect(minghua!.suggestedBecause).toEqual({ daysOverdue: 99, fromDay: 91 });
    expect(minghua!.contacts).toEqual(['Zhou Min']);
  });

  it('applies the user thresholds to the suggested stage', async () => {
    const { backend: b, items } = await backend();
    await items.defaults.setValue({ lang: 'en', tone: 'neutral', rulePreset: 'none', thresholds: { 'final-notice': 200, 'formal-notice': 200, deadline: 200 }, jurisdiction: 'auto', minGapDays: 7 });
    const data = await b.load([]);
    expect(data.customers[0]!.suggestedStage).toBe('payment-plan');
  });

  it('reports a reset of corrupt stored data as a notice', async () => {
    const { backend: b } = await backend();
    await fakeBrowser.storage.local.set({ profile: 42 });
    const data = await b.load([]);
    expect(data.notices).toEqual(['noticeReset|item_profile']);
    expect(data.customers).toHaveLength(3);
  });
});

describe('picker backend: render', () => {
  it('renders the chosen stage for a listed customer with the address for To', async () => {
    const { backend: b } = await backend();
    const reply = await b.render({ customerKey: 'shanghai minghua electronics co. ltd', stage: 'statement', lang: 'en', tone: 'neutral' });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.to).toBe('ap@minghua-electronics.example');
    expect(reply.text).toContain('INV-2026-0815');
    expect(reply.text).toContain('INV-2026-0902');
    expect(reply.html).toContain('<table');
    expect(reply.subject).toBeTruthy();
  });

  it('states the penalty under the default rule from the formal notice on', async () => {
    const { backend: b, items } = await backend();
    await items.defaults.setValue({ lang: 'en', tone: 'neutral', rulePreset: 'cn-contract-0.05pct-daily', thresholds: {}, jurisdiction: 'auto', minGapDays: 7 });
    const formal = await b.render({ customerKey: 'hengyuan foods (hangzhou) ltd', stage: 'formal-notice', lang: 'en', tone: 'neutral' });
    const friendly = await b.render({ customerKey: 'hengyuan foods (hangzhou) ltd', stage: 'friendly', lang: 'en', tone: 'warm' });
    if (!formal.ok || !friendly.ok) throw new Error('render failed');
    // 36,800.00 × 0.05 % × 76 days = 1,398.40
    expect(formal.text).toContain('1,398.40');
    expect(friendly.text).not.toContain('1,398.40');
  });

  it('uses a stored template override', async () => {
    const { backend: b, items } = await backend();
    await items.templates.setValue({ 'friendly:en': { subject: 'About {{customer.name}}', body: 'Hello {{customer.name}}, please pay {{totals.outstanding}}.' } });
    const reply = await b.render({ customerKey: 'northbridge components ltd', stage: 'friendly', lang: 'en', tone: 'warm' });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.subject).toBe('About Northbridge Components Ltd');
    expect(reply.text).toContain('Hello Northbridge Components Ltd, please pay £4,200.00.');
  });

  it('renders for a customer typed in, and names the field that is wrong', async () => {
    const { backend: b } = await backend();
    const manual = { name: 'Wuxi Lianfa Machinery', email: 'cw@lianfa.example', invoice: 'LF-88', amount: '5,600.00', currency: 'cny', dueDate: '2026-10-31' };
    const ok = await b.render({ manual, stage: 'friendly', lang: 'zh-CN', tone: 'warm' });
    if (!ok.ok) throw new Error(ok.message);
    expect(ok.text).toContain('LF-88');
    expect(ok.to).toBe('cw@lianfa.example');
    const bad = await b.render({ manual: { ...manual, dueDate: '2026-02-30' }, stage: 'friendly', lang: 'zh-CN', tone: 'warm' });
    expect(bad).toEqual({ ok: false, message: 'manualFieldInvalid|field_dueDate|2026-02-30' });
  });

  it('says so when the customer is no longer in the list', async () => {
    const { backend: b } = await backend();
    expect(await b.render({ customerKey: 'gone ltd', stage: 'friendly', lang: 'en', tone: 'warm' })).toEqual({ ok: false, message: 'customerNotFound' });
  });
});

describe('picker backend: short messages for the popup', () => {
  const stages = STAGE_IDS.flatMap((stage) => (['en', 'zh-CN'] as const).flatMap((lang) => (['sms', 'wechat'] as const).map((channel) => ({ stage, lang, channel }))));

  it.each(stages)('writes $stage as $channel in $lang: plain text within 300 characters with the amount, recorded on that channel', async ({ stage, lang, channel }) => {
    const { backend: b } = await backend();
    const reply = await b.render({ customerKey: 'shanghai minghua electronics co. ltd', stage, lang, tone: 'neutral', channel });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.text.length).toBeGreaterThan(40);
    expect(reply.text.length).toBeLessThanOrEqual(300);
    expect(reply.subject).toBeUndefined();
    expect(reply.text).not.toMatch(/<[a-z]/i);
    expect(reply.text).toContain('18,450.50');
    expect(reply.text).toMatch(lang === 'zh-CN' ? /2张发票|INV-2026-0815/ : /2 invoices|INV-2026-0815/);
    expect(reply.record).toMatchObject({ action: 'reminder', stage, channel });
  });

  it('never takes the user\'s e-mail template for a short message, and an unknown channel is e-mail', async () => {
    const { items, backend: b } = await backend();
    await items.templates.setValue({ 'friendly:en': { subject: 'Hi', body: 'MY OWN E-MAIL {{customer.name}}' } });
    const key = 'shanghai minghua electronics co. ltd';
    const sms = await b.render({ customerKey: key, stage: 'friendly', lang: 'en', tone: 'neutral', channel: 'sms' });
    const email = await b.render({ customerKey: key, stage: 'friendly', lang: 'en', tone: 'neutral', channel: 'fax' as never });
    expect(sms.ok && sms.text).not.toContain('MY OWN E-MAIL');
    expect(email.ok && email.text).toContain('MY OWN E-MAIL');
    expect(email.ok && email.record?.channel).toBe('email');
  });
});
