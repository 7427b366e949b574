/** `0 → A`, `26 → AA`: for addresses in messages and conditional-format formulas. */
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

/** `Sheet1!H2:L200` from 0-based indexes. */
export function sheetAddress(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const tl = `${columnLetters(col)}${row + 1}`;
  const a = rows === 1 && cols === 1 ? tl : `${tl}:${columnLetters(col + cols - 1)}${row + rows}`;
  return `${name}!${a}`;
}
