import type { PaneLanguage } from '../i18n/language.ts';

/** A column the add-in writes beside the receivables table. */
export interface OwnedColumn {
  readonly key: 'daysOverdue' | 'bucket' | 'penalty' | 'totalDue' | 'nextStage';
  readonly header: Readonly<Record<PaneLanguage, string>>;
}

/** The owned columns, in sheet order. Their headers (in either language) mark them as ours on a re-run. */
export const OWNED_COLUMNS: readonly OwnedColumn[] = [
  { key: 'daysOverdue', header: { en: 'Days overdue', 'zh-CN': '逾期天数' } },
  { key: 'bucket', header: { en: 'Bucket', 'zh-CN': '账龄区间' } },
  { key: 'penalty', header: { en: 'Penalty / interest', 'zh-CN': '违约金/利息' } },
  { key: 'totalDue', header: { en: 'Total due', 'zh-CN': '应收合计' } },
  { key: 'nextStage', header: { en: 'Next stage', 'zh-CN': '下一步催收' } },
];

/** Whether a header cell is the header of owned column `index` (any language). */
export function isOwnedHeader(value: unknown, index: number): boolean {
  const col = OWNED_COLUMNS[index];
  return col !== undefined && typeof value === 'string' && Object.values(col.header).includes(value.trim());
}

/**
 * Where a previous run's columns start in a header row: the first run of all owned headers in
 * order (columns the user added after them do not belong to the table either), else the start
 * of a trailing partial run (some owned columns deleted). `headers.length` when there are none.
 */
export function ownedColumnsStart(headers: readonly unknown[]): number {
  const width = OWNED_COLUMNS.length;
  for (let i = 0; i + width <= headers.length; i++) {
    if (headers.slice(i, i + width).every((h, k) => isOwnedHeader(h, k))) return i;
  }
  for (let n = Math.min(width - 1, headers.length); n > 0; n--) {
    if (headers.slice(headers.length - n).every((h, k) => isOwnedHeader(h, k))) return headers.length - n;
  }
  return headers.length;
}
