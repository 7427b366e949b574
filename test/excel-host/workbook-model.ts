import { contains, intersects, MAX_COLS, MAX_ROWS, type CellRect } from './a1-address.ts';
import { emptyCell, GENERAL, hasContent, type Cell } from './cell.ts';
import { hostError } from './host-error.ts';

/** A worksheet's cells: sparse rows of sparse columns (100,000 × 20 cells stay cheap). */
export interface SheetModel {
  readonly id: string;
  name: string;
  deleted: boolean;
  readonly rows: Array<Array<Cell | undefined> | undefined>;
  frozenRows: number;
  /** Formatting other than number formats, recorded as applied (bold headers, widths, fills). */
  readonly formats: Array<{ rect: CellRect; property: string; value: unknown }>;
}

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** Including the header row. */
  rect: CellRect;
  style: string;
  deleted: boolean;
  /**
   * The table has no data rows: its one body row is Excel's insert row (a table made from a
   * header row alone, or whose last row was deleted). The first row added fills it.
   */
  noData: boolean;
  /** Display options set through the API (`showBandedRows`, `showFilterButton`, …). */
  options?: Record<string, boolean>;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly sheet: SheetModel;
  readonly rect: CellRect;
  /** Further areas the rule applies to (Excel splits a rule when rows are copied or moved); `rect` is the first. */
  readonly moreAreas?: readonly CellRect[];
  readonly type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue: boolean;
  priority: number;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  chartType: string;
  readonly source: { sheet: SheetModel; rect: CellRect };
  readonly seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
  deleted: boolean;
}

/** Everything a workbook holds that the add-in can see through Office.js. */
export interface WorkbookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly charts: ChartModel[];
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: CellRect };
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  nextId: number;
}

/** A new workbook with one empty sheet, `Sheet1`, and A1 selected. */
export function createWorkbookModel(): WorkbookModel {
  const sheet = newSheet('{S1}', 'Sheet1');
  return {
    sheets: [sheet], tables: [], conditionalFormats: [], charts: [],
    activeSheet: sheet, selection: { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } },
    calculationMode: 'Automatic', nextId: 2,
  };
}

function newSheet(id: string, name: string): SheetModel {
  return { id, name, deleted: false, rows: [], frozenRows: 0, formats: [] };
}

const BAD_SHEET_NAME = /[[\]:*?/\\]/;

/** Adds a sheet (Excel rules: ≤ 31 characters, none of `[]:*?/\`, unique ignoring case). */
export function addSheet(wb: WorkbookModel, name?: string): SheetModel {
  let n = name;
  if (n === undefined) {
    let i = wb.sheets.length + 1;
    while (findSheet(wb, `Sheet${i}`)) i++;
    n = `Sheet${i}`;
  }
  if (n.length === 0 || n.length > 31 || BAD_SHEET_NAME.test(n) || n.startsWith("'") || n.endsWith("'")) {
    throw hostError('InvalidArgument', `invalid worksheet name: ${n}`);
  }
  if (findSheet(wb, n)) throw hostError('ItemAlreadyExists', `a worksheet named ${n} already exists`);
  const sheet = newSheet(`{S${wb.nextId++}}`, n);
  wb.sheets.push(sheet);
  return sheet;
}

/** The live sheet with this name (case-insensitive), if any. */
export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
}

/** Removes a sheet with its tables, conditional formats and charts. */
export function deleteSheet(wb: WorkbookModel, sheet: SheetModel): void {
  const live = wb.sheets.filter((s) => !s.deleted);
  if (live.length <= 1) throw hostError('InvalidOperation', 'a workbook must contain at least one visible worksheet');
  sheet.deleted = true;
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  for (const t of wb.tables) if (t.sheet === sheet) t.deleted = true;
  removeWhere(wb.tables, (t) => t.deleted);
  removeWhere(wb.conditionalFormats, (c) => c.sheet === sheet);
  for (const c of wb.charts) if (c.sheet === sheet) c.deleted = true;
  removeWhere(wb.charts, (c) => c.deleted);
  if (wb.activeSheet === sheet) wb.activeSheet = wb.sheets[0] as SheetModel;
  if (wb.selection.sheet === sheet) wb.selection = { sheet: wb.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
}

/** Removes the items matching a predicate, in place. */
export function removeWhere<T>(list: T[], pred: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i] as T)) list.splice(i, 1);
}

/** The cell at (row, col), or `undefined` when never written. */
export function peekCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell at (row, col), created when absent. */
export function cellAt(sheet: SheetModel, row: number, col: number): Cell {
  if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) throw hostError('InvalidArgument', 'cell outside the grid');
  let r = sheet.rows[row];
  if (!r) { r = []; sheet.rows[row] = r; }
  let c = r[col];
  if (!c) { c = emptyCell(); r[col] = c; }
  return c;
}

/**
 * Bounding box of used cells (of the sheet, or only those `within` a rectangle): with content,
 * or (unless `valuesOnly`) with a non-General number format. `undefined` when there are none.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: CellRect): CellRect | undefined {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  const rowFrom = within?.row ?? 0, rowTo = within ? within.row + within.rows : sheet.rows.length;
  const colFrom = within?.col ?? 0, colTo = within ? within.col + within.cols : MAX_COLS;
  for (let r = rowFrom; r < Math.min(rowTo, sheet.rows.length); r++) {
    const cols = sheet.rows[r];
    if (!cols) continue;
    for (let c = colFrom; c < Math.min(colTo, cols.length); c++) {
      const cell = cols[c];
      if (!cell) continue;
      if (hasContent(cell) || (!valuesOnly && cell.numberFormat !== GENERAL)) {
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
  }
  if (r1 < 0) return undefined;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function anyContent(sheet: SheetModel, row: number, col0: number, col1: number): boolean {
  if (row < 0 || row >= MAX_ROWS) return false;
  const r = sheet.rows[row];
  if (!r) return false;
  for (let c = Math.max(0, col0); c <= Math.min(col1, MAX_COLS - 1); c++) if (hasContent(r[c])) return true;
  return false;
}

function anyContentInColumn(sheet: SheetModel, col: number, row0: number, row1: number): boolean {
  if (col < 0 || col >= MAX_COLS) return false;
  for (let r = Math.max(0, row0); r <= Math.min(row1, MAX_ROWS - 1); r++) if (hasContent(sheet.rows[r]?.[col])) return true;
  return false;
}

/**
 * Excel's current region (`Range.getSurroundingRegion()`, Ctrl+Shift+*): the rectangle grown
 * until it is bounded on every side, diagonals included, by empty rows and columns.
 */
export function surroundingRect(sheet: SheetModel, start: CellRect): CellRect {
  let r0 = start.row, r1 = start.row + start.rows - 1, c0 = start.col, c1 = start.col + start.cols - 1;
  for (;;) {
    let grew = false;
    // Rows are cheap to test (one row's width), so grow down and up as far as they go before
    // testing columns (a whole column's height) again.
    while (r0 > 0 && anyContent(sheet, r0 - 1, c0 - 1, c1 + 1)) { r0--; grew = true; }
    while (r1 < MAX_ROWS - 1 && anyContent(sheet, r1 + 1, c0 - 1, c1 + 1)) { r1++; grew = true; }
    if (c0 > 0 && anyContentInColumn(sheet, c0 - 1, r0 - 1, r1 + 1)) { c0--; grew = true; }
    if (c1 < MAX_COLS - 1 && anyContentInColumn(sheet, c1 + 1, r0 - 1, r1 + 1)) { c1++; grew = true; }
    if (!grew) break;
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/**
 * Adds a table over `rect` (header row included); tables may not overlap. A header row alone
 * gets Excel's empty insert row below it (cells there are moved down first, as Excel inserts
 * the row), and the table has no data rows until one is added or typed in.
 */
export function addTable(wb: WorkbookModel, sheet: SheetModel, rect: CellRect): TableModel {
  if (rect.rows < 1) throw hostError('InvalidArgument', 'a table needs a header row');
  for (const t of wb.tables) {
    if (t.sheet === sheet && intersects(t.rect, rect)) throw hostError('InvalidOperation', `the range overlaps table ${t.name}`);
  }
  let i = 1;
  while (wb.tables.some((t) => t.name.toLowerCase() === `table${i}`)) i++;
  const headerOnly = rect.rows === 1;
  if (headerOnly && anyContent(sheet, rect.row + 1, rect.col, rect.col + rect.cols - 1)) {
    shiftCellsDown(wb, sheet, rect.row + 1, rect.col, rect.cols, 1);
  }
  const table: TableModel = {
    id: String(wb.nextId++), name: `Table${i}`, sheet, rect: headerOnly ? { ...rect, rows: 2 } : rect,
    style: 'TableStyleMedium2', deleted: false, noData: headerOnly,
  };
  // Excel names blank header cells Column1, Column2… so every column has a name.
  for (let c = 0; c < rect.cols; c++) {
    const cell = cellAt(sheet, rect.row, rect.col + c);
    if (!hasContent(cell)) cell.value = `Column${c + 1}`;
  }
  wb.tables.push(table);
  return table;
}

/** Data rows of a table: its body rows, less the insert row of a table without data (once something is typed there, it is a row). */
export function tableDataRows(t: TableModel): number {
  if (t.noData && !anyContent(t.sheet, t.rect.row + 1, t.rect.col, t.rect.col + t.rect.cols - 1)) return 0;
  return t.rect.rows - 1;
}

/**
 * Moves the cells of columns `col`…`col + cols - 1` from row `fromRow` down by `count` rows, as
 * Excel's "insert cells, shift down" does: tables lying wholly in those columns below move with
 * them, a table reaching outside them refuses the move; conditional formats wholly below move,
 * ones that span the insertion row in those columns grow.
 */
export function shiftCellsDown(wb: WorkbookModel, sheet: SheetModel, fromRow: number, col: number, cols: number, count: number): void {
  const inColumns = (r: CellRect): boolean => r.col >= col && r.col + r.cols <= col + cols;
  for (const t of wb.tables) {
    if (t.sheet !== sheet || t.rect.row + t.rect.rows <= fromRow) continue;
    if (t.rect.col + t.rect.cols <= col || t.rect.col >= col + cols) continue;
    if (t.rect.row < fromRow) continue; // the table being grown (its rows above the insertion stay)
    if (!inColumns(t.rect)) throw hostError('InvalidOperation', `This operation is not allowed. The operation is attempting to shift cells in a table (${t.name}) on your worksheet.`);
  }
  let last = -1;
  for (let r = sheet.rows.length - 1; r >= fromRow; r--) {
    const line = sheet.rows[r];
    if (!line) continue;
    for (let c = col; c < Math.min(col + cols, line.length); c++) if (line[c]) { last = r; break; }
    if (last >= 0) break;
  }
  if (last >= 0 && last + count >= MAX_ROWS) throw hostError('InvalidOperation', 'cells would be moved off the end of the worksheet');
  for (let r = last; r >= fromRow; r--) {
    const line = sheet.rows[r];
    if (!line) continue;
    for (let c = col; c < Math.min(col + cols, line.length); c++) {
      const cell = line[c];
      if (!cell) continue;
      let target = sheet.rows[r + count];
      if (!target) { target = []; sheet.rows[r + count] = target; }
      target[c] = cell;
      line[c] = undefined;
    }
  }
  for (const t of wb.tables) {
    if (t.sheet === sheet && t.rect.row >= fromRow && inColumns(t.rect)) t.rect = { ...t.rect, row: t.rect.row + count };
  }
  moveConditionalFormats(wb, sheet, fromRow, col, cols, count);
}

/** The inverse of {@link shiftCellsDown}: rows `fromRow`…`fromRow + count - 1` of the columns go, the cells below move up. */
export function shiftCellsUp(wb: WorkbookModel, sheet: SheetModel, fromRow: number, col: number, cols: number, count: number): void {
  for (let r = fromRow; r < sheet.rows.length; r++) {
    const below = sheet.rows[r + count];
    let line = sheet.rows[r];
    for (let c = col; c < col + cols; c++) {
      const moved = below?.[c];
      if (!line && !moved) continue;
      if (!line) { line = []; sheet.rows[r] = line; }
      line[c] = moved;
      if (below) below[c] = undefined;
    }
  }
  for (const t of wb.tables) {
    if (t.sheet === sheet && t.rect.row >= fromRow + count && t.rect.col >= col && t.rect.col + t.rect.cols <= col + cols) t.rect = { ...t.rect, row: t.rect.row - count };
  }
  moveConditionalFormats(wb, sheet, fromRow + count, col, cols, -count);
}

function moveConditionalFormats(wb: WorkbookModel, sheet: SheetModel, fromRow: number, col: number, cols: number, delta: number): void {
  for (const cf of wb.conditionalFormats) {
    if (cf.sheet !== sheet || cf.moreAreas || cf.rect.col < col || cf.rect.col + cf.rect.cols > col + cols) continue;
    const rect = cf.rect;
    const end = rect.row + rect.rows;
    const mutable = cf as { rect: CellRect };
    if (delta > 0) {
      // Rows inserted at fromRow: a rule below moves, a rule the insertion falls inside grows.
      if (rect.row >= fromRow) mutable.rect = { ...rect, row: rect.row + delta };
      else if (end > fromRow) mutable.rect = { ...rect, rows: rect.rows + delta };
    } else {
      // Rows fromRow + delta … fromRow - 1 deleted: a rule below moves up, a rule over them loses them.
      const gone = fromRow + delta;
      const overlap = Math.max(0, Math.min(end, fromRow) - Math.max(rect.row, gone));
      const row = rect.row >= fromRow ? rect.row + delta : Math.min(rect.row, gone);
      mutable.rect = { ...rect, row, rows: Math.max(1, rect.rows - overlap) };
    }
  }
}

/** Tables on `sheet` that intersect (or, if `fullyContained`, lie within) `rect`. */
export function tablesIn(wb: WorkbookModel, sheet: SheetModel, rect: CellRect, fullyContained: boolean): TableModel[] {
  return wb.tables.filter((t) => t.sheet === sheet && (fullyContained ? contains(rect, t.rect) : intersects(t.rect, rect)));
}
