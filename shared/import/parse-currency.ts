import type { CurrencyCode } from '../currency.ts';

// A Map, so a cell's text is never looked up among an object's inherited properties.
const NAMES: ReadonlyMap<string, CurrencyCode> = new Map([
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['rmb', 'CNY'], ['元', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['本位币', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['$', 'USD'], ['us$', 'USD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['€', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['英镑', 'GBP'], ['英鎊', 'GBP'], ['£', 'GBP'],
  ['日元', 'JPY'], ['日圓', 'JPY'], ['円', 'JPY'],
  ['港币', 'HKD'], ['港幣', 'HKD'], ['港元', 'HKD'], ['hk$', 'HKD'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'],
]);

/**
 * Reads a currency cell: ISO codes in any case (`usd`, as Stripe writes them), symbols and
 * Chinese names (`人民币`, `美元`). `undefined` when not recognised.
 */
export function parseCurrency(text: string): CurrencyCode | undefined {
  const t = text.trim();
  if (t.length === 3) {
    const a = t.charCodeAt(0) | 0x20;
    const b = t.charCodeAt(1) | 0x20;
    const c = t.charCodeAt(2) | 0x20;
    if (a >= 0x61 && a <= 0x7a && b >= 0x61 && b <= 0x7a && c >= 0x61 && c <= 0x7a) {
      const upper = t.toUpperCase();
      return upper === 'RMB' ? 'CNY' : upper;
    }
  }
  return NAMES.get(t.toLowerCase());
}
