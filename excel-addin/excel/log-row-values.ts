import { isLogColumn, logEntryCells, type NewLogEntry } from '../../shared/log/index.ts';
import { toExcelSerial } from '../../shared/plain-date.ts';
import { LOG_DATE_FORMAT } from './ensure-log-table.ts';
import { cellNumberFromMoney, moneyNumberFormat } from './money-from-cell.ts';
import { textCell } from './text-cell.ts';

/** One log row as written into the table: values and, where the add-in decides it, the number format. */
export interface LogRowValues {
  readonly values: unknown[];
  /** `null`: the cell keeps the table column's format. */
  readonly formats: (string | null)[];
}

/**
 * An entry's cells for a log table with these columns (the core's `logEntryCells` decides what
 * goes where): dates as Excel serials with the ISO date format, the amount as a number with its
 * currency's digits, every other contract cell as text with Excel's quote prefix (a customer
 * called `=HYPERLINK(…)` stays that text, an invoice `00123` keeps its zeros). Columns the user
 * added get `null` (nothing written: a formula column of the user's fills itself) unless the
 * entry carries a value for them.
 */
export function logRowValues(entry: NewLogEntry, columns: readonly string[]): LogRowValues {
  const cells = logEntryCells(entry, columns);
  const values: unknown[] = [];
  const formats: (string | null)[] = [];
  columns.forEach((column, i) => {
    const text = cells[i] ?? '';
    if (!isLogColumn(column)) {
      values.push(entry.extra && Object.hasOwn(entry.extra, column) ? textCell(text) : null);
      formats.push(null);
    } else if (column === 'date' || column === 'until') {
      const date = column === 'date' ? entry.date : entry.until;
      values.push(date ? toExcelSerial(date) : '');
      formats.push(LOG_DATE_FORMAT);
    } else if (column === 'amount') {
      values.push(entry.amount ? cellNumberFromMoney(entry.amount) : '');
      formats.push(entry.amount ? moneyNumberFormat(entry.amount.currency) : null);
    } else {
      values.push(textCell(text));
      formats.push(null);
    }
  });
  return { values, formats };
}
