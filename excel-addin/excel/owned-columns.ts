import type { PaneLanguage } from '../i18n/language.ts';

/** A column the add-in writes beside the receivables table. */
export interface OwnedColumn {
  readonly key: 'daysOverdue' | 'bucket' | 'penalty' | 'rule' | 'totalDue' | 'nextStage' | 'status' | 'lastContact' | 'nextAction' | 'limitationExpires';
  readonly header: Readonly<Record<PaneLanguage, string>>;
}

/**
 * The owned columns, in sheet order. Their headers (in either language) mark them as ours on a
 * re-run. A column added here later is written after the others; a block written before it was
 * added is still recognised as ours and grows into the empty column beside it.
 */
export const OWNED_COLUMNS: readonly OwnedColumn[] = [
  { key: 'daysOverdue', header: { en: 'Days overdue', 'zh-CN': '逾期天数' } },
  { key: 'bucket', header: { en: 'Bucket', 'zh-CN': '账龄区间' } },
  { key: 'penalty', header: { en: 'Penalty / interest', 'zh-CN': '违约金/利息' } },
  // Which rule produced the Penalty beside it, and "assumed" when a rate or holiday past its table's known-until date was used.
  { key: 'rule', header: { en: 'Rule', 'zh-CN': '计算规则' } },
  { key: 'totalDue', header: { en: 'Total due', 'zh-CN': '应收合计' } },
  { key: 'nextStage', header: { en: 'Next stage', 'zh-CN': '下一步催收' } },
  // From the collection log (DESIGN.md, "Collection log"): the case's status and dates.
  { key: 'status', header: { en: 'Status', 'zh-CN': '催收状态' } },
  { key: 'lastContact', header: { en: 'Last contact', 'zh-CN': '最近联系' } },
  { key: 'nextAction', header: { en: 'Next action', 'zh-CN': '下次行动日' } },
  { key: 'limitationExpires', header: { en: 'Limitation expires', 'zh-CN': '诉讼时效届满' } },
];

/** Which owned column a header cell names (any language), if any. */
export function ownedKeyOf(value: unknown): OwnedColumn['key'] | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return OWNED_COLUMNS.find((c) => Object.values(c.header).includes(t))?.key;
}

/** Whether a header cell is the header of owned column `index` (any language). */
export function isOwnedHeader(value: unknown, index: number): boolean {
  const col = OWNED_COLUMNS[index];
  return col !== undefined && ownedKeyOf(value) === col.key;
}

/**
 * How many consecutive header cells from `start` are owned headers (each column once, in any
 * order: a user may have deleted or moved one of them).
 */
export function ownedRunLength(headers: readonly unknown[], start: number): number {
  const seen = new Set<string>();
  let n = 0;
  for (let i = start; i < headers.length; i++) {
    const key = ownedKeyOf(headers[i]);
    if (key === undefined || seen.has(key)) break;
    seen.add(key);
    n++;
  }
  return n;
}

/**
 * Where a previous run's columns start in a header row: the first run of three or more owned
 * headers (columns the user added after them do not belong to the table either), or a shorter
 * run that ends the row (some of them deleted; a lone one only if it is `Days overdue`).
 * `headers.length` when there are none. Two headers of the user's own that happen to read like
 * ours (`Days overdue`, `Bucket`) in the middle of a ledger do not end the table.
 */
export function ownedColumnsStart(headers: readonly unknown[]): number {
  for (let i = 0; i < headers.length; i++) {
    const run = ownedRunLength(headers, i);
    if (run === 0) continue;
    const trailing = i + run === headers.length;
    if (run >= 3 || (trailing && (run >= 2 || isOwnedHeader(headers[i], 0)))) return i;
  }
  return headers.length;
}
