import { toDecimalString } from '../money.ts';
import { isLogColumn, LOG_COLUMNS, type LogColumn } from './log-columns.ts';
import type { NewLogEntry } from './log-entry.ts';

/**
 * The text of each of an entry's cells, in `columns` order (default the contract's): dates ISO,
 * invoices joined with `;`, amounts as plain decimals with the currency's digits. Columns the
 * entry has nothing for, or does not know, are empty. Text is as entered: formula guarding is
 * the CSV writer's job ({@link logCsvLine}); Excel is written text as text by its adapter.
 */
export function logEntryCells(entry: NewLogEntry, columns: readonly string[] = LOG_COLUMNS): string[] {
  return columns.map((column) => (isLogColumn(column) ? contractCell(entry, column) : entry.extra && Object.hasOwn(entry.extra, column) ? entry.extra[column] ?? '' : ''));
}

function contractCell(entry: NewLogEntry, column: LogColumn): string {
  switch (column) {
    case 'date': return entry.date;
    case 'customer': return entry.customer;
    case 'invoices': return entry.invoices.join(';');
    case 'action': return entry.action;
    case 'stage': return entry.stage ?? '';
    case 'channel': return entry.channel ?? '';
    case 'amount': return entry.amount ? toDecimalString(entry.amount) : '';
    case 'currency': return entry.amount?.currency ?? entry.currency ?? '';
    case 'until': return entry.until ?? '';
    case 'reason': return entry.reason ?? '';
    case 'note': return entry.note ?? '';
    case 'by': return entry.by ?? '';
  }
}

/** Contract columns an entry fills that a log's header lacks (such an entry cannot be written to it). */
export function columnsMissingFor(entry: NewLogEntry, columns: readonly string[]): LogColumn[] {
  return LOG_COLUMNS.filter((c) => !columns.includes(c) && contractCell(entry, c) !== '');
}
