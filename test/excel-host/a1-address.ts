/** A rectangle of cells on one sheet, 0-based like Office.js `rowIndex` / `columnIndex`. */
export interface CellRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Excel's grid size (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
/** Columns in a worksheet (A…XFD). */
export const MAX_COLS = 16_384;

/** `0 → A`, `25 → Z`, `26 → AA`. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/**
 * Parses an A1 reference without sheet name (`B2`, `A1:C10`, `A:C`, `2:5`);
 * `undefined` when malformed or outside the grid.
 */
export function parseA1(text: string): CellRect | undefined {
  const t = text.trim();
  const wc = WHOLE_COLS.exec(t);
  if (wc) {
    const a = columnIndex(wc[1] ?? ''), b = columnIndex(wc[2] ?? '');
    return checked({ row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 });
  }
  const wr = WHOLE_ROWS.exec(t);
  if (wr) {
    const a = Number(wr[1]) - 1, b = Number(wr[2]) - 1;
    return checked({ row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS });
  }
  const parts = t.split(':');
  if (parts.length > 2) return undefined;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((c) => c === null)) return undefined;
  const rc = cells.map((c) => ({ col: columnIndex(c?.[1] ?? ''), row: Number(c?.[2]) - 1 }));
  const first = rc[0], last = rc[rc.length - 1];
  if (!first || !last) return undefined;
  return checked({
    row: Math.min(first.row, last.row),
    col: Math.min(first.col, last.col),
    rows: Math.abs(last.row - first.row) + 1,
    cols: Math.abs(last.col - first.col) + 1,
  });
}

function checked(r: CellRect): CellRect | undefined {
  if (r.row < 0 || r.col < 0 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) return undefined;
  return r;
}

/** `A1` or `A1:C3` for a rectangle. */
export function formatA1(r: CellRect): string {
  const tl = `${columnLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Sheet-qualified address as Office.js reports it: `Sheet1!A1:C3`, `'My Sheet'!A1`. */
export function qualifiedAddress(sheetName: string, r: CellRect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${formatA1(r)}`;
}

/** Whether two rectangles share at least one cell. */
export function intersects(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: CellRect, inner: CellRect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col
    && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}
