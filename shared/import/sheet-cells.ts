import type { CurrencyCode } from '../currency.ts';
import { fromExcelSerial } from '../plain-date.ts';
import type { TableLayout } from './table-layout.ts';

/**
 * What a sheet knows about a cell beyond its text: it held a number (so an amount is exact and
 * never a `1,234`-style ambiguity), and the cell's number format showed a currency
 * (`[$¥-804]#,##0.00`), which counts as a currency symbol written in the amount.
 */
export interface SheetCellInfo {
  readonly number: true;
  readonly currency?: CurrencyCode;
}

/** Per column: what the sheet adds to the cell's text, or undefined for a text cell. */
export type SheetCells = readonly (SheetCellInfo | undefined)[];

/** One sheet row as the row reader reads it: the cells' texts and what the sheet adds. */
export interface SheetRow {
  readonly cells: string[];
  readonly sheet: SheetCells | undefined;
}

// Excel keeps 15 significant digits: a number is read at that precision (`0.1+0.2` shows and
// means 0.3). Past 1e15 no cent is exact any more.
const MAX_EXACT = 1e15;

/**
 * Turns a row of sheet values (what Excel's `range.values` gives: numbers, text, booleans) into
 * the cells the core's row reader reads, so a sheet and its CSV export are read by the same
 * rules. Numbers in a date column are Excel serials (1900 system, with its leap-year quirk) and
 * become ISO dates; numbers in an amount column become plain decimals, marked as numbers;
 * other numbers become their text. `currencyOfFormat` names the currency a cell's number format
 * shows (the add-in's adapter reads Excel's format codes).
 *
 * @example
 * sheetRowCells(layout, ['Acme', 'INV-1', 1200.5, 46265], ['General', 'General', '"¥"#,##0.00', 'yyyy-mm-dd'], f)
 * // → { cells: ['Acme', 'INV-1', '1200.5', '2026-08-31'], sheet: [, , { number: true, currency: 'CNY' }] }
 */
export function sheetRowCells(layout: TableLayout, values: readonly unknown[], formats: readonly string[] | undefined,
  currencyOfFormat: (format: string) => CurrencyCode | undefined): SheetRow {
  const c = layout.columns;
  const cells: string[] = new Array(values.length);
  let sheet: (SheetCellInfo | undefined)[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number') {
      if (i === c.amount || i === c.paid || i === c.outstanding) {
        cells[i] = numberText(v);
        const currency = formats?.[i] ? currencyOfFormat(formats[i] as string) : undefined;
        sheet ??= [];
        sheet[i] = currency ? { number: true, currency } : NUMBER;
        continue;
      }
      if (i === c.issueDate || i === c.dueDate) {
        cells[i] = fromExcelSerial(v) ?? String(v);
        continue;
      }
      cells[i] = String(v);
    } else {
      cells[i] = v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    }
  }
  return { cells, sheet };
}

const NUMBER: SheetCellInfo = { number: true };

/** A number as a plain decimal with 15 significant digits at most (no exponent); its own text when no cent of it is exact. */
function numberText(v: number): string {
  if (!Number.isFinite(v) || Math.abs(v) >= MAX_EXACT) return String(v);
  if (v === 0) return '0';
  let s = v.toPrecision(15);
  const e = s.indexOf('e');
  if (e >= 0) {
    // Only tiny numbers get an exponent here (below 1e-6): written out as 0.000000…
    const exponent = Number(s.slice(e + 1));
    const negative = s.charCodeAt(0) === 0x2d;
    const digits = s.slice(negative ? 1 : 0, e).replace('.', '');
    s = `${negative ? '-' : ''}0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  if (s.indexOf('.') >= 0) {
    let end = s.length;
    while (s.charCodeAt(end - 1) === 0x30) end--;
    if (s.charCodeAt(end - 1) === 0x2e) end--;
    s = s.slice(0, end);
  }
  return s === '-0' ? '0' : s;
}
