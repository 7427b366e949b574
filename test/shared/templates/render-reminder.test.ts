import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { displayWidth } from '../../../shared/display-width.ts';
import { buildReminderModel } from '../../../shared/templates/build-reminder-model.ts';
import { renderReminder } from '../../../shared/templates/render-reminder.ts';
import { reminderDeadline } from '../../../shared/templates/reminder-dates.ts';
import { CHANNELS, REMINDER_CHANNELS } from '../../../shared/templates/template-library.ts';
import { AS_OF, MIXED_RECEIVABLES, receivable, stageModel } from './reminder-fixtures.ts';

const EVIL = '<img src=x onerror=alert(1)>';

function render(...args: Parameters<typeof renderReminder>) {
  const r = renderReminder(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('HTML output escapes every value', () => {
  const model = buildReminderModel([
    receivable(EVIL, '"><script>alert(2)</script>', 'GBP', '120.00', '0.00', '2026-10-01', { contact: 'O\'Brien & <b>Sons</b>' }),
  ], EVIL, AS_OF);

  it.each([...STAGE_IDS])('a customer called <img …> appears as text in %s', (stage) => {
    for (const channel of REMINDER_CHANNELS) {
      const { html, text } = render({ stage, channel, lang: 'en', model: { ...model, deadline: AS_OF, plan: { instalments: [{ date: AS_OF, amounts: [{ minor: 12000, currency: 'GBP' }] }] } } });
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(text).toContain(EVIL);
    }
  });

  it('a user template cannot inject markup either: its own text is escaped too', () => {
    const { html } = render({ stage: 'friendly', channel: 'email', lang: 'en', model, template: { subject: 'Hi', body: '<a href="javascript:x">{{customer.name}}</a>\n{{> invoices}}' } });
    expect(html).not.toMatch(/<a\s/);
    expect(html).toContain('&lt;a href=&quot;javascript:x&quot;&gt;');
  });
});

describe('renderReminder never produces a message with a gap', () => {
  const model = stageModel('friendly', 'en', RULE_PRESETS['uk-late-payment'] ?? { kind: 'none' }, false);

  it('refuses a user template that names a value this customer lacks, by name and position', () => {
    const r = renderReminder({ stage: 'friendly', channel: 'email', lang: 'en', model, template: { subject: 'Re {{customer.name}}', body: 'Hello,\nCall {{sender.name}} on {{sender.phone}}.' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('missing-value');
    expect('errors' in r.error ? r.error.errors.map((e) => [e.name, e.line, e.column]) : []).toEqual([['sender.name', 2, 6], ['sender.phone', 2, 25]]);
  });

  it('refuses an invalid user template rather than printing raw braces', () => {
    const r = renderReminder({ stage: 'friendly', channel: 'email', lang: 'en', model, template: { body: 'Dear {{customer.name}},\nYou owe {{totals.outstanding | money}' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-template');
  });

  it('a partial with nothing to show (no plan) is refused, not left empty', () => {
    const r = renderReminder({ stage: 'friendly', channel: 'email', lang: 'en', model: { ...model, plan: undefined }, template: { body: '{{> plan}}' } });
    expect(r.ok).toBe(false);
  });

  it('refuses a reminder for a customer with no open invoices, except a thank-you', () => {
    const empty = { ...model, invoices: [], totals: [] };
    expect(renderReminder({ stage: 'friendly', channel: 'email', lang: 'en', model: empty }).ok).toBe(false);
    const thanks = render({ stage: 'thank-you', channel: 'email', lang: 'en', model: empty });
    expect(thanks.text).toContain('fully settled');
  });

  it.each(['zh-CN', 'en'] as const)('without a profile every %s message reads naturally: no empty labels or blank fields', (lang) => {
    for (const stage of STAGE_IDS) {
      for (const channel of REMINDER_CHANNELS) {
        const m = stageModel(stage, lang, RULE_PRESETS[lang === 'en' ? 'uk-late-payment' : 'cn-lpr-1.5x'] ?? { kind: 'none' }, false);
        const { text, subject } = render({ stage, channel, lang, model: { ...m, customer: { name: m.customer.name } } });
        const all = `${subject ?? ''}\n${text}`;
        expect(all).not.toMatch(/undefined|null|NaN|\{\{|\}\}/);
        // A label followed by nothing: "Tel:", "电话：" at the end of a line.
        expect(all).not.toMatch(/(Tel|Email|IBAN|Bank|电话|邮箱|账号)[:：][ \t]*$/m);
        expect(all).not.toMatch(/\(\s*\)|（\s*）/);
        expect(text).toMatch(lang === 'en' ? /Accounts|Counsel|accounts team/ : /财务部|代理律师|财务/);
      }
    }
  });
});

describe('multi-invoice, multi-currency customers', () => {
  const model = buildReminderModel(MIXED_RECEIVABLES, 'nordlicht handels gmbh', AS_OF);

  it('totals each currency separately and never adds them together', () => {
    expect(model.totals.map((t) => [t.currency, t.outstanding.minor])).toEqual([['EUR', 860000], ['USD', 200000]]);
    const { text, html } = render({ stage: 'friendly', channel: 'email', lang: 'en', model });
    expect(text).toContain('Total outstanding: €8,600.00 and US$2,000.00.');
    expect(text).toMatch(/^Total \(EUR\)\s+€8,600\.00$/m);
    expect(text).toMatch(/^Total \(USD\)\s+US\$2,000\.00$/m);
    expect(text).not.toContain('10,600');
    expect(html).toContain('Total (EUR)');
  });

  it('lists every invoice once, in one message, in due-date order', () => {
    const { text } = render({ stage: 'friendly', channel: 'email', lang: 'zh-CN', model });
    const order = ['RE-2026-118', 'RE-2026-131', 'RE-2026-140'].map((n) => text.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('€8,600.00及US$2,000.00');
  });

  it('aligns the plain-text table by display width, CJK characters counting two columns', () => {
    const zh = stageModel('formal-notice', 'zh-CN', RULE_PRESETS['cn-contract-0.05pct-daily'] ?? { kind: 'none' });
    const { text } = render({ stage: 'formal-notice', channel: 'email', lang: 'zh-CN', model: zh });
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('发票号'));
    const rule = lines[start + 1] ?? '';
    expect(rule).toMatch(/^-+$/);
    // Every invoice line ends in the same column as the rule under the header.
    for (const line of lines.slice(start + 2, start + 5)) expect(displayWidth(line)).toBe(rule.length);
    const header = lines[start] ?? '';
    const col = (s: string, needle: string) => displayWidth(s.slice(0, s.indexOf(needle) + needle.length));
    expect(col(lines[start + 2] ?? '', '¥10,000.00')).toBe(col(header, '未付金额'));
  });
});

describe('tone', () => {
  const model = stageModel('friendly', 'en', RULE_PRESETS['uk-late-payment'] ?? { kind: 'none' });
  it('varies the wording by tone where the stage allows it', () => {
    const warm = render({ stage: 'friendly', channel: 'email', lang: 'en', tone: 'warm', model }).text;
    const firm = render({ stage: 'friendly', channel: 'email', lang: 'en', tone: 'firm', model }).text;
    expect(warm).toContain('I hope you are well.');
    expect(firm).toContain('Please arrange payment within the next few days');
    expect(firm).not.toContain('I hope you are well.');
  });
  it('falls back to an allowed tone with a warning', () => {
    const r = render({ stage: 'courtesy', channel: 'email', lang: 'en', tone: 'firm', model });
    expect(r.warnings).toEqual(['tone "firm" is not used for courtesy; wrote it as "warm"']);
  });
  it('warns about threat words in a user template for an early stage', () => {
    const r = render({ stage: 'friendly', channel: 'email', lang: 'en', model, template: { body: 'Pay {{totals.outstanding}} or we start legal action.' } });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('"legal action" (line 2, column');
  });
});

describe('penalty and deadline', () => {
  it('states the penalty, its basis and working only from formal-notice on', () => {
    const model = stageModel('friendly', 'zh-CN', RULE_PRESETS['cn-contract-0.05pct-daily'] ?? { kind: 'none' });
    const friendly = render({ stage: 'friendly', channel: 'email', lang: 'zh-CN', model }).text;
    const formal = render({ stage: 'formal-notice', channel: 'letter', lang: 'zh-CN', model }).text;
    expect(friendly).not.toMatch(/违约金|万分之五|¥415\.00/);
    expect(formal).toContain('万分之五');
    expect(formal).toContain('第五百八十五条');
    // FP-2026-0815: ¥10,000.00 × 0.05% × 83 days (2026-09-01 … 2026-11-22) = ¥415.00.
    expect(formal).toMatch(/FP-2026-0815\s+2026年9月1日\s+2026年11月22日\s+83\s+¥10,000\.00\s+日0\.05%\s+¥415\.00/);
    expect(formal).toContain('合计¥22,449.06');
  });

  it('the deadline message names one date: the deadline', () => {
    const model = stageModel('deadline', 'en', RULE_PRESETS['uk-late-payment'] ?? { kind: 'none' });
    const { text } = render({ stage: 'deadline', channel: 'email', lang: 'en', model });
    const prose = text.split('\n').filter((l) => !/^(INV-|Invoice|Total {2}|-{5})/.test(l)).join('\n');
    const dates = new Set(prose.match(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/g));
    expect([...dates].sort()).toEqual(['22 November 2026', '4 December 2026']);
  });
});

describe('escalation lists only what is overdue', () => {
  // One invoice 33 days overdue, one falling due in 5 days: the second is not a debt in default.
  const model = buildReminderModel([
    receivable('Bristol Print Works Ltd', 'INV-2026-0520', 'GBP', '3450.00', '0.00', '2026-10-20'),
    receivable('Bristol Print Works Ltd', 'INV-2026-0547', 'GBP', '1280.50', '0.00', '2026-11-27'),
  ], 'Bristol Print Works Ltd', AS_OF, { deadline: reminderDeadline(AS_OF, 10, 'en') });

  it.each(['deadline', 'formal-notice', 'final-notice', 'legal'] as const)('%s leaves out the invoice not yet due, totals and all, and says so', (stage) => {
    for (const channel of CHANNELS) {
      const r = render({ stage, channel, lang: 'en', model });
      expect(`${r.subject ?? ''}\n${r.text}`).not.toContain('INV-2026-0547');
      expect(r.text).toContain('£3,450.00');
      expect(r.text).not.toMatch(/£4,730\.50|£1,280\.50/);
      expect(r.warnings).toEqual(['INV-2026-0547 not yet due as of 2026-11-22: left out of the ' + stage + ' message']);
    }
  });

  it.each(['friendly', 'statement', 'payment-plan'] as const)('%s still lists every open invoice', (stage) => {
    const { text, warnings } = render({ stage, channel: 'email', lang: 'en', model });
    expect(text).toContain('INV-2026-0547');
    expect(text).toContain('£4,730.50');
    expect(warnings).toEqual([]);
  });

  it('a friendly reminder does not call an invoice that is not yet due "past due"', () => {
    const en = render({ stage: 'friendly', channel: 'email', lang: 'en', model }).text;
    expect(en).toContain('the following 2 invoices for Bristol Print Works Ltd are open as of 22 November 2026, some of them past their due dates:');
    expect(en).not.toContain('have passed their due dates');
    expect(render({ stage: 'friendly', channel: 'phone', lang: 'en', model }).text).toContain('INV-2026-0520 and INV-2026-0547, some of which are now past due.');
    const zh = render({ stage: 'friendly', channel: 'letter', lang: 'zh-CN', model }).text;
    expect(zh).toContain('以下2张发票尚未结清，其中部分已过付款期限：');
    expect(zh).not.toContain('发票已过付款期限');
  });

  it('refuses a formal notice to a customer with nothing overdue', () => {
    const early = buildReminderModel([receivable('Shenzhen Qiaotou Foods', 'INV-2026-0601', 'CNY', '15000.00', '0.00', '2026-12-01')], 'Shenzhen Qiaotou Foods', AS_OF);
    const r = renderReminder({ stage: 'formal-notice', channel: 'letter', lang: 'zh-CN', model: early });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('nothing-overdue');
  });
});

describe('HTML structure', () => {
  it('turns paragraphs into <p>, dash lines into lists and the invoices into a table', () => {
    const model = stageModel('friendly', 'en', RULE_PRESETS['uk-late-payment'] ?? { kind: 'none' });
    const { html } = render({ stage: 'friendly', channel: 'email', lang: 'en', model });
    expect(html).toContain('<p>Payment details:</p><ul><li>Account name: Calder Valley Components Ltd</li>');
    expect(html).toMatch(/<table[^>]*><thead><tr><th[^>]*>Invoice<\/th>/);
    expect(html).toContain('<td style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:right">£10,000.00</td>');
    expect(html).toContain('<p>With thanks and best wishes,<br>Tom Whitaker<br>');
  });
});

describe('locale', () => {
  it('writes US dates and dollars for en-US, and the same facts', () => {
    const model = buildReminderModel([receivable('Acme Corp', 'A-77', 'USD', '12000.00', '0.00', '2026-10-23')], 'Acme Corp', AS_OF);
    const { text } = render({ stage: 'friendly', channel: 'email', lang: 'en', locale: 'en-US', model });
    expect(text).toContain('as of November 22, 2026');
    expect(text).toMatch(/A-77\s+October 23, 2026\s+\$12,000\.00\s+\$12,000\.00\s+30/);
    const gb = render({ stage: 'friendly', channel: 'email', lang: 'en', model }).text;
    expect(gb).toContain('as of 22 November 2026');
    expect(gb).toContain('US$12,000.00');
  });
});
