import type { CurrencyCode } from '../../shared/currency.ts';

/**
 * The currency a cell's number format shows, if any: `[$¥-804]#,##0.00` (zh-CN yuan),
 * `[$¥-411]` (yen), `"¥"#,##0.00`, `[$€-407]`, `$#,##0.00`, `£#,##0`, `[$USD] #,##0.00`.
 * Excel stores amounts as plain numbers, so the format is where the currency shows.
 */
export function currencyFromFormat(format: string): CurrencyCode | undefined {
  const iso = /\[\$([A-Z]{3})[\]\s-]/.exec(format);
  if (iso) return iso[1];
  const bracket = /\[\$([^\-\]]+)(?:-([0-9A-Fa-f]+))?\]/.exec(format);
  const symbol = bracket ? bracket[1] : /(?:"([^"]+)"|(?:^|[^\\])([¥￥$€£]))/.exec(format)?.slice(1).find((s) => s !== undefined);
  if (!symbol) return undefined;
  const s = symbol.trim();
  if (s === '¥' || s === '￥') return bracket?.[2]?.toLowerCase() === '411' ? 'JPY' : 'CNY';
  if (s === '元' || s === 'RMB') return 'CNY';
  if (s === '$' || s === 'US$') return 'USD';
  if (s === '€') return 'EUR';
  if (s === '£') return 'GBP';
  if (s === 'HK$') return 'HKD';
  return undefined;
}
