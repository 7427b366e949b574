/// <reference types="office-js" />
import type { ImportSource, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { exportFormatName } from '../i18n/export-format-name.ts';
import { fieldLabel } from '../i18n/field-labels.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { rejectedReasonText } from '../i18n/rejected-text.ts';
import { skipKindText } from '../i18n/skip-kind-text.ts';
import type { Progress } from './read-table.ts';
import { textCell } from './text-cell.ts';
import { writeInBlocks } from './write-in-blocks.ts';
import { loadNames } from './load-names.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';

const WORDS = {
  en: { title: 'Import report', file: 'File', format: 'Format', encoding: 'Encoding', taken: 'Rows taken', rejected: 'Rejected rows', skipped: 'Skipped rows', row: 'Row', column: 'Column', value: 'Value', reason: 'Reason', kind: 'Kind' },
  'zh-CN': { title: '导入报告', file: '文件', format: '格式', encoding: '编码', taken: '导入行数', rejected: '未导入的行', skipped: '跳过的行', row: '行号', column: '列', value: '内容', reason: '原因', kind: '类型' },
} as const;

/**
 * Writes the import report on a new sheet: source, then rejected rows (row, column, value,
 * reason) and skipped rows (row, kind). Values from the file are written as text, in blocks
 * under the payload budget.
 */
export async function writeImportReport(
  context: Excel.RequestContext,
  report: { readonly source: ImportSource; readonly taken: number; readonly rejected: readonly RejectedRow[]; readonly skipped: readonly SkippedRow[] },
  lang: PaneLanguage,
  options: { readonly maxPayloadBytes?: number; readonly onProgress?: (p: Progress) => void } = {},
): Promise<{ sheet: string }> {
  const w = WORDS[lang];
  const names = await loadNames(context);
  const name = uniqueSheetName(w.title, names.sheets);
  const sheet = context.workbook.worksheets.add(name);
  const rows: unknown[][] = [
    [textCell(w.title), '', '', ''],
    [textCell(w.file), textCell(report.source.file ?? ''), '', ''],
    [textCell(w.format), textCell(exportFormatName(report.source.format, lang)), textCell(w.encoding), textCell(report.source.encoding.toUpperCase())],
    [textCell(w.taken), report.taken, '', ''],
    ['', '', '', ''],
    [textCell(`${w.rejected} (${report.rejected.length})`), '', '', ''],
    [textCell(w.row), textCell(w.column), textCell(w.value), textCell(w.reason)],
    ...report.rejected.map((r) => [r.row, textCell(fieldLabel(String(r.column), lang)), textCell(r.value), textCell(rejectedReasonText(r, lang))]),
    ['', '', '', ''],
    [textCell(`${w.skipped} (${report.skipped.length})`), '', '', ''],
    [textCell(w.row), textCell(w.kind), '', ''],
    ...report.skipped.map((s) => [s.row, textCell(skipKindText(s.kind, lang)), '', '']),
  ];
  // A broken export can reject every line: write in blocks under the payload budget.
  await writeInBlocks(context, sheet, 0, 0, { values: rows }, options);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, rows.length, 4).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { sheet: name };
}
