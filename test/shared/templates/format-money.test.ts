import { describe, expect, it } from 'vitest';
import { money } from '../../../shared/money.ts';
import { formatMoney } from '../../../shared/templates/format-money.ts';
import type { TemplateLocale } from '../../../shared/templates/template-locale.ts';

describe('formatMoney writes amounts exactly from minor units', () => {
  const cases: Array<[number, string, TemplateLocale, string]> = [
    [1_200_000, 'CNY', 'zh-CN', '¥12,000.00'],
    [1_200_000, 'GBP', 'en-GB', '£12,000.00'],
    [1_200_000, 'USD', 'en-US', '$12,000.00'],
    [1_200_000, 'USD', 'en-GB', 'US$12,000.00'],
    [1_200_000, 'CNY', 'en-GB', 'CN¥12,000.00'],
    [865_050, 'CNY', 'zh-CN', '¥8,650.50'],
    [5, 'EUR', 'en-GB', '€0.05'],
    [0, 'GBP', 'en-GB', '£0.00'],
    [-41_500, 'CNY', 'zh-CN', '-¥415.00'],
    [1_500_000, 'JPY', 'en-GB', 'JP¥1,500,000'],
    [123_456, 'CHF', 'en-GB', 'CHF 1,234.56'],
    [1_234_567, 'KWD', 'en-GB', 'KWD 1,234.567'],
    // Beyond float precision for cents: 2^53 − 1 minor units still prints every digit.
    [9_007_199_254_740_991, 'CNY', 'zh-CN', '¥90,071,992,547,409.91'],
  ];
  it.each(cases)('%i %s in %s → %s', (minor, currency, locale, expected) => {
    expect(formatMoney(money(minor, currency), locale)).toBe(expected);
  });
});
