import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { formatDate } from '../../../shared/templates/format-date.ts';
import { formatMoney } from '../../../shared/templates/format-money.ts';
import { renderReminder } from '../../../shared/templates/render-reminder.ts';
import { CHANNELS } from '../../../shared/templates/template-library.ts';
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
