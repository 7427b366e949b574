import { LOG_COLUMNS, logEntryCells, type NewLogEntry } from '../../shared/log/index.ts';

/** What a row says, as one string: its contract cells as the core writes them (an amount `20000` and `20,000.00` read alike). */
function identity(entry: NewLogEntry): string {
  return logEntryCells(entry, LOG_COLUMNS).join('\u0000');
}

/**
 * The rows of `incoming` that the log does not already hold, and how many it does: each row of
 * the log matches at most one identical incoming row, so a file with the same row twice (two
 * calls on one day, both recorded) keeps its second one when the log has only one. Identical
 * means the same contract cells (date, customer, invoices, action, stage, channel, amount,
 * currency, until, reason, note, by); columns of the user's own are not compared.
 *
 * @example
 * rowsNotInLog(sheetEntries, pastedEntries) // → { rows: [the new ones, in their order], duplicates: 3 }
 */
export function rowsNotInLog<T extends NewLogEntry>(log: readonly NewLogEntry[], incoming: readonly T[]): { rows: T[]; duplicates: number } {
  const have = new Map<string, number>();
  for (const e of log) {
    const id = identity(e);
    have.set(id, (have.get(id) ?? 0) + 1);
  }
  const rows: T[] = [];
  let duplicates = 0;
  for (const e of incoming) {
    const id = identity(e);
    const left = have.get(id) ?? 0;
    if (left > 0) {
      have.set(id, left - 1);
      duplicates++;
    } else {
      rows.push(e);
    }
  }
  return { rows, duplicates };
}
