import { describe, expect, it } from 'vitest';
import type { ContactChannel } from '../../../shared/contact-channel.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { citedContacts } from '../../../shared/templates/cited-contacts.ts';
import { contactList } from '../../../shared/templates/contact-list.ts';
import type { TemplateLocale } from '../../../shared/templates/template-locale.ts';

const contacts = (...pairs: Array<[string, ContactChannel]>) => pairs.map(([date, channel]) => ({ date: plainDate(date), channel }));

describe('contactList names each earlier contact by date and channel', () => {
  const cases: Array<[string, ReturnType<typeof contacts>, TemplateLocale, string]> = [
    ['the example of the brief, in Chinese', contacts(['2026-10-12', 'email'], ['2026-10-26', 'letter']), 'zh-CN', '2026年10月12日以邮件、10月26日以书面函件'],
    ['the example of the brief, in English', contacts(['2026-10-12', 'email'], ['2026-10-26', 'letter']), 'en-GB', 'by email on 12 October 2026 and by letter on 26 October 2026'],
    ['American dates', contacts(['2026-10-12', 'email'], ['2026-10-26', 'letter']), 'en-US', 'by email on October 12, 2026 and by letter on October 26, 2026'],
    ['one contact', contacts(['2026-11-03', 'phone']), 'zh-CN', '2026年11月3日以电话'],
    ['a visit and short messages', contacts(['2026-09-30', 'sms'], ['2026-10-08', 'wechat'], ['2026-10-20', 'visit']), 'zh-CN', '2026年9月30日以短信、10月8日以微信、10月20日上门'],
    ['a visit and short messages, in English', contacts(['2026-09-30', 'sms'], ['2026-10-08', 'wechat'], ['2026-10-20', 'visit']), 'en-GB', 'by text message on 30 September 2026, by WeChat on 8 October 2026 and in person on 20 October 2026'],
    ['the year written again when it changes', contacts(['2025-12-29', 'email'], ['2026-01-05', 'letter'], ['2026-01-19', 'phone']), 'zh-CN', '2025年12月29日以邮件、2026年1月5日以书面函件、1月19日以电话'],
    ['a run on one channel named once', contacts(['2026-10-12', 'email'], ['2026-10-19', 'email'], ['2026-10-26', 'letter']), 'zh-CN', '2026年10月12日、10月19日以邮件，10月26日以书面函件'],
    ['a run on one channel named once, in English', contacts(['2026-10-12', 'email'], ['2026-10-19', 'email'], ['2026-10-26', 'letter']), 'en-GB', 'by email on 12 October 2026 and 19 October 2026, and by letter on 26 October 2026'],
  ];
  it.each(cases)('%s', (_label, list, locale, expected) => {
    expect(contactList(list, locale)).toBe(expected);
  });
});

describe('citedContacts', () => {
  const asOf = plainDate('2026-11-22');
  it('cites contacts up to as-of, oldest first, each date and channel once', () => {
    const { cited, later } = citedContacts({
      contacts: contacts(['2026-10-26', 'letter'], ['2026-10-12', 'email'], ['2026-10-26', 'letter'], ['2026-10-26', 'phone'], ['2026-11-22', 'email']),
    }, asOf);
    expect(cited.map((c) => `${c.date} ${c.channel}`)).toEqual(['2026-10-12 email', '2026-10-26 letter', '2026-10-26 phone', '2026-11-22 email']);
    expect(later).toEqual([]);
  });

  it('leaves out a contact dated after as-of and returns it, to be reported', () => {
    const { cited, later } = citedContacts({ contacts: contacts(['2026-10-12', 'email'], ['2026-12-01', 'letter']) }, asOf);
    expect(cited.map((c) => c.date)).toEqual(['2026-10-12']);
    expect(later.map((c) => c.date)).toEqual(['2026-12-01']);
  });

  it('cites nothing without a history', () => {
    expect(citedContacts(undefined, asOf)).toEqual({ cited: [], later: [] });
  });
});
