import { parseCurrency } from './parse-currency.ts';
import type { CurrencyCode } from '../currency.ts';

/** Which character separates the decimals when a value alone cannot tell (`1,234`). */
export type DecimalMark = '.' | ',';

/** A parsed amount as an exact decimal: `sign`, integer digits and fraction digits. */
export interface ParsedAmount {
  readonly negative: boolean;
  /** Integer part (no grouping), e.g. `"1234"`. */
  readonly integer: string;
  /** Fraction digits as written, e.g. `"56"`, `""`. */
  readonly fraction: string;
  /** Plain decimal string, e.g. `"-1234.56"`. */
  readonly decimal: string;
  /** Currency named in the text (`¥`, `€`, `USD`, `元`); `¥`/`￥` read as CNY. */
  readonly currency?: CurrencyCode;
  /** Which decimal mark the text itself proves, if any (`1.234,56` proves `,`; `1,234` proves nothing). */
  readonly proves?: DecimalMark;
}

export type AmountResult =
  | { readonly ok: true; readonly value: ParsedAmount }
  | { readonly ok: false; readonly error: { readonly code: 'empty' | 'not-a-number' | 'two-signs'; readonly message: string } };

/** Why an amount with two sign marks is refused, in a bookkeeper's words. */
export const TWO_SIGNS_REASON = 'amount has two minus signs (brackets, a minus or CR), so whether it is negative is unclear';

/**
 * Parses an amount as accountants' exports write it: `¥12,000.00`, `￥8000`, `$1,234.56`,
 * `€ 1.234,56`, `£99`, `USD 1,200`, `8000元`, `1.234,56`, `1 234,56` (also with no-break or
 * narrow no-break spaces), `1'234.50`, `(1,234.56)`, SAP's trailing minus `250,00-`, `−5`
 * (Unicode minus), `1,234.56 CR`, `人民币 500.00`, `500美元`, and Excel's accounting zero `-` / `$ -`.
 * Brackets are a minus sign; an amount with two (`(-5.00)`, `--5`, `-5 CR`) is refused rather
 * than read as positive: two minus signs are a typing slip whose meaning nobody can know.
 *
 * The decimal mark: when both `.` and `,` occur the last one is the decimal mark; a mark that
 * occurs more than once groups thousands; a single mark followed by other than three digits
 * is the decimal mark. A single mark followed by exactly three digits (`1,234`, `1.234`) cannot
 * be told from the value alone: `decimalMark` (decided for the file) says which it is.
 */
export function parseAmount(text: string, decimalMark: DecimalMark = '.'): AmountResult {
  const scan = scanAmount(text, decimalMark);
  if (scan.status !== OK) {
    if (scan.status === EMPTY) return { ok: false, error: { code: 'empty', message: 'amount is empty' } };
    return scan.twoSigns
      ? { ok: false, error: { code: 'two-signs', message: TWO_SIGNS_REASON } }
      : { ok: false, error: { code: 'not-a-number', message: 'amount is not a number' } };
  }
  const integer = scan.source.slice(scan.intStart, scan.intEnd).replace(/\D/g, '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = scan.source.slice(scan.fracStart, scan.fracEnd);
  const decimal = `${scan.negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
  return {
    ok: true,
    value: {
      negative: scan.negative,
      integer,
      fraction,
      decimal,
      ...(scan.currency ? { currency: scan.currency } : {}),
      ...(scan.proves ? { proves: scan.proves } : {}),
    },
  };
}

export const OK = 0;
export const EMPTY = 1;
export const BAD = 2;

/** Mutable scan result, reused across calls on the hot path (one per importer). */
export interface AmountScan {
  status: number;
  negative: boolean;
  /** The digits live in `source`: integer digits at [intStart, intEnd), fraction digits at [fracStart, fracEnd). */
  source: string;
  intStart: number;
  intEnd: number;
  fracStart: number;
  fracEnd: number;
  currency: CurrencyCode | undefined;
  proves: DecimalMark | undefined;
  /** One separator followed by exactly three digits (`1,234`): read by `decimalMark`. */
  ambiguous: boolean;
  /** BAD because the text has two sign marks (`(-5.00)`, `--5`). */
  twoSigns: boolean;
  /**
   * The integer digits' value and the fraction digits' value, read during the scan when the
   * fast path could (at most 15 integer digits, so exact in a double); `intValue` is -1 otherwise.
   * Saves {@link toMinorUnits} a second pass over the digits of nearly every cell.
   */
  intValue: number;
  fracValue: number;
}

/** A fresh scan record for {@link scanAmount}. */
export function newAmountScan(): AmountScan {
  return {
    status: EMPTY, negative: false, source: '', intStart: 0, intEnd: 0, fracStart: 0, fracEnd: 0, currency: undefined, proves: undefined, ambiguous: false, twoSigns: false,
    intValue: -1, fracValue: 0,
  };
}

const SHARED_SCAN = newAmountScan();

// Currency words before or after the number, upper-cased before lookup (a Map: a cell's text
// is never looked up among an object's inherited properties).
const CURRENCY_WORDS: ReadonlyMap<string, CurrencyCode> = new Map([
  ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['HKD', 'HKD'], ['CHF', 'CHF'],
  ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['SGD', 'SGD'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['PLN', 'PLN'],
  ['CZK', 'CZK'], ['TWD', 'TWD'], ['KRW', 'KRW'], ['INR', 'INR'],
  ['US$', 'USD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['NZ$', 'NZD'], ['NT$', 'TWD'], ['R$', 'BRL'],
]);

function symbolCurrency(code: number): CurrencyCode | undefined {
  switch (code) {
    case 0x24: return 'USD'; // $
    case 0xa5: // ¥
    case 0xffe5: return 'CNY'; // ￥
    case 0x20ac: return 'EUR'; // €
    case 0xa3: return 'GBP'; // £
    case 0x5143: return 'CNY'; // 元
    default: return undefined;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The allocation-light core of {@link parseAmount}: fills `out` (or a shared record) and
 * returns it. `status` is OK, EMPTY or BAD. Hand-written rather than a regex because it runs
 * on every amount cell of 100 MB files and must accept many shapes in one pass.
 */
export function scanAmount(text: string, decimalMark: DecimalMark, out: AmountScan = SHARED_SCAN): AmountScan {
  out.status = BAD;
  out.negative = false;
  out.source = text;
  out.intStart = 0;
  out.intEnd = 0;
  out.fracStart = 0;
  out.fracEnd = 0;
  out.currency = undefined;
  out.proves = undefined;
  out.ambiguous = false;
  out.twoSigns = false;
  out.intValue = -1;
  let i = 0;
  let j = text.length;
  while (i < j && isSpace(text.charCodeAt(i))) i++;
  while (j > i && isSpace(text.charCodeAt(j - 1))) j--;
  if (i === j) {
    out.status = EMPTY;
    return out;
  }
  // Fast path: plain digits with at most one '.' (the most common export shape).
  {
    let k = i;
    let neg = false;
    if (text.charCodeAt(k) === 0x2d) { neg = true; k++; }
    const start = k;
    let dot = -1;
    // Comma grouping in a decimal-point file (`1,234,567.89`), checked for groups of three.
    let commas = 0;
    let lastComma = -1;
    let intValue = 0;
    let fracValue = 0;
    for (; k < j; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) {
        if (dot < 0) intValue = intValue * 10 + c - 0x30;
        else fracValue = fracValue * 10 + c - 0x30;
        continue;
      }
      if (c === 0x2e && dot < 0) {
        if (commas > 0 && k - lastComma !== 4) break;
        dot = k;
        continue;
      }
      if (c === 0x2c && dot < 0 && decimalMark === '.') {
        if (commas === 0 ? k === start || k - start > 3 : k - lastComma !== 4) break;
        commas++;
        lastComma = k;
        continue;
      }
      break;
    }
    if (commas > 0 && dot < 0 && j - lastComma !== 4) k = -1;
    if (k === j && k > start && dot !== start && dot !== j - 1) {
      // Exact while the integer part has at most 15 digits (commas included, to stay simple).
      if ((dot < 0 ? j : dot) - start <= 15) {
        out.intValue = intValue;
        out.fracValue = fracValue;
      }
      if (commas > 0) {
        // The digits are read around the commas; a comma and a dot prove the decimal point.
        out.negative = neg;
        out.intStart = start;
        out.intEnd = dot < 0 ? j : dot;
        out.fracStart = dot < 0 ? j : dot + 1;
        out.fracEnd = j;
        if (dot >= 0) out.proves = '.';
        else if (commas === 1) out.ambiguous = true;
        out.status = OK;
        return out;
      }
      out.negative = neg;
      out.intStart = start;
      out.fracStart = out.fracEnd = j;
      if (dot < 0) {
        out.intEnd = j;
      } else {
        out.intEnd = dot;
        out.fracStart = dot + 1;
        if (j - dot - 1 !== 3) out.proves = '.';
        else if (onlyZeros(text, start, dot)) out.proves = '.';
        else out.ambiguous = true;
        if (out.ambiguous && decimalMark === ',') {
          // `1.234` in a decimal-comma file is one thousand two hundred thirty-four: the dot groups.
          out.intEnd = j;
          out.fracStart = j;
          out.intValue = -1;
        }
      }
      out.status = OK;
      return out;
    }
  }
  // Excel's accounting format writes zero as a dash (`-`, `$ -`, `€ –`): a short cell only.
  if (j - i <= 8 && dashZero(text, i, j, out)) return out;
  // Sign marks seen: brackets, a leading or trailing minus, CR. One makes the amount negative.
  let signs = 0;
  let currency: CurrencyCode | undefined;
  // Strip decorations from both ends until only the number is left.
  for (let guard = 0; guard < 8; guard++) {
    let changed = false;
    const c = text.charCodeAt(i);
    const last = text.charCodeAt(j - 1);
    if (c === 0x28 && last === 0x29) { signs++; i++; j--; changed = true; }
    else if (c === 0x2d || c === 0x2212 || c === 0xff0d) { signs++; i++; changed = true; }
    else if (c === 0x2b) { i++; changed = true; }
    else if (symbolCurrency(c) !== undefined) { currency = symbolCurrency(c); i++; changed = true; }
    else if (isHan(c)) {
      // A currency named in Chinese before the number (`人民币 500.00`, `美元1,200`).
      let k = i;
      while (k < j && isHan(text.charCodeAt(k))) k++;
      const word = parseCurrency(text.slice(i, k));
      if (word === undefined) return out;
      currency = word;
      i = k;
      changed = true;
    }
    else if (isLetter(c)) {
      let k = i;
      while (k < j && (isLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 0x24)) k++;
      const word = CURRENCY_WORDS.get(text.slice(i, k).toUpperCase());
      if (word === undefined) return out;
      currency = word;
      i = k;
      changed = true;
    }
    if (j > i) {
      const e = text.charCodeAt(j - 1);
      if (e === 0x2d || e === 0x2212) { signs++; j--; changed = true; }
      else if (isHan(e) && j - i > 1 && isHan(text.charCodeAt(j - 2))) {
        // `500美元`, `1200人民币` (a lone `元` is the symbol below).
        let k = j;
        while (k > i && isHan(text.charCodeAt(k - 1))) k--;
        const word = parseCurrency(text.slice(k, j));
        if (word === undefined) return out;
        currency = word;
        j = k;
        changed = true;
      }
      else if (symbolCurrency(e) !== undefined) { currency = symbolCurrency(e); j--; changed = true; }
      else if (isLetter(e)) {
        let k = j;
        while (k > i && isLetter(text.charCodeAt(k - 1))) k--;
        const word = text.slice(k, j).toUpperCase();
        if (word === 'CR') { signs++; j = k; changed = true; }
        else if (word === 'DR') { j = k; changed = true; }
        else {
          const code = CURRENCY_WORDS.get(word);
          if (code === undefined) return out;
          currency = code;
          j = k;
          changed = true;
        }
      }
    }
    while (i < j && isSpace(text.charCodeAt(i))) i++;
    while (j > i && isSpace(text.charCodeAt(j - 1))) j--;
    if (!changed || i >= j) break;
  }
  if (signs > 1) {
    out.twoSigns = true;
    return out;
  }
  const negative = signs === 1;
  if (i >= j) return out;
  // Now only digits and separators may remain.
  let lastDot = -1;
  let lastComma = -1;
  let dots = 0;
  let commas = 0;
  let digits = 0;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) { digits++; continue; }
    if (c === 0x2e) { dots++; lastDot = k; continue; }
    if (c === 0x2c) { commas++; lastComma = k; continue; }
    if (isSpace(c) || c === 0x27 || c === 0x2019) continue; // grouping: space, NBSP, narrow NBSP, 1'234
    return out;
  }
  if (digits === 0) return out;
  let decimalAt = -1;
  let ambiguous = false;
  let proves: DecimalMark | undefined;
  if (dots > 0 && commas > 0) {
    decimalAt = Math.max(lastDot, lastComma);
    const mark = decimalAt === lastDot ? '.' : ',';
    if ((mark === '.' ? dots : commas) > 1) return out;
    proves = mark;
  } else if (dots + commas === 1) {
    const at = dots ? lastDot : lastComma;
    const mark: DecimalMark = dots ? '.' : ',';
    const after = countDigits(text, at + 1, j);
    const before = countDigits(text, i, at);
    if (after !== 3 || before === 0 || onlyZeros(text, i, at)) {
      decimalAt = at;
      proves = mark;
    } else {
      ambiguous = true;
      if (mark === decimalMark) decimalAt = at;
    }
  }
  // Grouping must come in threes (`1,23,4` is not a number); Indian lakh grouping is not supported.
  let groupLen = -1;
  let intDigits = 0;
  let intEnd = j;
  let fracStart = j;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (k === decimalAt) {
      if (groupLen >= 0 && groupLen !== 3) return out;
      if (countDigits(text, k + 1, j) !== j - k - 1) return out;
      intEnd = k;
      fracStart = k + 1;
      break;
    }
    if (c >= 0x30 && c <= 0x39) {
      intDigits++;
      if (groupLen >= 0) groupLen++;
      continue;
    }
    // a grouping character
    if (intDigits === 0) return out;
    if (groupLen >= 0 && groupLen !== 3) return out;
    groupLen = 0;
  }
  if (decimalAt < 0 && groupLen >= 0 && groupLen !== 3) return out;
  // The digits stay in `text`: grouping characters between them are skipped when read.
  out.negative = negative;
  out.source = text;
  out.intStart = i;
  out.intEnd = intEnd;
  out.fracStart = fracStart;
  out.fracEnd = j;
  out.currency = currency;
  out.proves = proves;
  out.ambiguous = ambiguous;
  out.status = OK;
  return out;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Fills `out` with zero when `text[i, j)` is one dash with at most a currency symbol and spaces. */
function dashZero(text: string, i: number, j: number, out: AmountScan): boolean {
  let dashes = 0;
  let currency: CurrencyCode | undefined;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212) dashes++;
    else if (symbolCurrency(c) !== undefined) currency = symbolCurrency(c);
    else if (!isSpace(c)) return false;
  }
  if (dashes !== 1) return false;
  out.intStart = out.intEnd = out.fracStart = out.fracEnd = j;
  out.currency = currency;
  out.status = OK;
  return true;
}

function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

function onlyZeros(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x31 && c <= 0x39) return false;
  }
  return true;
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Minor units of a scanned amount in a currency with `minorDigits` fraction digits, or
 * `undefined` when it has more significant decimals than the currency allows (input money is
 * taken as written, never rounded) or exceeds the safe-integer range.
 */
export function toMinorUnits(scan: AmountScan, minorDigits: number): number | undefined {
  const s = scan.source;
  const fracLen = scan.fracEnd - scan.fracStart;
  if (scan.intValue >= 0 && fracLen <= minorDigits && minorDigits < POW10.length) {
    // The scan read the digits already: exact integers below 2^53 add and multiply exactly.
    const minor = scan.intValue * (POW10[minorDigits] as number) + scan.fracValue * (POW10[minorDigits - fracLen] as number);
    // A non-negative integer here; past 2^53 it may be rounded but stays past it.
    if (minor > Number.MAX_SAFE_INTEGER) return undefined;
    return scan.negative ? (minor === 0 ? 0 : -minor) : minor;
  }
  for (let k = scan.fracStart + minorDigits; k < scan.fracEnd; k++) if (s.charCodeAt(k) !== 0x30) return undefined;
  let minor = 0;
  for (let k = scan.intStart; k < scan.intEnd; k++) {
    const d = s.charCodeAt(k) - 0x30;
    if (d >= 0 && d <= 9) minor = minor * 10 + d; // grouping characters are skipped
  }
  for (let k = 0; k < minorDigits; k++) minor = minor * 10 + (k < fracLen ? s.charCodeAt(scan.fracStart + k) - 0x30 : 0);
  if (!Number.isSafeInteger(minor)) return undefined;
  return scan.negative ? (minor === 0 ? 0 : -minor) : minor;
}

/** Whether the scan has more significant fraction digits than `minorDigits`. */
export function hasExcessDecimals(scan: AmountScan, minorDigits: number): boolean {
  for (let k = scan.fracStart + minorDigits; k < scan.fracEnd; k++) if (scan.source.charCodeAt(k) !== 0x30) return true;
  return false;
}

/**
 * {@link toMinorUnits}, but more decimals than the currency has are rounded once, half-up
 * (away from zero), instead of refused: for numbers a spreadsheet computed (`=B2*1.13`), which
 * it shows rounded by the cell's format. `undefined` only when the amount is too large.
 */
export function toMinorUnitsRounded(scan: AmountScan, minorDigits: number): number | undefined {
  const exact = toMinorUnits(scan, minorDigits);
  if (exact !== undefined || !hasExcessDecimals(scan, minorDigits)) return exact;
  const s = scan.source;
  let minor = 0;
  for (let k = scan.intStart; k < scan.intEnd; k++) {
    const d = s.charCodeAt(k) - 0x30;
    if (d >= 0 && d <= 9) minor = minor * 10 + d;
  }
  for (let k = 0; k < minorDigits; k++) minor = minor * 10 + (s.charCodeAt(scan.fracStart + k) - 0x30);
  if (s.charCodeAt(scan.fracStart + minorDigits) >= 0x35) minor += 1;
  if (!Number.isSafeInteger(minor)) return undefined;
  return scan.negative ? (minor === 0 ? 0 : -minor) : minor;
}
