import { isDecimalString, ratioFromDecimal, rcompare, rdiv, ratio, ZERO } from '../ratio.ts';
import { exactDecimal } from './exact-decimal.ts';
import type { PenaltyRule } from './types.ts';

/** Why a penalty cell could not be read: a stable code, the text, and the reason in a bookkeeper's words. */
export interface PenaltyTextError {
  readonly code: 'penalty-text-unit' | 'penalty-text-number' | 'penalty-text-unreadable' | 'penalty-text-too-high';
  readonly value: string;
  readonly message: string;
}

type Result = { ok: true; value: PenaltyRule | undefined } | { ok: false; error: PenaltyTextError };

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese number up to 千 with an optional 点 part (`五`, `十五`, `二十`, `三点五`, `一百`), as a decimal string. */
export function chineseNumber(text: string): string | undefined {
  const [whole = '', fraction] = text.split('点');
  if (whole === '' || text.split('点').length > 2) return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  for (const ch of whole) {
    if (Object.hasOwn(CN_DIGITS, ch)) { current = CN_DIGITS[ch] as number; any = true; continue; }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (unit === 0) return undefined;
    total += (current === 0 && unit === 10 && !any ? 1 : current) * unit;
    current = 0;
    any = true;
  }
  total += current;
  if (fraction === undefined) return String(total);
  let digits = '';
  for (const ch of fraction) {
    if (!Object.hasOwn(CN_DIGITS, ch)) return undefined;
    digits += String(CN_DIGITS[ch]);
  }
  return digits === '' ? undefined : `${total}.${digits}`;
}

/** A number written in digits or in Chinese, as a decimal string. */
function numberText(text: string): string | undefined {
  const t = text.replace(/,/g, '').trim();
  if (isDecimalString(t)) return t;
  return chineseNumber(t);
}

const FRACTION_WORDS: Readonly<Record<string, bigint>> = { 百分之: 100n, 千分之: 1000n, 万分之: 10000n };

type Unit = 'day' | 'month' | 'year';

// "per day / month / year" in the forms contracts and exports use.
const UNIT_PATTERNS: readonly (readonly [Unit, RegExp])[] = [
  ['day', /\b(?:day|days|daily|diem|d)\b|日|天/i],
  ['month', /\b(?:month|monthly|mo|mth)\b|月|每月|按月|\/月/i],
  ['year', /\b(?:annum|year|yearly|annual|annually|yr|y)\b|\bp\.\s*a\b\.?|\bpa\b|年|每年|年利率|年化|\/年/i],
];

/**
 * Reads a contract's late-payment penalty as an export or a sheet writes it, into a rule:
 * `日万分之五`, `万分之五/日`, `每日万分之三点五`, `0.05%/day`, `0.05% per day`, `1.5%/month`,
 * `月1.5%`, `8% p.a.`, `年利率8%`, `年化 8%`, `0.0005/day`. An empty cell gives no rule (the
 * default applies); `无` / `none` gives `{ kind: 'none' }`. A text without a period (`万分之五`
 * alone), with two, or that is not a rate is refused with the reason, never guessed.
 *
 * @example
 * parsePenaltyText('日万分之五') // { ok: true, value: { kind: 'daily-rate', rate: '0.0005' } }
 */
export function parsePenaltyText(raw: string): Result {
  const value = raw.normalize('NFKC').trim();
  const fail = (code: PenaltyTextError['code'], message: string): Result => ({ ok: false, error: { code, value: raw, message } });
  if (value === '') return { ok: true, value: undefined };
  if (/^(无|没有|不计|none|no|n\/a|nil|-|—)$/i.test(value)) return { ok: true, value: { kind: 'none' } };
  if (/LPR|贷款市场报价利率/i.test(value)) return fail('penalty-text-unreadable', 'is an LPR-based measure, not an agreed rate: choose a cn-lpr rule for this customer in the rules file');
  const compact = value.replace(/\s+/g, ' ');

  // The rate: "万分之五", "百分之八", "0.05%", "0.0005" (a bare fraction, only with a unit).
  let rate: string | undefined;
  const word = /(百分之|千分之|万分之)([零〇一二两三四五六七八九十百千点\d.]+)/.exec(compact);
  const percent = /(\d[\d,]*(?:\.\d+)?)\s*(%|‰)/.exec(compact);
  if (word) {
    const n = numberText(word[2] as string);
    if (n === undefined) return fail('penalty-text-number', `"${word[0]}" is not a number we can read`);
    rate = exactDecimal(rdiv(ratioFromDecimal(n), ratio(FRACTION_WORDS[word[1] as string] as bigint)));
  } else if (percent) {
    const n = numberText(percent[1] as string);
    if (n === undefined) return fail('penalty-text-number', `"${percent[0]}" is not a number we can read`);
    rate = exactDecimal(rdiv(ratioFromDecimal(n), ratio(percent[2] === '‰' ? 1000n : 100n)));
  } else {
    const bare = /(?:^|[^\d.])(0\.\d+)(?:$|[^\d.%])/.exec(compact);
    if (bare) rate = bare[1];
  }
  if (rate === undefined) return fail('penalty-text-unreadable', 'is not a penalty rate such as 日万分之五, 0.05%/day, 1.5%/month or 8% p.a.');
  if ((compact.match(/(百分之|千分之|万分之|%|‰)/g)?.length ?? 0) > 1) return fail('penalty-text-unreadable', 'names more than one rate; put one rate in the cell');

  const rest = compact.replace(word?.[0] ?? percent?.[0] ?? rate, ' ');
  const units = UNIT_PATTERNS.filter(([, re]) => re.test(rest)).map(([u]) => u);
  if (units.length === 0) return fail('penalty-text-unit', 'says no period: write per day, per month or per year (日 / 月 / 年)');
  if (units.length > 1) return fail('penalty-text-unit', `names more than one period (${units.join(', ')}); write one of per day, per month, per year`);
  if (rcompare(ratioFromDecimal(rate), ZERO) <= 0) return fail('penalty-text-number', 'is a rate of zero; write 无 / none for no penalty');
  const unit = units[0] as Unit;
  // 100 % a day is no penalty clause but a typing slip; refused rather than computed.
  if (rcompare(ratioFromDecimal(rate), ratio(1n)) >= 0 && unit !== 'year') return fail('penalty-text-too-high', `is ${exactDecimal(ratioFromDecimal(rate))} of the balance per ${unit}: at least 100 %; check the cell`);
  if (unit === 'day') return { ok: true, value: { kind: 'daily-rate', rate } };
  if (unit === 'month') return { ok: true, value: { kind: 'monthly-rate', rate } };
  return { ok: true, value: { kind: 'annual-rate', rate } };
}
