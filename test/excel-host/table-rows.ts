import type { CellRect } from './a1-address.ts';
import { GENERAL } from './cell.ts';
import { applyInput } from './cell-input.ts';
import { hostError } from './host-error.ts';
import { cellAt, peekCell, shiftCellsDown, shiftCellsUp, tableDataRows, type TableModel, type WorkbookModel } from './workbook-model.ts';

const SHAPE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** The rows a `rows.add` call puts in: a 2-D array, one scalar for a single row, or nothing for one blank row. */
function rowsToAdd(values: unknown, cols: number): unknown[][] {
  if (values === undefined || values === null) return [new Array<unknown>(cols).fill('')];
  if (!Array.isArray(values)) return [new Array<unknown>(cols).fill(values)];
  if (values.length === 0 || values.some((row) => !Array.isArray(row) || row.length !== cols)) throw hostError('InvalidArgument', SHAPE);
  return values as unknown[][];
}

/**
 * `TableRowCollection.add(index, values, alwaysInsert)` as Excel does it: rows go in at data
 * row `index` (null or -1: after the last), the table's cells below move down within the table's
 * columns (with `alwaysInsert` false, empty rows right below the table are taken over instead),
 * a table without data fills its insert row first. New rows take the number formats of the
 * table row above them (the one below when inserted at the top), as a table's columns carry
 * their formatting to new rows, and conditional formats over the column grow with it. Values are
 * entered like typed input (`'` keeps text, `=` is a formula). Returns the index of the first new row.
 */
export function addTableRows(wb: WorkbookModel, t: TableModel, index: unknown, values: unknown, alwaysInsert: unknown): number {
  const { col, cols } = t.rect;
  const rows = rowsToAdd(values, cols);
  const n = tableDataRows(t);
  const at = index === undefined || index === null || index === -1 ? n : index;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > n) throw hostError('InvalidArgument', `rows.add: index ${String(index)} is outside the table's ${n} rows`);
  const filling = n === 0 && t.noData;
  const first = t.rect.row + 1 + at;
  // A table without data keeps an empty insert row: the first new row goes there.
  const insertAt = filling ? first + 1 : first;
  const inserted = filling ? rows.length - 1 : rows.length;
  const tableEnd = t.rect.row + t.rect.rows;
  const atEnd = insertAt === tableEnd;
  if (inserted > 0) {
    const takeOver = alwaysInsert === false && atEnd && !rowsHoldContent(t, tableEnd, inserted);
    if (!takeOver) shiftCellsDown(wb, t.sheet, insertAt, col, cols, inserted);
    if (atEnd) growRulesAtEnd(wb, t, tableEnd, inserted);
    t.rect = { ...t.rect, rows: t.rect.rows + inserted };
  }
  t.noData = false;
  // Formats come from the neighbouring table row: above, else below the new rows.
  const template = first > t.rect.row + 1 ? first - 1 : first + rows.length <= t.rect.row + t.rect.rows - 1 ? first + rows.length : first;
  const formats = Array.from({ length: cols }, (_, c) => peekCell(t.sheet, template, col + c)?.numberFormat ?? GENERAL);
  rows.forEach((line, r) => {
    line.forEach((v, c) => {
      const cell = cellAt(t.sheet, first + r, col + c);
      if (first + r !== template) cell.numberFormat = formats[c] ?? GENERAL;
      if (v !== null && v !== undefined) applyInput(cell, v);
    });
  });
  return at;
}

function rowsHoldContent(t: TableModel, from: number, count: number): boolean {
  for (let r = from; r < from + count; r++) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const cell = peekCell(t.sheet, r, c);
      if (cell && (cell.value !== '' || cell.formula !== undefined)) return true;
    }
  }
  return false;
}

/** Conditional formats over the table's last rows, within its columns, extend to rows added at the end. */
function growRulesAtEnd(wb: WorkbookModel, t: TableModel, tableEnd: number, count: number): void {
  for (const cf of wb.conditionalFormats) {
    const r = cf.rect;
    if (cf.sheet !== t.sheet || cf.moreAreas || r.col < t.rect.col || r.col + r.cols > t.rect.col + t.rect.cols) continue;
    if (r.row > t.rect.row && r.row + r.rows === tableEnd) (cf as { rect: CellRect }).rect = { ...r, rows: r.rows + count };
  }
}

/**
 * `TableRow.delete()` / `TableRowCollection.deleteRows`: the rows go and the table's cells below
 * move up within its columns. Deleting every row leaves the header and an empty insert row.
 */
export function deleteTableRows(wb: WorkbookModel, t: TableModel, index: number, count: number): void {
  const n = tableDataRows(t);
  if (!Number.isInteger(index) || index < 0 || count < 1 || index + count > n) throw hostError('ItemNotFound', `table row ${index} does not exist`);
  const { col, cols } = t.rect;
  if (count === n) {
    if (n > 1) shiftCellsUp(wb, t.sheet, t.rect.row + 2, col, cols, n - 1);
    for (let c = col; c < col + cols; c++) {
      const cell = peekCell(t.sheet, t.rect.row + 1, c);
      if (cell) { cell.value = ''; delete cell.formula; delete cell.prefix; }
    }
    t.rect = { ...t.rect, rows: 2 };
    t.noData = true;
    return;
  }
  shiftCellsUp(wb, t.sheet, t.rect.row + 1 + index, col, cols, count);
  t.rect = { ...t.rect, rows: t.rect.rows - count };
}
