/// <reference types="office-js" />
import type { TableLocation } from './table-location.ts';

/**
 * The 1-based sheet row of the active cell when it lies in the table's data rows (and on its
 * sheet), else `undefined`. One sync.
 */
export async function selectedDataRow(context: Excel.RequestContext, location: TableLocation): Promise<number | undefined> {
  const cell = context.workbook.getActiveCell().load('rowIndex,columnIndex');
  const sheet = cell.worksheet.load('name');
  await context.sync();
  const inRows = cell.rowIndex > location.headerRow && cell.rowIndex <= location.headerRow + location.dataRowCount;
  return sheet.name === location.sheet && inRows ? cell.rowIndex + 1 : undefined;
}
