import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { formatDate } from '../../../shared/templates/format-date.ts';
import { formatMoney } from '../../../shared/templates/format-money.ts';
import { renderReminder } from '../../../shared/templates/render-reminder.ts';
import { CHANNELS, SHORT_CHANNELS } from '../../../shared/templates/template-library.ts';
import type { ReminderHistory } from '../../../shared/templates/reminder-history.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import type { TemplateLang, TemplateLocale } from '../../../shared/templates/template-locale.ts';
import { stageModel } from './reminder-fixtures.ts';

const RULES = { 'zh-CN': RULE_PRESETS['cn-contract-0.05pct-daily'], en: RULE_PRESETS['uk-late-payment'] } as const;
const LANGS: readonly TemplateLang[] = ['zh-CN', 'en'];
const locale = (lang: TemplateLang): TemplateLocale => (lang === 'zh-CN' ? 'zh-CN' : 'en-GB');

describe.each(LANGS)('library %s', (lang) => {
  const rule = RULES[lang];
  if (rule === undefined) throw new Error('preset missing');
  describe.each([...STAGE_IDS])('%s', (stage) => {
    it.each([...CHANNELS])('%s renders every fact of a multi-invoice customer (snapshot read once by a person)', (channel) => {
      const model = stageModel(stage, lang, rule);
      const result = renderReminder({ stage, channel, lang, model });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const { subject, text, html, warnings } = result.value;
      expect(warnings).toEqual([]);
      const all = `${subject ?? ''}\n${text}`;
      expect(all).not.toMatch(/\{\{|\}\}|undefined|NaN|null/);
      expect(text).toContain(model.customer.name);
      for (const inv of model.invoices) {
        expect(text).toContain(inv.invoice);
        expect(text).toContain(formatMoney(inv.outstanding, locale(lang)));
        expect(text).toContain(formatDate(inv.dueDate, locale(lang)));
        if (inv.daysOverdue > 0) expect(text).toMatch(new RegExp(`\\s${inv.daysOverdue}(\\s|$)`, 'm'));
      }
      for (const t of model.totals) expect(text).toContain(formatMoney(t.outstanding, locale(lang)));
      if (channel === 'phone') expect(subject).toBeUndefined();
      else expect(subject).toContain(model.customer.name);
      expect(html).not.toMatch(/\{\{|\}\}/);
      expect(html).toContain('<table');
      expect(`${subject ?? '(call script)'}\n\n${text}`).toMatchSnapshot();
    });
  });
});

// The earlier contacts as the collection log gives them: what messages from the statement on cite.
const HISTORY: ReminderHistory = {
  contacts: [
    { date: plainDate('2026-10-12'), channel: 'email', stage: 'friendly' },
    { date: plainDate('2026-10-26'), channel: 'letter', stage: 'statement' },
    { date: plainDate('2026-11-09'), channel: 'phone' },
  ],
};

describe.each(LANGS)('short messages %s', (lang) => {
  const rule = RULES[lang];
  if (rule === undefined) throw new Error('preset missing');
  describe.each([...STAGE_IDS])('%s', (stage) => {
    it.each([...SHORT_CHANNELS])('%s, without and with a history (snapshot read once by a person)', (channel) => {
      const texts = [undefined, HISTORY].map((history) => {
        const model = stageModel(stage, lang, rule);
        const result = renderReminder({ stage, channel, lang, model: history === undefined ? model : { ...model, history } });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        expect(result.value.text.length).toBeLessThanOrEqual(300);
        return result.value.text;
      });
      expect(texts.join(`\n\n${'='.repeat(20)} with history ${'='.repeat(20)}\n\n`)).toMatchSnapshot();
    });
  });
});

describe.each(LANGS)('with a history %s', (lang) => {
  const rule = RULES[lang];
  if (rule === undefined) throw new Error('preset missing');
  it.each(['statement', 'payment-plan', 'deadline', 'formal-notice', 'final-notice', 'legal', 'follow-up'] as const)('%s cites the contacts in the email and the call (snapshot read once by a person)', (stage) => {
    const texts = (['email', 'phone'] as const).map((channel) => {
      const result = renderReminder({ stage, channel, lang, model: { ...stageModel(stage, lang, rule), history: HISTORY } });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return `${result.value.subject ?? '(call script)'}\n\n${result.value.text}`;
    });
    expect(texts.join(`\n${'='.repeat(40)}\n\n`)).toMatchSnapshot();
  });
});
