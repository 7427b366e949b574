import { restoreFormulaText } from '../neutralise-formula.ts';
import { fromExcelSerial, makeDate, parsePlainDate, type PlainDate } from '../plain-date.ts';

/**
 * A cell of the log as a table hands it over: text from a CSV file, or what Excel's
 * `range.values` gives (numbers for numbers and dates, booleans, empty strings).
 */
export type LogCell = string | number | boolean | null | undefined;

// The CSV writer (guardLogText, which is neutraliseFormula) puts a quote before each place a
// spreadsheet would start a formula; restoreFormulaText takes exactly those quotes off again.

/**
 * A CSV cell as it was before the log's CSV writer guarded it (see guardLogText). Only for cells
 * read from a CSV file: a sheet's cells and typed-in values are taken as they are, so a quote a
 * user typed (`'+`, `'t Hooft`) stays.
 */
export function unguardLogText(text: string): string {
  return text.indexOf("'") === -1 ? text : restoreFormulaText(text);
}

/** A cell as text: trimmed, line breaks as `\n`, numbers in their shortest form. */
export function logCellText(cell: LogCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  // Most cells are short plain text: the regular expression runs only where it can match (a log
  // of 100,000 rows has over a million cells; see npm run bench).
  return (cell.indexOf('\r') === -1 ? cell : cell.replace(/\r\n?/g, '\n')).trim();
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/**
 * A date cell: an Excel serial number (1900 system), `YYYY-MM-DD`, or the other year-first forms
 * spreadsheets save (`2026/11/15`, `2026.11.15`, `2026年11月15日`, `2026-11-15 00:00`).
 * Day-first and month-first dates are refused: `05/11/2026` is 5 November to one reader and
 * 11 May to another.
 */
export function parseLogDate(cell: LogCell): { ok: true; value: PlainDate } | { ok: false; reason: string } {
  if (typeof cell === 'number') {
    const d = fromExcelSerial(cell);
    return d === undefined ? { ok: false, reason: `${cell} is not a date serial number Excel knows` } : { ok: true, value: d };
  }
  if (typeof cell === 'string' && cell.length === 10) {
    const d = parsePlainDate(cell);
    if (d !== undefined) return { ok: true, value: d };
  }
  const text = logCellText(cell).replace(/^'/, '');
  const iso = parsePlainDate(text) ?? parsePlainDate(ISO_WITH_TIME.exec(text)?.[1] ?? '');
  if (iso !== undefined) return { ok: true, value: iso };
  const m = YEAR_FIRST.exec(text);
  if (m) {
    const d = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return d === undefined ? { ok: false, reason: 'there is no such day in the calendar' } : { ok: true, value: d };
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(text)) {
    return { ok: false, reason: 'write dates as YYYY-MM-DD: a day-first or month-first date can be read two ways (a spreadsheet may have changed it on saving)' };
  }
  return { ok: false, reason: 'is not a date; write dates as YYYY-MM-DD' };
}
