/** What Office.js returns for a cell value. Empty cells read as `''`. */
export type CellValue = string | number | boolean;

/** One stored cell. Absent cells are empty with the `General` format. */
export interface Cell {
  value: CellValue;
  /** The formula (starting `=`) when the cell holds one. */
  formula?: string;
  numberFormat: string;
  /** `'` when the text was entered with Excel's quote prefix (kept as text, not parsed). */
  prefix?: "'";
}

/** Excel's default number format. */
export const GENERAL = 'General';

/** A fresh empty cell. */
export function emptyCell(): Cell {
  return { value: '', numberFormat: GENERAL };
}

/** Whether the cell holds a value or formula (formats alone do not count). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}
