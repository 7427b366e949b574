/// <reference types="office-js" />
import { LOG_COLUMNS, type LogColumn } from '../../shared/log/index.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { findLogTable, type LogTableLocation } from './find-log-table.ts';
import { loadNames } from './load-names.ts';
import type { LogSheetResult } from './log-sheet-error.ts';
import { LOG_SHEET_NAMES, LOG_TABLE_NAME } from './log-table-name.ts';
import { textCell } from './text-cell.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';

/** Dates as ISO, so a log reads the same in every locale of Excel (and as the CLI writes it). */
export const LOG_DATE_FORMAT = 'yyyy-mm-dd';

/** Column widths in points, for a log that reads at a glance. */
const WIDTHS: Readonly<Record<LogColumn, number>> = {
  date: 72, customer: 170, invoices: 110, action: 78, stage: 88, channel: 56, amount: 84, currency: 52, until: 72, reason: 160, note: 200, by: 64,
};

/**
 * The log table, created on first use: a new sheet named in the workbook's language (催收记录 /
 * Collection log, made unique), the contract's twelve columns as an Excel table `DunningLog`
 * with banded rows, the header frozen, ISO date formats on `date` and `until` and a two-decimal
 * format on `amount` (rows added later take them; the add-in also sets each new row's formats).
 * The sheet is not activated: recording never moves the user's selection.
 */
export async function ensureLogTable(context: Excel.RequestContext, lang: PaneLanguage): Promise<LogSheetResult<LogTableLocation & { readonly created: boolean }>> {
  const found = await findLogTable(context);
  if (!found.ok) return found;
  if (found.value) return { ok: true, value: { ...found.value, created: false } };
  const names = await loadNames(context);
  const name = uniqueSheetName(LOG_SHEET_NAMES[lang], names.sheets);
  const sheet = context.workbook.worksheets.add(name);
  const width = LOG_COLUMNS.length;
  const header = sheet.getRangeByIndexes(0, 0, 1, width);
  header.values = [LOG_COLUMNS.map((c) => textCell(c))];
  const table = sheet.tables.add(header, true);
  table.name = LOG_TABLE_NAME;
  table.showBandedRows = true;
  for (const column of ['date', 'until'] as const) table.columns.getItem(column).getDataBodyRange().numberFormat = [[LOG_DATE_FORMAT]];
  table.columns.getItem('amount').getDataBodyRange().numberFormat = [['#,##0.00']];
  LOG_COLUMNS.forEach((c, i) => { sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = WIDTHS[c]; });
  sheet.freezePanes.freezeRows(1);
  await context.sync();
  return { ok: true, value: { sheet: name, headerRow: 0, firstColumn: 0, columns: [...LOG_COLUMNS], bodyRows: 1, created: true } };
}
