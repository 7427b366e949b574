/// <reference types="office-js" />
import { readLogTable } from '../../shared/log/index.ts';
import { sheetAddress } from './column-letters.ts';
import type { LogSheetResult } from './log-sheet-error.ts';
import { LOG_TABLE_NAME } from './log-table-name.ts';

/** Where the log table is and what its header says: plain data. */
export interface LogTableLocation {
  readonly sheet: string;
  /** 0-based row of the header and first column. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Header as found, contract columns under their contract names (`date`, `customer`, …), in sheet order. */
  readonly columns: readonly string[];
  /** Body rows, Excel's empty insert row of a new table included. */
  readonly bodyRows: number;
}

/**
 * Finds the `DunningLog` table (by name, on whatever sheet, wherever on it) and reads its header
 * through the core's log reader, so its columns are matched exactly as the CLI matches a file's.
 * `null` when the workbook has no log yet. Two syncs.
 */
export async function findLogTable(context: Excel.RequestContext): Promise<LogSheetResult<LogTableLocation | null>> {
  const table = context.workbook.tables.getItemOrNullObject(LOG_TABLE_NAME);
  await context.sync();
  if (table.isNullObject) return { ok: true, value: null };
  const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const header = table.getHeaderRowRange().load('values');
  const sheet = table.worksheet.load('name');
  await context.sync();
  const read = readLogTable(header.values[0] ?? [], [], { headerRow: range.rowIndex + 1 });
  const address = sheetAddress(sheet.name, range.rowIndex, range.columnIndex, 1, range.columnCount);
  if (!read.ok) return { ok: false, error: { code: 'log-header', message: read.error.message, address, ...(read.error.column ? { column: read.error.column } : {}) } };
  return {
    ok: true,
    value: { sheet: sheet.name, headerRow: range.rowIndex, firstColumn: range.columnIndex, columns: read.value.columns, bodyRows: range.rowCount - 1 },
  };
}
