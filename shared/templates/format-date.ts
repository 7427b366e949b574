import { dateParts, type PlainDate } from '../plain-date.ts';
import type { TemplateLocale } from './template-locale.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * A date as written in a letter: `2026年11月22日` (zh-CN), `22 November 2026` (en-GB),
 * `November 22, 2026` (en-US). `short` abbreviates the English month for short messages
 * (`22 Nov 2026`, `Nov 22, 2026`); Chinese dates are already short. Works on the date parts, so
 * no time zone can shift the day.
 */
export function formatDate(date: PlainDate, locale: TemplateLocale, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = dateParts(date);
  if (locale === 'zh-CN') return `${year}年${month}月${day}日`;
  const full = MONTHS[month - 1] ?? String(month);
  const name = style === 'short' ? full.slice(0, 3) : full;
  return locale === 'en-US' ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
}
