import { neutraliseFormula } from './neutralise-formula.ts';

// The cells of every CSV Dunning Desk writes (the report, the customers list, the statement of
// account). Text is always quoted and neutralised (see neutraliseFormula), whatever list
// separator the spreadsheet that opens it uses; what we formatted ourselves as a number or an
// ISO date is written bare so a spreadsheet reads it as a value.

const QUOTES = /"/g;
// A decimal number as toDecimalString and String(integer) write them, or an ISO date, or nothing.
const VALUE = /^(?:-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2})?$/;

/**
 * A text cell: formula starts neutralised, quoted, inner quotes doubled (RFC 4180).
 *
 * @example
 * csvTextCell('Acme;=cmd|\' /C calc\'!A0;') // `"Acme;'=cmd|' /C calc'!A0;"`
 */
export function csvTextCell(text: string): string {
  return `"${neutraliseFormula(text).replace(QUOTES, '""')}"`;
}

/**
 * A number or date we formatted ourselves (`12000.00`, `-0.50`, `83`, `2026-08-31`, or empty),
 * written bare so it stays a value. Anything else is written as a text cell, so a cell can
 * never be bare unless it is one of these.
 */
export function csvValueCell(value: string): string {
  return VALUE.test(value) ? value : csvTextCell(value);
}

/** Cells (from csvTextCell / csvValueCell) as one record: comma-separated, CRLF-terminated. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}
