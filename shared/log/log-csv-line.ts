import { neutraliseFormula } from '../neutralise-formula.ts';
import { LOG_COLUMNS, type LogColumn } from './log-columns.ts';
import type { NewLogEntry } from './log-entry.ts';
import { logEntryCells } from './log-entry-cells.ts';

/** The byte-order mark a log file starts with, so Excel opens it as UTF-8 (Chinese names intact). */
export const LOG_CSV_BOM = '\uFEFF';

// Columns whose cells are values the core wrote itself (dates, ids, decimals): never guarded.
const VALUE_COLUMNS: ReadonlySet<LogColumn> = new Set(['date', 'action', 'stage', 'channel', 'amount', 'currency', 'until']);
const QUOTES_NEEDED = /["\r\n]/;

/**
 * A text cell made safe for a spreadsheet under any list separator (OWASP CSV injection; see
 * neutraliseFormula: a quote before each formula start, at the start and after `,` `;` tab or a
 * line break, and a quote already there doubled), so the reader ({@link logCellText}) gives back
 * exactly what was written (restoreFormulaText).
 */
export function guardLogText(text: string): string {
  return neutraliseFormula(text);
}

function field(text: string, delimiter: string): string {
  return QUOTES_NEEDED.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of a log with these columns (CRLF-terminated, no byte-order mark). */
export function logCsvHeader(columns: readonly string[] = LOG_COLUMNS, delimiter = ','): string {
  return columns.map((c) => field(guardLogText(c), delimiter)).join(delimiter) + '\r\n';
}

/**
 * One complete CSV line for an entry, in the columns of the log it is appended to (default the
 * contract's), ending with CRLF: RFC 4180 quoting, text cells guarded against formulas.
 *
 * @example
 * logCsvLine({ date: '2026-11-15', customer: '=cmd', invoices: ['A-1', 'A-2'], action: 'note' })
 * // → "2026-11-15,'=cmd,A-1;A-2,note,,,,,,,,\r\n"
 */
export function logCsvLine(entry: NewLogEntry, columns: readonly string[] = LOG_COLUMNS, delimiter = ','): string {
  const cells = logEntryCells(entry, columns);
  return cells.map((cell, i) => {
    const column = columns[i] as string;
    return field(VALUE_COLUMNS.has(column as LogColumn) ? cell : guardLogText(cell), delimiter);
  }).join(delimiter) + '\r\n';
}

/** A whole new log file: byte-order mark, header and one line per entry (for exports; files in use are only appended to). */
export function logCsv(entries: readonly NewLogEntry[], columns: readonly string[] = LOG_COLUMNS): string {
  return LOG_CSV_BOM + logCsvHeader(columns) + entries.map((e) => logCsvLine(e, columns)).join('');
}
