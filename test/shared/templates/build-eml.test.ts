import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { base64, buildEml } from '../../../shared/templates/build-eml.ts';
import { renderReminder } from '../../../shared/templates/render-reminder.ts';
import { statementCsv } from '../../../shared/templates/statement-csv.ts';
import { stageModel } from './reminder-fixtures.ts';

function rendered(lang: 'zh-CN' | 'en') {
  const model = stageModel('statement', lang, RULE_PRESETS['none'] ?? { kind: 'none' });
  const r = renderReminder({ stage: 'statement', channel: 'email', lang, model });
  if (!r.ok) throw new Error(r.error.message);
  return { model, ...r.value };
}

describe('buildEml writes drafts that parse as valid MIME', () => {
  it.each(['zh-CN', 'en'] as const)('a %s reminder round-trips: To, Subject, plain text, HTML, attachment', async (lang) => {
    const { model, subject, text, html } = rendered(lang);
    const csv = statementCsv(model, lang);
    const { eml, warnings } = buildEml({
      to: { name: model.customer.contact ?? model.customer.name, address: 'accounts@customer.example.com' },
      from: { name: '李明 / Tom', address: 'ar@supplier.example.com' },
      subject: subject ?? '', text, html,
      attachments: [{ filename: lang === 'zh-CN' ? '对账单-2026-11-22.csv' : 'statement.csv', contentType: 'text/csv; charset=UTF-8', content: csv }],
    });
    expect(warnings).toEqual([]);
    expect(eml).toMatch(/^MIME-Version: 1\.0\r\nX-Unsent: 1\r\n/);
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    const mail = await PostalMime.parse(eml);
    expect(mail.subject).toBe(subject);
    expect(mail.to).toEqual([{ name: model.customer.contact ?? model.customer.name, address: 'accounts@customer.example.com' }]);
    expect(mail.from).toEqual({ name: '李明 / Tom', address: 'ar@supplier.example.com' });
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(text);
    expect(mail.html).toContain(html.split('\n')[1] ?? 'x');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.attachments).toHaveLength(1);
    const att = mail.attachments[0];
    expect(att?.mimeType).toBe('text/csv');
    expect(att?.filename).toBe(lang === 'zh-CN' ? '对账单-2026-11-22.csv' : 'statement.csv');
    const content = att?.content;
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content ?? new ArrayBuffer(0));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('a line break in a customer name or subject cannot add a header', async () => {
    const name = 'Evil Ltd\r\nBcc: victim@example.com\nX-Injected: yes';
    const { eml } = buildEml({ to: { name, address: 'ap@evil.example.com' }, subject: `Reminder – ${name}`, text: 'Hello', html: '<p>Hello</p>' });
    const mail = await PostalMime.parse(eml);
    const keys = mail.headers.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('x-injected');
    expect(mail.bcc).toBeUndefined();
    expect(mail.to).toEqual([{ name: 'Evil Ltd Bcc: victim@example.com X-Injected: yes', address: 'ap@evil.example.com' }]);
    expect(mail.subject).toBe('Reminder – Evil Ltd Bcc: victim@example.com X-Injected: yes');
  });

  it('an address that is not plain local@domain is left out, with a warning', async () => {
    const { eml, warnings } = buildEml({ to: { address: 'a@b.example\r\nBcc: c@d.example' }, subject: 'x', text: 'x', html: 'x' });
    expect(warnings).toEqual(['To left empty: "a@b.example Bcc: c@d.example" is not an e-mail address']);
    const mail = await PostalMime.parse(eml);
    expect(mail.to).toBeUndefined();
    expect(mail.bcc).toBeUndefined();
  });

  it('quotes an ASCII display name with specials', async () => {
    const { eml } = buildEml({ to: { name: 'Harrow, Finch & "Sons"', address: 'a@b.example' }, subject: 'x', text: 'x', html: 'x' });
    expect(eml).toContain('To: "Harrow, Finch & \\"Sons\\"" <a@b.example>');
    const mail = await PostalMime.parse(eml);
    expect(mail.to).toEqual([{ name: 'Harrow, Finch & "Sons"', address: 'a@b.example' }]);
  });

  it('base64 matches RFC 4648 test vectors', () => {
    const cases: Array<[string, string]> = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foobar', 'Zm9vYmFy'], ['逾期', '6YC+5pyf']];
    for (const [input, expected] of cases) expect(base64(new TextEncoder().encode(input))).toBe(expected);
  });
});

describe('statementCsv', () => {
  it('quotes and neutralises text (at the start and after ; , or tab) and keeps amounts and dates as plain values', () => {
    const model = stageModel('statement', 'en', { kind: 'none' });
    const csv = statementCsv({ ...model, customer: { name: '=HYPERLINK("http://x","y")' } }, 'en');
    expect(csv.startsWith('\uFEFF"Customer","Invoice"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")","INV-10231",2026-07-29,2026-08-28,"GBP",4800.00,0.00,4800.00,86\r\n`);
    expect(csv).toContain('"Total as at 2026-11-22",,,,"GBP",,,15760.00,\r\n');
    const semicolon = statementCsv({ ...model, customer: { name: "Acme;=cmd|' /C calc'!A0;" } }, 'en');
    expect(semicolon).toContain(`"Acme;'=cmd|' /C calc'!A0;","INV-10231",`);
  });
});
