/// <reference types="office-js" />
import { sheetAddress } from './column-letters.ts';
import { OWNED_COLUMNS, ownedColumnsStart, ownedKeyOf, ownedRunLength } from './owned-columns.ts';
import { isLogStatusRule } from './log-status-rules.ts';
import { isSeverityRule } from './severity-rules.ts';
import type { StepResult, TableLocation } from './table-location.ts';

/** Where the add-in last wrote its columns on a sheet: recorded by the pane, checked against the sheet on the next run. */
export interface OwnedColumnsRecord {
  readonly sheet: string;
  /** 0-based header row and first owned column. */
  readonly headerRow: number;
  readonly column: number;
}

/** Where this run writes its columns, and what there is already its own. */
export interface OwnedPlacement {
  /** First owned column (0-based). */
  readonly column: number;
  /** Columns of the block (from the left) whose header shows a previous run's column. */
  readonly ownedColumns: readonly boolean[];
  /** Data rows a previous run wrote under its columns (0 on a first run). */
  readonly previousRows: number;
  /** The previous run's severity and log status rules, to be replaced (never a rule of the user's). */
  readonly previousRules: readonly Excel.ConditionalFormat[];
  /** True when a previous run's columns were found away from the table's edge and are rewritten there. */
  readonly apart: boolean;
}

/** Rows and columns in a worksheet (Excel 2007 and later). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
/** How many blocks' widths of the header row are read at once when looking for a previous run's columns. */
const SCAN_WINDOW = 4;

/**
 * Decides where the owned columns go and checks that nothing of the user's is in the way.
 *
 * A previous run's columns are recognised by their headers (either language, any order: the
 * user may have deleted or moved one), right beside the table, where the pane recorded them,
 * or further along the header row (a note that pushed them right was cleared since, or a
 * column was deleted): they are rewritten where they are, never refused as "other data".
 * Otherwise the columns go right beside the table. Under its own columns a previous run owns
 * the rows its severity rules cover (found by formula, so the user's rules over the same
 * columns are told apart); any other cell of the block that holds something (a note, a header
 * of the user's, a value beside a row added since) stops the run with its address.
 */
export async function placeOwnedColumns(
  context: Excel.RequestContext, location: TableLocation, recorded?: OwnedColumnsRecord,
): Promise<StepResult<OwnedPlacement>> {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const width = OWNED_COLUMNS.length;
  const n = location.dataRowCount;
  const beside = location.firstColumn + location.columnCount;

  // The header row from the table's edge on: a window in the first sync (the common cases), the rest only if needed.
  const window = Math.min(SCAN_WINDOW * width, EXCEL_COLUMNS - beside);
  const near = sheet.getRangeByIndexes(location.headerRow, beside, 1, window).load('values');
  const used = sheet.getUsedRangeOrNullObject(true).load('columnIndex,columnCount');
  // On a first run this is the whole check: anything at all beside the table?
  const besideUsed = sheet.getRangeByIndexes(location.headerRow, beside, n + 1, width).getUsedRangeOrNullObject(true).load('address');
  await context.sync();
  let cells: unknown[] = near.values[0] ?? [];
  const usedEnd = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const findRun = (): number => {
    if (ownedRunLength(cells, 0) > 0) return 0;
    const atRecord = recorded && recorded.sheet === location.sheet && recorded.headerRow === location.headerRow ? recorded.column - beside : -1;
    if (atRecord > 0 && ownedRunLength(cells, atRecord) > 0) return atRecord;
    const start = ownedColumnsStart(cells);
    return start < cells.length ? start : -1;
  };
  let found = findRun();
  if ((found < 0 || found + width > window) && usedEnd > beside + window) {
    const rest = sheet.getRangeByIndexes(location.headerRow, beside + window, 1, usedEnd - beside - window).load('values');
    await context.sync();
    cells = [...cells, ...(rest.values[0] ?? [])];
    found = findRun();
  }
  const column = found < 0 ? beside : beside + found;
  const apart = found > 0;
  const headers = cells.slice(column - beside, column - beside + width);

  // Each of our columns once; a second `Bucket` header in the block is the user's.
  const seen = new Set<string>();
  const ownedColumns = headers.map((h) => {
    const key = ownedKeyOf(h);
    if (key === undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  while (ownedColumns.length < width) ownedColumns.push(false);
  const anyOwned = ownedColumns.some(Boolean);

  // Where did a previous run write? Its severity rules cover exactly the rows it wrote.
  let previousRules: Excel.ConditionalFormat[] = [];
  let previousRows = 0;
  if (anyOwned) {
    const rules = sheet.getRangeByIndexes(location.headerRow + 1, column, EXCEL_ROWS - location.headerRow - 1, width)
      .conditionalFormats.load('items/type');
    await context.sync();
    const custom = rules.items.filter((cf) => cf.type === 'Custom')
      // getRange would fail the batch on a rule Excel split into several areas (a user's, after rows were copied).
      .map((cf) => ({ cf, rule: cf.custom.rule.load('formula'), range: cf.getRangeOrNullObject().load('rowIndex,rowCount,columnIndex') }));
    if (custom.length > 0) await context.sync();
    const ours = custom.filter((c) => !c.range.isNullObject && c.range.rowIndex === location.headerRow + 1
      && ((c.range.columnIndex === column && isSeverityRule(c.rule.formula, column)) || isLogStatusRule(c.rule.formula, column, c.range.columnIndex)));
    previousRules = ours.map((c) => c.cf);
    // With our headers but none of our rules left (the user deleted them), the table's rows count as ours.
    previousRows = ours.length > 0 ? Math.max(...ours.map((c) => c.range.rowCount)) : n;
  }

  // Every cell of the block that is not a previous run's must be empty.
  const checks: Excel.Range[] = [];
  if (!anyOwned && column === beside) {
    checks.push(besideUsed);
  } else {
    // Runs of columns that are ours (rows past the previous run's must be empty) or not (wholly empty).
    for (let c = 0; c < width;) {
      const owned = ownedColumns[c] === true;
      let w = 1;
      while (c + w < width && (ownedColumns[c + w] === true) === owned) w++;
      const [top, rows] = owned ? [location.headerRow + 1 + previousRows, n - previousRows] : [location.headerRow, n + 1];
      if (rows > 0) checks.push(sheet.getRangeByIndexes(top, column + c, rows, w).getUsedRangeOrNullObject(true).load('address'));
      c += w;
    }
  }
  if (checks.some((r) => r !== besideUsed)) await context.sync();
  const occupied = checks.filter((r) => !r.isNullObject).map((r) => r.address);
  if (occupied.length > 0) {
    const address = occupied.length === 1 ? occupied[0] as string
      : sheetAddress(location.sheet, location.headerRow, column, n + 1, width);
    return { ok: false, error: { code: 'columns-occupied', message: `the columns beside the table hold other data: ${occupied.join(', ')}`, address } };
  }
  return { ok: true, value: { column, ownedColumns, previousRows: anyOwned ? previousRows : 0, previousRules, apart } };
}
