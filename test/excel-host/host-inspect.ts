import { parseA1 } from './a1-address.ts';
import { GENERAL, type Cell, type CellValue } from './cell.ts';
import { applyInput } from './cell-input.ts';
import { addSheet, cellAt, findSheet, peekCell, type SheetModel, type WorkbookModel } from './workbook-model.ts';

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const s = findSheet(model, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function split(model: WorkbookModel, address: string): { sheet: SheetModel; row: number; col: number; rows: number; cols: number } {
  const [sheetName, a1] = address.includes('!') ? address.split('!') as [string, string] : [model.activeSheet.name, address];
  const rect = parseA1(a1);
  if (!rect) throw new Error(`bad address ${address}`);
  return { sheet: sheetOf(model, sheetName.replace(/^'(.*)'$/, '$1')), ...rect };
}

/**
 * Types `rows` into a sheet starting at `topLeft` (e.g. `Sheet1!B3`) as a user would: strings go
 * through Excel's input rules. Optional `numberFormats` per column (by offset). Creates the sheet.
 * Not an Office.js call: no sync is recorded.
 */
export function seedSheet(model: WorkbookModel, topLeft: string, rows: readonly (readonly unknown[])[], numberFormats: readonly (string | undefined)[] = []): void {
  const [quoted] = topLeft.includes('!') ? topLeft.split('!') : [model.activeSheet.name];
  const sheetName = quoted?.replace(/^'(.*)'$/, '$1');
  if (sheetName && !findSheet(model, sheetName)) addSheet(model, sheetName);
  const { sheet, row, col } = split(model, topLeft);
  rows.forEach((line, r) => line.forEach((v, c) => {
    if (v === null || v === undefined || v === '') return;
    const cell = cellAt(sheet, row + r, col + c);
    const nf = numberFormats[c];
    if (nf !== undefined && r > 0) cell.numberFormat = nf;
    applyInput(cell, v);
  }));
}

/** Values of a range read straight from the model. */
export function readCells(model: WorkbookModel, address: string): CellValue[][] {
  const { sheet, row, col, rows, cols } = split(model, address);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => peekCell(sheet, row + r, col + c)?.value ?? ''));
}

/** One cell as stored (value, formula, number format, quote prefix). */
export function cellInfo(model: WorkbookModel, address: string): Cell {
  const { sheet, row, col } = split(model, address);
  return peekCell(sheet, row, col) ?? { value: '', numberFormat: GENERAL };
}
