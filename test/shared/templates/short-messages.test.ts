import { describe, expect, it } from 'vitest';
import type { Receivable } from '../../../shared/import/types.ts';
import { computePenalty, RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { STAGE_IDS, type StageId } from '../../../shared/stage-id.ts';
import { checkTone, COURTEOUS_STAGES } from '../../../shared/templates/check-tone.ts';
import { buildReminderModel } from '../../../shared/templates/build-reminder-model.ts';
import { formatDate } from '../../../shared/templates/format-date.ts';
import { formatMoney } from '../../../shared/templates/format-money.ts';
import { planDates, reminderDeadline } from '../../../shared/templates/reminder-dates.ts';
import type { ReminderHistory } from '../../../shared/templates/reminder-history.ts';
import type { ReminderModel, ReminderProfile } from '../../../shared/templates/reminder-model.ts';
import { renderReminder } from '../../../shared/templates/render-reminder.ts';
import { SHORT_CHANNELS, SHORT_MESSAGE_LIMIT } from '../../../shared/templates/template-library.ts';
import type { TemplateLang, TemplateLocale } from '../../../shared/templates/template-locale.ts';
import { AS_OF, receivable, stageModel } from './reminder-fixtures.ts';

const LANGS: readonly TemplateLang[] = ['zh-CN', 'en'];
const RULES = { 'zh-CN': RULE_PRESETS['cn-contract-0.05pct-daily'], en: RULE_PRESETS['uk-late-payment'] } as const;
const PENALTY_STAGES: readonly StageId[] = ['formal-notice', 'final-notice', 'legal'];
const locale = (lang: TemplateLang): TemplateLocale => (lang === 'zh-CN' ? 'zh-CN' : 'en-GB');

/**
 * The longest message a real customer is likely to get: 14 open invoices in two currencies of
 * about 98.8 million each, a customer name of 28 Chinese characters or 77 letters, a long branch
 * name, an IBAN and a 60-character payment link, eight earlier contacts and a broken promise.
 */
function worstCase(lang: TemplateLang, stage: StageId): ReminderModel {
  const zh = lang === 'zh-CN';
  const name = zh ? '上海宏达机电设备有限公司浦东新区张江高科技园区第二分公司' : 'Harrow & Finch Precision Engineering and Industrial Supplies (Midlands) Limited';
  const rows: Receivable[] = Array.from({ length: 14 }, (_, i) => receivable(
    name, `${zh ? 'FP' : 'INV'}-2026-${100123 + i}`, i % 4 === 3 ? (zh ? 'USD' : 'EUR') : zh ? 'CNY' : 'GBP',
    '98765432.10', i === 0 ? '1.23' : '0.00', `2026-0${1 + (i % 9)}-28`, { contact: zh ? '欧阳建国' : 'Priya Shah-Whitfield' },
  ));
  const profile: ReminderProfile = zh ? {
    company: { name: '苏州恒信精密制造股份有限公司', phone: '0512-6289 0000' },
    sender: { name: '李明', phone: '0512-6289 0101' },
    bank: { accountName: '苏州恒信精密制造股份有限公司', name: '中国工商银行股份有限公司苏州工业园区星湖街支行', account: '1102 0201 0900 1234 567' },
    paymentLink: 'https://pay.hengxin.example.cn/invoices/customer/HD-2026-0042',
  } : {
    company: { name: 'Calder Valley Components Ltd', phone: '+44 1422 555 010' },
    sender: { name: 'Tom Whitaker', phone: '+44 7700 900 123' },
    bank: { accountName: 'Calder Valley Components Ltd', name: 'Barclays Bank UK PLC', iban: 'GB33 BUKB 2020 1555 5555 55', bic: 'BUKBGB22' },
    paymentLink: 'https://pay.caldervalley.example.co.uk/invoices/HF-2026-0042',
  };
  const channels = ['email', 'phone', 'letter', 'sms', 'wechat', 'visit'] as const;
  const history: ReminderHistory = {
    contacts: ['2026-09-07', '2026-09-21', '2026-10-05', '2026-10-12', '2026-10-26', '2026-11-03', '2026-11-10', '2026-11-17']
      .map((date, i) => ({ date: plainDate(date), channel: channels[i % channels.length] ?? 'email' })),
    promise: { amount: { minor: 123_456_789, currency: zh ? 'CNY' : 'GBP' }, until: plainDate('2026-11-15') },
  };
  const rule = RULES[lang];
  if (rule === undefined) throw new Error('preset missing');
  return buildReminderModel(rows, name, AS_OF, {
    penaltyFor: (r) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf: AS_OF, rule }, { lang }),
    rule, lang, profile, history,
    deadline: reminderDeadline(AS_OF, 10, lang),
    ...(stage === 'payment-plan' || stage === 'plan-confirmation' ? { planDates: planDates(AS_OF, 6, lang) } : {}),
  });
}

const CASES: Array<[string, (lang: TemplateLang, stage: StageId) => ReminderModel]> = [
  ['the sample customer', (lang, stage) => stageModel(stage, lang, RULES[lang] ?? { kind: 'none' })],
  ['the worst realistic case', worstCase],
];

describe.each(CASES)('short messages for %s', (_label, modelFor) => {
  describe.each(LANGS)('%s', (lang) => {
    describe.each([...STAGE_IDS])('%s', (stage) => {
      it.each([...SHORT_CHANNELS])(`%s fits in ${SHORT_MESSAGE_LIMIT} characters with the amount, the invoices, the date and how to pay`, (channel) => {
        const model = modelFor(lang, stage);
        const r = renderReminder({ stage, channel, lang, model });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const { subject, text, html, warnings } = r.value;
        expect(text.length).toBeLessThanOrEqual(SHORT_MESSAGE_LIMIT);
        expect(warnings.filter((w) => !w.includes('not yet due'))).toEqual([]);
        expect(subject).toBeUndefined();
        // Plain text: no placeholder left, no table, no markup, no trailing line break to count.
        expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|-{5}|<[a-z]/);
        expect(text).toBe(text.trim());
        expect(html).toContain('<p>');

        // Every invoice of these customers is overdue (the courtesy ones not yet due), so no stage narrows the totals.
        const shown = PENALTY_STAGES.includes(stage) && model.penalty !== undefined ? 'total' : 'outstanding';
        for (const t of model.totals) expect(text).toContain(formatMoney(t[shown], locale(lang)));

        const numbers = model.invoices.map((i) => i.invoice);
        const count = lang === 'zh-CN' ? `${numbers.length}张发票` : `${numbers.length} invoices`;
        if (numbers.length > 1) expect(numbers.every((n) => text.includes(n)) || text.includes(count)).toBe(true);
        else expect(text).toContain(numbers[0]);

        const date = (d: string) => [formatDate(plainDate(d), locale(lang)), formatDate(plainDate(d), locale(lang), 'short')];
        const when = stage === 'courtesy' ? model.invoices.map((i) => i.dueDate).sort()[0]
          : stage === 'follow-up' ? model.promise?.date
            : stage === 'plan-confirmation' ? model.plan?.instalments[0]?.date
              : stage === 'thank-you' ? undefined : model.deadline;
        if (when !== undefined) expect(date(when).some((d) => text.includes(d))).toBe(true);

        if (stage !== 'thank-you') {
          const bank = model.bank;
          const ways = [bank?.account, bank?.iban, model.paymentLink, '发票所列', '收款账户见发票', 'on the invoice'].filter((w): w is string => w !== undefined);
          expect(ways.some((w) => text.includes(w))).toBe(true);
        }
        if (COURTEOUS_STAGES.includes(stage)) expect(checkTone(text, stage, lang)).toEqual([]);
      });
    });
  });
});

describe('what a short message keeps when space is short', () => {
  it('lists the invoice numbers while they fit, and gives their count when they do not', () => {
    const sample = renderReminder({ stage: 'friendly', channel: 'sms', lang: 'zh-CN', model: stageModel('friendly', 'zh-CN', RULES['zh-CN'] ?? { kind: 'none' }) });
    expect(sample.ok && sample.value.text).toContain('3张发票（FP-2026-0815、FP-2026-0902及FP-2026-1011）');
    const worst = renderReminder({ stage: 'friendly', channel: 'sms', lang: 'zh-CN', model: worstCase('zh-CN', 'friendly') });
    expect(worst.ok && worst.value.text).toContain('14张发票');
    expect(worst.ok && worst.value.text).not.toContain('FP-2026-100124');
  });

  it('cites every earlier contact while they fit, then the last one and how many', () => {
    const history: ReminderHistory = { contacts: [{ date: plainDate('2026-10-12'), channel: 'email' }, { date: plainDate('2026-10-26'), channel: 'letter' }] };
    const model = { ...stageModel('deadline', 'zh-CN', RULES['zh-CN'] ?? { kind: 'none' }), history };
    const r = renderReminder({ stage: 'deadline', channel: 'wechat', lang: 'zh-CN', model });
    expect(r.ok && r.value.text).toContain('我方已于2026年10月12日以邮件、10月26日以书面函件催告付款。');
    const worst = renderReminder({ stage: 'deadline', channel: 'sms', lang: 'zh-CN', model: worstCase('zh-CN', 'deadline') });
    expect(worst.ok && worst.value.text).toContain('此前我方已催告8次（最近一次：2026年11月17日，电话）');
    const en = renderReminder({ stage: 'final-notice', channel: 'sms', lang: 'en', model: worstCase('en', 'final-notice') });
    expect(en.ok && en.value.text).toContain('Last reminder: 17 Nov 2026 (phone).');
  });

  it('claims no earlier contact without a history, in any stage', () => {
    for (const lang of LANGS) {
      for (const stage of STAGE_IDS) {
        const model = { ...worstCase(lang, stage), history: undefined };
        for (const channel of SHORT_CHANNELS) {
          const r = renderReminder({ stage, channel, lang, model });
          expect(r.ok && r.value.text).not.toMatch(/催告\d+次|联系\d+次|我方已于|我方曾于|Last (reminder|contact)|wrote to you|contacted you/);
        }
      }
    }
  });

  it('warns, and still gives the text, when a user template is too long for a short message', () => {
    const model = stageModel('friendly', 'en', RULES.en ?? { kind: 'none' });
    const r = renderReminder({ stage: 'friendly', channel: 'sms', lang: 'en', model, template: { body: `${'Please pay. '.repeat(30)}{{totals.outstanding}}` } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text.length).toBeGreaterThan(SHORT_MESSAGE_LIMIT);
    expect(r.value.warnings).toEqual([`the sms message is ${r.value.text.length} characters, more than the ${SHORT_MESSAGE_LIMIT} a short message should have`]);
  });
});
