import { validateLogRow, type LogEntry, type LogProblem, type LogRowCells, type NewLogEntry } from '../../shared/log/index.ts';

/**
 * A row the pane's forms built, checked by the core's one validator (the CLI's `log add` and the
 * sheet's reader use the same): a promise needs its date, a dispute its reason, an amount its
 * currency, a date is a real day. The row has no number until the table gives it one.
 *
 * @example
 * newLogEntry({ date: '2026-12-07', customer: 'Acme Ltd', action: 'promise', until: '2026-12-20', amount: '5000', currency: 'USD', by: 'Li Na' })
 * // → { ok: true, value: { date: '2026-12-07', customer: 'Acme Ltd', invoices: [], action: 'promise', amount: { minor: 500000, currency: 'USD' }, … } }
 */
export function newLogEntry(cells: LogRowCells): { ok: true; value: NewLogEntry } | { ok: false; problems: readonly LogProblem[] } {
  const checked = validateLogRow(cells, 0);
  if (!checked.ok) return checked;
  return { ok: true, value: withoutRow(checked.value) };
}

/** A log row as a new entry (what it says, not where it sat). */
export function withoutRow(e: LogEntry): NewLogEntry {
  const copy: { -readonly [K in keyof LogEntry]?: LogEntry[K] } = { ...e };
  delete copy.row;
  return copy as NewLogEntry;
}
