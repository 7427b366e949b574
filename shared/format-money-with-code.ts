import { toDecimalString, type Money } from './money.ts';

/**
 * Money with its ISO code and thousands separators, the same in every language: `CNY 20,000.00`,
 * `JPY 150,000`. For tables and sentences that list several currencies side by side, where a
 * symbol (¥ is both yuan and yen) would be ambiguous; letters use the templates' formatMoney.
 */
export function formatMoneyWithCode(value: Money): string {
  const decimal = toDecimalString(value);
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction] = (negative ? decimal.slice(1) : decimal).split('.');
  // Groups of three from the right, by slicing (the look-ahead regular expression this replaced
  // rescanned the digits at every position: the day's agenda formats every customer's amounts).
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += ',' + whole.slice(i, i + 3);
  return `${negative ? '-' : ''}${value.currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}
