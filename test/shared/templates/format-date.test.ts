import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../shared/plain-date.ts';
import { formatDate } from '../../../shared/templates/format-date.ts';
import type { TemplateLocale } from '../../../shared/templates/template-locale.ts';

describe('formatDate writes the calendar day in every time zone', () => {
  const cases: Array<[string, TemplateLocale, string]> = [
    ['2026-11-22', 'zh-CN', '2026年11月22日'],
    ['2026-11-22', 'en-GB', '22 November 2026'],
    ['2026-11-22', 'en-US', 'November 22, 2026'],
    ['2026-01-01', 'zh-CN', '2026年1月1日'],
    ['2024-02-29', 'en-GB', '29 February 2024'],
    ['2026-12-31', 'en-US', 'December 31, 2026'],
  ];
  it.each(cases)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatDate(plainDate(iso), locale)).toBe(expected);
  });

  it.each([
    ['2026-09-04', 'en-GB', '4 Sep 2026'],
    ['2026-12-31', 'en-US', 'Dec 31, 2026'],
    ['2026-05-01', 'en-GB', '1 May 2026'],
    ['2026-11-22', 'zh-CN', '2026年11月22日'],
  ] as Array<[string, TemplateLocale, string]>)('short style for a short message: %s in %s → %s', (iso, locale, expected) => {
    expect(formatDate(plainDate(iso), locale, 'short')).toBe(expected);
  });
});
