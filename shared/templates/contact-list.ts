import type { ContactChannel } from '../contact-channel.ts';
import { dateParts } from '../plain-date.ts';
import { formatDate } from './format-date.ts';
import { joinList } from './join-list.ts';
import type { ReminderContact } from './reminder-history.ts';
import type { TemplateLocale } from './template-locale.ts';

/** How a channel is named in a message ("以邮件催告", "by email on …"). */
const CHANNEL_WORDS: Readonly<Record<'zh' | 'en', Readonly<Record<ContactChannel, string>>>> = {
  zh: { email: '邮件', phone: '电话', letter: '书面函件', sms: '短信', wechat: '微信', visit: '上门' },
  en: { email: 'email', phone: 'phone', letter: 'letter', sms: 'text message', wechat: 'WeChat', visit: 'in person' },
};

/** A channel's name in a message: `邮件`, `书面函件`; `email`, `letter`, `text message`. */
export function channelWord(channel: ContactChannel, locale: TemplateLocale): string {
  return CHANNEL_WORDS[locale === 'zh-CN' ? 'zh' : 'en'][channel];
}

/** Channels that leave a written record ("we wrote to you"), unlike a call or a visit. */
export function isWrittenChannel(channel: ContactChannel): boolean {
  return channel !== 'phone' && channel !== 'visit';
}

/**
 * The contacts as one phrase to put after "我方已于" / "We wrote to you": each date with its
 * channel, oldest first, a run of contacts by the same channel named once.
 *
 * @example
 * contactList([{ date: '2026-10-12', channel: 'email' }, { date: '2026-10-26', channel: 'letter' }], 'zh-CN')
 * // → '2026年10月12日以邮件、10月26日以书面函件'
 * contactList(same, 'en-GB') // → 'by email on 12 October 2026 and by letter on 26 October 2026'
 */
export function contactList(contacts: readonly ReminderContact[], locale: TemplateLocale): string {
  const runs: { channel: ContactChannel; dates: ReminderContact['date'][] }[] = [];
  for (const c of contacts) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.channel === c.channel) last.dates.push(c.date);
    else runs.push({ channel: c.channel, dates: [c.date] });
  }
  const grouped = runs.some((r) => r.dates.length > 1);
  if (locale === 'zh-CN') {
    // A date in the same year as the one before it is written without the year, as in a letter.
    let year: number | undefined;
    const phrases = runs.map((run) => {
      const dates = run.dates.map((d) => {
        const parts = dateParts(d);
        const text = parts.year === year ? `${parts.month}月${parts.day}日` : formatDate(d, locale);
        year = parts.year;
        return text;
      });
      return `${dates.join('、')}${run.channel === 'visit' ? '上门' : `以${channelWord(run.channel, locale)}`}`;
    });
    return phrases.join(grouped ? '，' : '、');
  }
  const phrases = runs.map((run) => {
    const how = run.channel === 'visit' ? 'in person' : `by ${channelWord(run.channel, locale)}`;
    return `${how} on ${joinList(run.dates.map((d) => formatDate(d, locale)), locale)}`;
  });
  if (!grouped || phrases.length < 2) return joinList(phrases, locale);
  return `${phrases.slice(0, -1).join(', ')}, and ${phrases[phrases.length - 1] ?? ''}`;
}
