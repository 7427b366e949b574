import { normalizeHeader } from './header-synonyms.ts';

/**
 * Whether a row right under a header row is a second header level: the sub-labels of merged
 * header cells (`本期应收` over `数量 | 原币 | 本币`, `Amount` over `Original | Local`). Such a row
 * has at least two labels, none of them a number or a date.
 */
export function isSubHeaderRow(cells: readonly string[]): boolean {
  let labels = 0;
  for (const raw of cells) {
    const c = raw.trim();
    if (c === '') continue;
    if (c.length > 16 || /\d/.test(c)) return false;
    labels++;
  }
  return labels >= 2;
}

/**
 * Combines a two-level header into one row: a top cell spreads over the empty cells to its
 * right that have sub-labels (Excel's merged cells), and each column's name is top + sub:
 * `余额` over `原币`, `本币` → `余额原币`, `余额本币`.
 */
export function mergeHeaderRows(top: readonly string[], sub: readonly string[]): string[] {
  const n = Math.max(top.length, sub.length);
  const out: string[] = [];
  let group = '';
  for (let c = 0; c < n; c++) {
    const t = (top[c] ?? '').trim();
    const s = (sub[c] ?? '').trim();
    if (t !== '') group = t;
    else if (s === '') group = '';
    out.push(s === '' ? t : `${t === '' ? group : t}${s}`);
  }
  return out;
}

/** Ledger exports (用友 明细账) split the date into year, month and day columns. */
export interface SplitDateColumns {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const YEAR = new Set(['年', 'year', 'jahr']);
const MONTH = new Set(['月', 'month', 'monat']);
const DAY = new Set(['日', 'day', 'tag']);

/** The year, month and day columns of a header, when it has all three. */
export function splitDateColumns(headers: readonly string[]): SplitDateColumns | undefined {
  let year = -1;
  let month = -1;
  let day = -1;
  headers.forEach((h, i) => {
    const k = normalizeHeader(h).key;
    if (YEAR.has(k) && year < 0) year = i;
    else if (MONTH.has(k) && month < 0) month = i;
    else if (DAY.has(k) && day < 0) day = i;
  });
  return year >= 0 && month >= 0 && day >= 0 ? { year, month, day } : undefined;
}
