/// <reference types="office-js" />
import type { TableLocation } from './table-location.ts';

/**
 * Shows a row of the receivables table: activates its sheet and selects the row across the
 * table's columns (so "For selected row" then drafts that customer's reminder). One sync; no
 * cell is changed.
 */
export async function selectSheetRow(context: Excel.RequestContext, location: TableLocation, row: number): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(row - 1, location.firstColumn, 1, location.columnCount).select();
  await context.sync();
}
