/// <reference types="office-js" />
import { mapHeaders } from '../../shared/import/header-synonyms.ts';
import { ownedColumnsStart } from './owned-columns.ts';
import type { StepResult, TableLocation } from './table-location.ts';

interface Rect { row: number; col: number; rows: number; cols: number }

function rectOf(r: Excel.Range): Rect {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

const RECT_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';
/** How many top rows may precede the header row (a title, an "as of" line, a blank line). */
const HEADER_PROBE_ROWS = 10;

/** A cell to search from instead of the selection: a table found before, found again as it is now. */
export interface TableAnchor {
  readonly sheet: string;
  /** 0-based row and column of a cell of the table (its first header cell). */
  readonly row: number;
  readonly col: number;
}

/**
 * Finds the receivables: the Excel table under the selection (or under `anchor`), else the
 * current region around it, else its sheet's used range. The header row is the row among
 * the first few whose cells map to the most fields (core header synonyms); owned columns of a
 * previous run picked up by the region (or by a table that grew over them) are left out.
 * With an anchor, a table found before is found again with the rows added or removed since,
 * wherever the selection is now. Two syncs (three for a table).
 */
export async function findReceivablesTable(context: Excel.RequestContext, anchor?: TableAnchor): Promise<StepResult<TableLocation>> {
  const selection = (anchor
    ? context.workbook.worksheets.getItem(anchor.sheet).getCell(anchor.row, anchor.col)
    : context.workbook.getSelectedRange()).load(RECT_PROPS);
  const sheet = selection.worksheet.load('name');
  const tables = selection.getTables(false).load('items/name');
  const region = selection.getSurroundingRegion().load(RECT_PROPS);
  const used = sheet.getUsedRangeOrNullObject(true).load(RECT_PROPS);
  await context.sync();

  let rect: Rect;
  let source: TableLocation['source'];
  let tableName: string | undefined;
  const table = tables.items[0];
  if (table) {
    const range = table.getRange().load(RECT_PROPS);
    await context.sync();
    rect = rectOf(range);
    source = 'table';
    tableName = table.name;
  } else if (region.rowCount >= 2 && region.columnCount >= 2) {
    rect = rectOf(region);
    source = 'region';
  } else if (!used.isNullObject && used.rowCount >= 2) {
    rect = rectOf(used);
    source = 'used-range';
  } else {
    return { ok: false, error: { code: 'no-data', message: 'no table, region or used range with data around the selection' } };
  }

  const probe = source === 'table' ? 1 : Math.min(HEADER_PROBE_ROWS, rect.rows);
  const top = sheet.getRangeByIndexes(rect.row, rect.col, probe, rect.cols).load('values');
  await context.sync();

  let headerOffset = -1;
  let bestScore = 1;
  top.values.forEach((row, i) => {
    const score = mapHeaders(row.map((v) => String(v))).score;
    if (score > bestScore) { bestScore = score; headerOffset = i; }
  });
  if (headerOffset < 0) {
    return { ok: false, error: { code: 'no-header', message: 'no row near the top reads like a header (customer, invoice, amount, due date…)' } };
  }
  const headerCells = top.values[headerOffset] ?? [];
  // A region picks up a previous run's columns (and any column the user added after them); so
  // does a table that Excel's AutoCorrect ("include new columns in table") grew over them.
  // Either way the data ends where they start.
  const columnCount = ownedColumnsStart(headerCells);
  return {
    ok: true,
    value: {
      sheet: sheet.name,
      headerRow: rect.row + headerOffset,
      firstColumn: rect.col,
      columnCount,
      dataRowCount: rect.rows - headerOffset - 1,
      source,
      ...(tableName !== undefined ? { tableName } : {}),
      headers: headerCells.slice(0, columnCount).map((v) => String(v)),
    },
  };
}
