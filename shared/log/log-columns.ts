/**
 * The collection log's columns, in the order a new log is written (DESIGN.md, "Collection log":
 * a stable contract). A log read from a file or an Excel table may hold them in another order
 * and add columns of its own; those are kept.
 */
export const LOG_COLUMNS = [
  'date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by',
] as const;

export type LogColumn = (typeof LOG_COLUMNS)[number];

/** Whether a header names one of the log's columns (as written by the contract, lower case). */
export function isLogColumn(text: string): text is LogColumn {
  return (LOG_COLUMNS as readonly string[]).includes(text);
}
