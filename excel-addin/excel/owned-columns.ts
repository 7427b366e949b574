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

/** How many of a header row's last cells are owned headers in order (a previous run's columns picked up by a region). */
export function trailingOwnedCount(headers: readonly unknown[]): number {
  for (let n = Math.min(OWNED_COLUMNS.length, headers.length); n > 0; n--) {
    const tail = headers.slice(headers.length - n);
    if (tail.every((h, i) => isOwnedHeader(h, i))) return n;
  }
  return 0;
}
