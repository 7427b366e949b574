import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '../../../shared/contact-channel.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import type { Money } from '../../../shared/money.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { dateParts, fromEpochDay, plainDate, toEpochDay, type PlainDate } from '../../../shared/plain-date.ts';
import { STAGE_IDS, type StageId } from '../../../shared/stage-id.ts';
import { buildReminderModel } from '../../../shared/templates/build-reminder-model.ts';
import { formatDate } from '../../../shared/templates/format-date.ts';
import { formatMoney } from '../../../shared/templates/format-money.ts';
import type { ReminderHistory } from '../../../shared/templates/reminder-history.ts';
import type { ReminderModel } from '../../../shared/templates/reminder-model.ts';
import { renderReminder, type RenderReminderInput } from '../../../shared/templates/render-reminder.ts';
import { CHANNELS, REMINDER_CHANNELS, SHORT_CHANNELS, type Channel } from '../../../shared/templates/template-library.ts';
import type { TemplateLang } from '../../../shared/templates/template-locale.ts';
import { validateTemplate } from '../../../shared/templates/validate-template.ts';
import { AS_OF, stageModel } from './reminder-fixtures.ts';

const LANGS: readonly TemplateLang[] = ['zh-CN', 'en'];
const RULES = { 'zh-CN': RULE_PRESETS['cn-contract-0.05pct-daily'], en: RULE_PRESETS['uk-late-payment'] } as const;
/** Stages whose messages cite the earlier contacts (the statement and everything after it). */
const CITING: readonly StageId[] = ['statement', 'payment-plan', 'deadline', 'formal-notice', 'final-notice', 'legal', 'follow-up'];

const d = (text: string): PlainDate => plainDate(text);
const cny = (minor: number): Money => ({ minor, currency: 'CNY' });
const gbp = (minor: number): Money => ({ minor, currency: 'GBP' });

/** An email, a letter and a call, as the collection log records them. */
const HISTORY: ReminderHistory = {
  contacts: [
    { date: d('2026-10-26'), channel: 'letter', stage: 'statement' },
    { date: d('2026-10-12'), channel: 'email', stage: 'friendly' },
    { date: d('2026-11-09'), channel: 'phone' },
  ],
};
/** The same contacts as each message must cite them, oldest first. */
const CITED: Record<TemplateLang, string> = {
  'zh-CN': '2026年10月12日以邮件、10月26日以书面函件、11月9日以电话',
  en: 'by email on 12 October 2026, by letter on 26 October 2026 and by phone on 9 November 2026',
};

function model(stage: StageId, lang: TemplateLang, history?: ReminderHistory): ReminderModel {
  const rule = RULES[lang];
  if (rule === undefined) throw new Error('preset missing');
  const base = stageModel(stage, lang, rule);
  return history === undefined ? base : { ...base, history };
}

/** The fixture customer's open invoices as the importer gives them, to build models the way the front doors do. */
function receivablesOf(lang: TemplateLang): Receivable[] {
  return stageModel('friendly', lang, RULES[lang] ?? { kind: 'none' }).invoices.map((i, n) => ({
    row: n + 2, customer: lang === 'zh-CN' ? '上海宏达机电设备有限公司' : 'Harrow & Finch Engineering Ltd', invoice: i.invoice,
    currency: i.amount.currency, amount: i.amount, paid: i.paid, outstanding: i.outstanding, dueDate: i.dueDate,
  }));
}
const CUSTOMER: Record<TemplateLang, string> = { 'zh-CN': '上海宏达机电设备有限公司', en: 'Harrow & Finch Engineering Ltd' };

function render(input: RenderReminderInput) {
  const r = renderReminder(input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

// Words that claim or count earlier contacts (a list of this test's own, wider than the renderer's).
const CLAIMS_ZH = /多次|此前|曾于|曾就|我方已于|我们已于|委托人已于|经我方|经委托人|上次|一再|屡次|再次催告|再次提醒|已催告|已提醒|催告过|提醒过|联系过/;
const CLAIMS_EN = /previous|earlier (reminder|letter|e-?mail|message)|several reminders|repeated|reminded you|wrote to you|written (to you )?before|contacted you|last (conversation|contact|reminder|letter)|recent conversation|despite (our|them|this)|further to our|following our|as we (said|mentioned)/i;

describe.each(LANGS)('messages in %s', (lang) => {
  describe.each([...STAGE_IDS])('%s', (stage) => {
    it.each([...REMINDER_CHANNELS])('%s without a history claims no earlier contact and counts none', (channel) => {
      const { subject, text } = render({ stage, channel, lang, model: model(stage, lang) });
      const all = `${subject ?? ''}\n${text}`;
      expect(all).not.toMatch(CLAIMS_ZH);
      expect(all).not.toMatch(CLAIMS_EN);
    });

    if (!CITING.includes(stage)) return;
    it.each([...CHANNELS])('%s with a history cites every contact by date and channel, oldest first', (channel) => {
      const { text, warnings } = render({ stage, channel, lang, model: model(stage, lang, HISTORY) });
      expect(warnings).toEqual([]);
      expect(text).toContain(CITED[lang]);
    });
  });
});

describe('the citation in each stage reads as the sentence it belongs to', () => {
  const cases: Array<[StageId, TemplateLang, Channel, string]> = [
    ['deadline', 'zh-CN', 'email', `我方已于${CITED['zh-CN']}催告付款，但截至2026年11月22日，上海宏达机电设备有限公司的以下3张发票仍未付款：`],
    ['final-notice', 'zh-CN', 'letter', `我方已于${CITED['zh-CN']}催告付款，但截至2026年11月22日，上海宏达机电设备有限公司的以下3张发票仍未付款：`],
    ['formal-notice', 'zh-CN', 'email', `我方已于${CITED['zh-CN']}催告付款，贵司至今未付。`],
    ['legal', 'zh-CN', 'letter', `委托人已于${CITED['zh-CN']}向贵司催告付款，但截至2026年11月22日上述款项仍未支付：`],
    ['statement', 'zh-CN', 'email', `我方曾于${CITED['zh-CN']}就上述款项与贵司联系。`],
    ['deadline', 'zh-CN', 'phone', `此前联系：${CITED['zh-CN']}。`],
    ['deadline', 'en', 'email', `We contacted you ${CITED.en} asking for payment. Despite this, the following 3 invoices for Harrow & Finch Engineering Ltd remain unpaid as of 22 November 2026:`],
    ['final-notice', 'en', 'letter', `We contacted you ${CITED.en} asking for payment. Despite this, the following 3 invoices`],
    ['legal', 'en', 'email', `which remain unpaid as of 22 November 2026, although our client asked you for payment ${CITED.en}:`],
    ['statement', 'en', 'letter', `We contacted you about these invoices ${CITED.en}.`],
    ['payment-plan', 'en', 'email', `We contacted you ${CITED.en} about the following 3 invoices for Harrow & Finch Engineering Ltd, still open as of 22 November 2026:`],
  ];
  it.each(cases)('%s (%s, %s)', (stage, lang, channel, sentence) => {
    expect(render({ stage, channel, lang, model: model(stage, lang, HISTORY) }).text).toContain(sentence);
  });

  it('says "wrote to you" when every contact was in writing, as in the brief', () => {
    const written: ReminderHistory = { contacts: [{ date: d('2026-10-12'), channel: 'email' }, { date: d('2026-10-26'), channel: 'letter' }] };
    const { text } = render({ stage: 'final-notice', channel: 'email', lang: 'en', model: model('final-notice', 'en', written) });
    expect(text).toContain('We wrote to you by email on 12 October 2026 and by letter on 26 October 2026 asking for payment.');
    const zh = render({ stage: 'final-notice', channel: 'letter', lang: 'zh-CN', model: model('final-notice', 'zh-CN', written) }).text;
    expect(zh).toContain('我方已于2026年10月12日以邮件、10月26日以书面函件催告');
  });

  it('tells counsel what the cited demands are worth, and asks for them when none are recorded', () => {
    const zhWith = render({ stage: 'legal', channel: 'email', lang: 'zh-CN', model: model('legal', 'zh-CN', HISTORY) }).text;
    expect(zhWith).toContain('第一条所列催告（3次）中断诉讼时效（《民法典》第一百九十五条）');
    expect(render({ stage: 'legal', channel: 'email', lang: 'zh-CN', model: model('legal', 'zh-CN') }).text).toContain('未附催告记录');
    const enWith = render({ stage: 'legal', channel: 'letter', lang: 'en', model: model('legal', 'en', HISTORY) }).text;
    expect(enWith).toContain("Our client's requests for payment (3) are cited in paragraph 1");
  });

  it('cites no contact in the early stages, where there is nothing to insist on', () => {
    for (const lang of LANGS) {
      for (const stage of ['courtesy', 'friendly'] as const) {
        expect(render({ stage, channel: 'email', lang, model: model(stage, lang, HISTORY) }).text).not.toContain(CITED[lang]);
      }
    }
  });

  it('leaves out a contact dated after the message, and says so', () => {
    const later: ReminderHistory = { contacts: [...HISTORY.contacts, { date: d('2026-12-01'), channel: 'visit' }] };
    const { text, warnings } = render({ stage: 'deadline', channel: 'email', lang: 'zh-CN', model: model('deadline', 'zh-CN', later) });
    expect(text).toContain(`我方已于${CITED['zh-CN']}催告付款`);
    expect(text).not.toContain('12月1日');
    expect(warnings).toEqual(['the contact of 2026-12-01 (visit) is dated after 2026-11-22: not cited']);
  });

  it('refuses a history that is not one, naming the field', () => {
    const broken = { contacts: [{ date: '2026-13-01', channel: 'email' }] } as unknown as ReminderHistory;
    const r = renderReminder({ stage: 'deadline', channel: 'email', lang: 'en', model: model('deadline', 'en', broken) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-history', field: 'history.contacts[0].date', value: '2026-13-01' });
  });

  it('an empty history is no history: nothing is cited or claimed', () => {
    const { text } = render({ stage: 'final-notice', channel: 'email', lang: 'zh-CN', model: model('final-notice', 'zh-CN', { contacts: [] }) });
    expect(text).not.toMatch(CLAIMS_ZH);
  });
});

describe('a follow-up cites the promise, with its amount and date', () => {
  const promise = (lang: TemplateLang) => ({ amount: lang === 'zh-CN' ? cny(2_000_000) : gbp(2_000_000), until: d('2026-11-15') });
  const cases: Array<[TemplateLang, Channel, string]> = [
    ['zh-CN', 'email', '感谢贵司告知将于2026年11月15日前支付¥20,000.00。'],
    ['zh-CN', 'letter', '感谢贵司告知将于2026年11月15日前支付¥20,000.00。'],
    ['zh-CN', 'phone', '贵司预计在2026年11月15日前支付¥20,000.00，但我们目前还没有收到'],
    ['zh-CN', 'sms', '感谢贵司告知将于2026年11月15日前付款¥20,000.00。'],
    ['zh-CN', 'wechat', '感谢贵司告知将于2026年11月15日前付款¥20,000.00。'],
    ['en', 'email', 'Thank you for letting us know that payment of £20,000.00 would be made by 15 November 2026.'],
    ['en', 'letter', 'Thank you for letting us know that payment of £20,000.00 would be made by 15 November 2026.'],
    ['en', 'phone', 'You told us that payment of £20,000.00 would be made by 15 November 2026'],
    ['en', 'sms', 'You expected to pay £20,000.00 by 15 Nov 2026.'],
    ['en', 'wechat', 'You expected to pay £20,000.00 by 15 Nov 2026.'],
  ];
  it.each(cases)('%s %s', (lang, channel, sentence) => {
    // As the collection log hands it over: the promise comes with the history.
    const m = buildReminderModel(receivablesOf(lang), CUSTOMER[lang], AS_OF, { history: { contacts: [], promise: promise(lang) } });
    expect(m.promise).toEqual({ date: '2026-11-15', amount: promise(lang).amount });
    expect(render({ stage: 'follow-up', channel, lang, model: m }).text).toContain(sentence);
  });

  it('a deadline after a broken promise says so, truthfully', () => {
    const m = { ...model('deadline', 'zh-CN', HISTORY), promise: { date: d('2026-11-15'), amount: cny(2_000_000) } };
    expect(render({ stage: 'deadline', channel: 'email', lang: 'zh-CN', model: m }).text)
      .toContain('贵司曾承诺于2026年11月15日前支付¥20,000.00，但截至2026年11月22日上述款项仍未结清。');
    const en = { ...model('final-notice', 'en', HISTORY), promise: { date: d('2026-11-15'), amount: gbp(2_000_000) } };
    expect(render({ stage: 'final-notice', channel: 'letter', lang: 'en', model: en }).text)
      .toContain('You told us that payment of £20,000.00 would be made by 15 November 2026; as of 22 November 2026 the invoices above remain unpaid.');
  });
});

describe('a plan confirmation lists the agreed instalments with exact money', () => {
  const receivables = receivablesOf;
  // ¥21,850.50 owed: three instalments that add up to it exactly, given out of date order.
  const plan = (currency: 'CNY' | 'GBP', amounts: readonly number[]) => ({
    instalments: amounts.map((minor, i) => ({ amount: { minor, currency }, until: d(['2027-01-15', '2026-12-15', '2027-02-15'][i] ?? '2027-03-15') })),
  });
  const cases: Array<[TemplateLang, Channel, readonly RegExp[]]> = [
    ['zh-CN', 'email', [/第1期\s+2026年12月15日\s+¥7,000\.00/, /第2期\s+2027年1月15日\s+¥7,000\.00/, /第3期\s+2027年2月15日\s+¥7,850\.50/, /最后一期款项到账后，上述账款即全部结清。/]],
    ['zh-CN', 'letter', [/第1期\s+2026年12月15日\s+¥7,000\.00/, /第3期\s+2027年2月15日\s+¥7,850\.50/]],
    ['zh-CN', 'phone', [/第1期\s+2026年12月15日\s+¥7,000\.00/, /第3期\s+2027年2月15日\s+¥7,850\.50/]],
    ['zh-CN', 'sms', [/\n第1期：2026年12月15日前付¥7,000\.00\n第2期：2027年1月15日前付¥7,000\.00\n第3期：2027年2月15日前付¥7,850\.50\n/]],
    ['zh-CN', 'wechat', [/\n第1期：2026年12月15日前付¥7,000\.00\n第2期：2027年1月15日前付¥7,000\.00\n第3期：2027年2月15日前付¥7,850\.50\n/]],
  ];
  it.each(cases)('%s %s', (lang, channel, patterns) => {
    const m = buildReminderModel(receivables(lang), '上海宏达机电设备有限公司', AS_OF, { history: { contacts: [], plan: plan('CNY', [700_000, 700_000, 785_050]) } });
    expect(m.plan?.agreed).toBe(true);
    const { text } = render({ stage: 'plan-confirmation', channel, lang, model: m });
    for (const p of patterns) expect(text).toMatch(p);
  });

  it.each([...REMINDER_CHANNELS])('in English (%s)', (channel) => {
    const m = buildReminderModel(receivables('en'), 'Harrow & Finch Engineering Ltd', AS_OF, { history: { contacts: [], plan: plan('GBP', [500_000, 500_000, 576_000]) } });
    const { text } = render({ stage: 'plan-confirmation', channel, lang: 'en', model: m });
    if (SHORT_CHANNELS.includes(channel)) {
      expect(text).toContain('\n1. £5,000.00 by 15 Dec 2026\n2. £5,000.00 by 15 Jan 2027\n3. £5,760.00 by 15 Feb 2027\n');
    } else {
      expect(text).toMatch(/^1\s+15 December 2026\s+£5,000\.00$/m);
      expect(text).toMatch(/^2\s+15 January 2027\s+£5,000\.00$/m);
      expect(text).toMatch(/^3\s+15 February 2027\s+£5,760\.00$/m);
    }
  });

  it('a plan that covers part of the balance says how much, and does not promise the account will be settled', () => {
    const m = buildReminderModel(receivables('zh-CN'), '上海宏达机电设备有限公司', AS_OF, { history: { contacts: [], plan: plan('CNY', [500_000, 500_000]) } });
    const { text } = render({ stage: 'plan-confirmation', channel: 'email', lang: 'zh-CN', model: m });
    expect(text).toContain('未付合计¥21,850.50，其中双方约定分2期支付¥10,000.00：');
    expect(text).not.toContain('全部结清');
  });
});

describe('templates written by users see the history the same safe way', () => {
  const source = [
    '{{#if history.contacts}}',
    '我方已于{{history.contactList}}催告（共{{history.contactCount}}次）：',
    '{{#each history.contacts}}',
    '{{contact.number}}. {{contact.date}}（{{contact.channel}}）',
    '{{/each}}',
    '{{/if}}',
    '{{totals.outstanding}}',
  ].join('\n');

  it('renders the contacts one by one', () => {
    const { text, warnings } = render({ stage: 'deadline', channel: 'email', lang: 'zh-CN', model: model('deadline', 'zh-CN', HISTORY), template: { body: source } });
    expect(text).toContain(`我方已于${CITED['zh-CN']}催告（共3次）：\n1. 2026年10月12日（邮件）\n2. 2026年10月26日（书面函件）\n3. 2026年11月9日（电话）`);
    expect(warnings).toEqual([]);
  });

  it('validates history placeholders by name and position, and requires {{#if}} around them', () => {
    expect(validateTemplate(source)).toEqual({ ok: true });
    const unknown = validateTemplate('Hi\n{{history.contactLst}}');
    expect(unknown.ok ? [] : unknown.errors.map((e) => [e.code, e.name, e.line, e.column])).toEqual([['unknown-placeholder', 'history.contactLst', 2, 1]]);
    const missing = validateTemplate('We wrote {{history.contactList}}.', { model: model('deadline', 'en'), lang: 'en' });
    expect(missing.ok ? [] : missing.errors.map((e) => [e.code, e.name])).toEqual([['missing-value', 'history.contactList']]);
    const flag = validateTemplate('{{history.allWritten}}');
    expect(flag.ok ? [] : flag.errors.map((e) => e.code)).toEqual(['not-printable']);
  });

  it('warns when a user template claims earlier contacts that the history does not record', () => {
    const claim = { body: '我方此前已多次催告，请于{{deadline}}前付款{{totals.outstanding}}。' };
    const without = render({ stage: 'final-notice', channel: 'email', lang: 'zh-CN', model: model('final-notice', 'zh-CN'), template: claim });
    expect(without.warnings.some((w) => w.includes('"多次催告"') && w.includes('history records none'))).toBe(true);
    const withHistory = render({ stage: 'final-notice', channel: 'email', lang: 'zh-CN', model: model('final-notice', 'zh-CN', HISTORY), template: claim });
    expect(withHistory.warnings).toEqual([]);
    const en = render({ stage: 'deadline', channel: 'email', lang: 'en', model: model('deadline', 'en'), template: { body: 'Despite our previous reminders, {{totals.outstanding}} is unpaid.' } });
    expect(en.warnings).toEqual([expect.stringContaining('"previous reminders"')]);
  });
});

describe('property: any history', () => {
  const FIRST = toEpochDay(d('2023-01-01'));
  const LAST = toEpochDay(AS_OF);
  const date = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);
  const history: fc.Arbitrary<ReminderHistory> = fc.record({
    contacts: fc.array(fc.record({
      date, channel: fc.constantFrom(...CONTACT_CHANNELS), stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
    }, { requiredKeys: ['date', 'channel'] }), { maxLength: 14 }),
    promise: fc.option(fc.record({ amount: fc.integer({ min: 1, max: 1e12 }).map(cny), until: date }), { nil: undefined }),
    plan: fc.option(fc.record({ instalments: fc.array(fc.record({ amount: fc.integer({ min: 1, max: 1e11 }).map(cny), until: date }), { minLength: 1, maxLength: 8 }) }), { nil: undefined }),
  }, { requiredKeys: ['contacts'] });

  it('renders every stage, channel and language without throwing; long messages cite every contact date; short ones stay within 300', () => {
    fc.assert(fc.property(history, fc.constantFrom(...STAGE_IDS), fc.constantFrom(...REMINDER_CHANNELS), fc.constantFrom(...LANGS), (h, stage, channel, lang) => {
      const rule = RULES[lang] ?? { kind: 'none' as const };
      const base = stageModel(stage, lang, rule);
      const m = { ...base, history: h };
      const r = renderReminder({ stage, channel, lang, model: m });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      if (SHORT_CHANNELS.includes(channel)) {
        expect(r.value.text.length).toBeLessThanOrEqual(300);
        return;
      }
      if (!CITING.includes(stage)) return;
      for (const c of h.contacts) {
        if (lang === 'en') {
          expect(r.value.text).toContain(formatDate(c.date, 'en-GB'));
        } else {
          // A Chinese list writes the year only where it changes (2026年10月12日、10月26日).
          const { year, month, day } = dateParts(c.date);
          expect(r.value.text).toContain(`${month}月${day}日`);
          expect(r.value.text).toContain(`${year}年`);
        }
      }
    }), { numRuns: 150 });
  });

  it('through buildReminderModel: the promise and the agreed plan come out with exact money', () => {
    fc.assert(fc.property(history, (h) => {
      const m = buildReminderModel(receivablesOf('zh-CN'), CUSTOMER['zh-CN'], AS_OF, { history: h, deadline: AS_OF });
      if (h.promise !== undefined) {
        const text = render({ stage: 'follow-up', channel: 'email', lang: 'zh-CN', model: m }).text;
        expect(text).toContain(`${formatDate(h.promise.until, 'zh-CN')}前支付${formatMoney(h.promise.amount, 'zh-CN')}`);
      }
      if (h.plan !== undefined) {
        const text = render({ stage: 'plan-confirmation', channel: 'email', lang: 'zh-CN', model: m }).text;
        for (const p of h.plan.instalments) expect(text).toMatch(new RegExp(`${formatDate(p.until, 'zh-CN')}\\s+${formatMoney(p.amount, 'zh-CN').replace(/[$.]/g, '\\$&')}`));
      }
    }), { numRuns: 100 });
  });
});
