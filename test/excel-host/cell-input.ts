import { makeDate, toExcelSerial } from '../../shared/plain-date.ts';
import { GENERAL, type Cell } from './cell.ts';
import { formulaValue } from './formula-value.ts';
import { hostError } from './host-error.ts';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Applies one value written through `range.values` (or `formulas`) to a cell, the way Excel
 * treats typed input (en-US locale):
 * - `null` leaves the cell unchanged (Office.js semantics for a `null` entry);
 * - a string starting with `=` is a formula; so is one starting with `+`, `-` or `@` that is
 *   not a plain number (`+1-2` becomes `=+1-2`, `@SUM(A1)` becomes `=@SUM(A1)`);
 * - a leading apostrophe keeps the rest as text and is not part of the value;
 * - numeric, percent, TRUE/FALSE and date-looking strings become numbers, booleans and date
 *   serials (with a date format when the cell's format was General);
 * - in a cell formatted as Text (`@`), every string is stored as text.
 */
export function applyInput(cell: Cell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.prefix;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw hostError('InvalidArgument', `not a finite number: ${input}`);
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') { cell.value = input; return; }
  if (typeof input !== 'string') throw hostError('InvalidArgument', `unsupported cell input: ${typeof input}`);
  const s = input;
  if (s === '') { cell.value = ''; return; }
  if (cell.numberFormat === '@') { cell.value = s; return; }
  if (s.startsWith("'")) { cell.value = s.slice(1); cell.prefix = "'"; return; }
  if (s.length > 1 && s.startsWith('=')) { setFormula(cell, s); return; }
  if (NUMBER.test(s)) { cell.value = Number(s); return; }
  if (GROUPED.test(s)) {
    cell.value = Number(s.replace(/,/g, ''));
    if (cell.numberFormat === GENERAL) cell.numberFormat = s.includes('.') ? '#,##0.00' : '#,##0';
    return;
  }
  const pct = PERCENT.exec(s);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (cell.numberFormat === GENERAL) cell.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(s)) { cell.value = s.toLowerCase() === 'true'; return; }
  const iso = ISO_DATE.exec(s);
  const us = US_DATE.exec(s);
  const date = iso ? makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us ? makeDate(Number(us[3]), Number(us[1]), Number(us[2])) : undefined;
  if (date !== undefined) {
    cell.value = toExcelSerial(date);
    if (cell.numberFormat === GENERAL) cell.numberFormat = iso ? 'yyyy-mm-dd' : 'm/d/yyyy';
    return;
  }
  if (s.length > 1 && (s.startsWith('+') || s.startsWith('-'))) { setFormula(cell, `=${s}`); return; }
  if (s.length > 1 && s.startsWith('@') && /^@[A-Za-z_]/.test(s)) { setFormula(cell, `=${s}`); return; }
  cell.value = s;
}

function setFormula(cell: Cell, formula: string): void {
  if (formula.length > 8192) throw hostError('FormulaLengthExceedsLimit', 'formula longer than 8192 characters');
  cell.formula = formula;
  cell.value = formulaValue(formula);
}
