import { toDecimalString, type Money, type MoneyTotal } from '../money.ts';
import type { TemplateLocale } from './template-locale.ts';

// Symbols that read unambiguously to the reader of each locale; the home currency gets the bare sign.
const SYMBOLS: Readonly<Record<TemplateLocale, Readonly<Record<string, string>>>> = {
  'zh-CN': { CNY: '¥', USD: 'US$', EUR: '€', GBP: '£', JPY: 'JP¥', HKD: 'HK$' },
  'en-GB': { GBP: '£', EUR: '€', USD: 'US$', CNY: 'CN¥', JPY: 'JP¥', HKD: 'HK$' },
  'en-US': { USD: '$', EUR: '€', GBP: '£', CNY: 'CN¥', JPY: 'JP¥', HKD: 'HK$' },
};

/**
 * Formats money for a letter: `¥12,000.00` (zh-CN), `£12,000.00` (en-GB), `$12,000.00` (en-US);
 * a currency without a symbol is written `CHF 1,200.00`.
 *
 * Hand-written instead of `Intl.NumberFormat`: Intl takes a binary float, and amounts above
 * 2^53 minor units or symbols vary by ICU build; this works on the exact decimal string.
 */
export function formatMoney(value: Money | MoneyTotal, locale: TemplateLocale): string {
  const decimal = toDecimalString(value);
  const negative = decimal.startsWith('-');
  const unsigned = negative ? decimal.slice(1) : decimal;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const symbol = SYMBOLS[locale][value.currency];
  const body = symbol === undefined ? `${value.currency} ${number}` : `${symbol}${number}`;
  return negative ? `-${body}` : body;
}
