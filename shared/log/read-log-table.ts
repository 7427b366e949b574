import { logCellText, type LogCell } from './log-cell.ts';
import { isLogColumn, LOG_COLUMNS, type LogColumn } from './log-columns.ts';
import type { LogEntry } from './log-entry.ts';
import type { LogRejectedRow } from './log-problem.ts';
import { validateLogRow, type LogRowCells } from './validate-log-row.ts';

/** What reading a log gives: every row taken, refused (with why) or skipped as blank. */
export interface LogTable {
  /** The header as found, contract columns by their contract name, in the table's order. */
  readonly columns: readonly string[];
  /** Columns besides the contract's (kept, never interpreted). */
  readonly extraColumns: readonly string[];
  readonly entries: LogEntry[];
  readonly rejected: LogRejectedRow[];
  /** Rows with nothing in them. */
  readonly skipped: readonly { readonly row: number; readonly kind: 'blank' }[];
}

/** Why a table cannot be read as a log at all. */
export interface LogHeaderError {
  readonly code: 'log-header';
  readonly message: string;
  readonly row: number;
  readonly column?: string;
}

export interface ReadLogTableOptions {
  /** The header's row number (default 1): data rows are numbered from the next one on. */
  readonly headerRow?: number;
  /** Row numbers of the data rows when they are not consecutive (CSV records spanning lines). */
  readonly rowNumbers?: readonly number[];
}

const REQUIRED: readonly LogColumn[] = ['date', 'customer', 'action'];

function isBlank(cells: readonly LogCell[]): boolean {
  for (const c of cells) {
    if (c === null || c === undefined || c === '') continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
  return true;
}

/** Reads a log's rows one by one against its header (see {@link createLogRowReader}). */
export interface LogRowReader {
  /** Takes, refuses or skips one row; what it did shows in {@link LogRowReader.table}. */
  read(cells: readonly LogCell[], row: number): void;
  /** Everything read so far. */
  table(): LogTable;
}

/**
 * Matches a header to the contract's column names (ignoring case and surrounding spaces, in any
 * order; other columns are kept per row in `extra`) and gives a reader of the rows under it.
 * The file reader feeds it each record as the tokenizer gives it, so a record's cells are
 * garbage as soon as its row is read (holding a 100,000-row log's cells until the end cost a
 * third of reading it in the collector: npm run bench, collection log).
 */
export function createLogRowReader(header: readonly LogCell[], headerRow = 1): { ok: true; value: LogRowReader } | { ok: false; error: LogHeaderError } {
  const columns: string[] = [];
  const index = new Map<LogColumn, number>();
  const extraAt: { name: string; at: number }[] = [];
  header.forEach((cell, at) => {
    const raw = logCellText(cell).replace(/^\uFEFF/, '').trim();
    const lower = raw.toLowerCase();
    const name = isLogColumn(lower) ? lower : raw === '' ? `column ${at + 1}` : raw;
    columns.push(name);
    if (isLogColumn(name) && !index.has(name)) index.set(name, at);
    else extraAt.push({ name, at });
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      error: {
        code: 'log-header', row: headerRow, column: missing[0] as string,
        message: `row ${headerRow} is not a collection log header: it has no ${missing.join(', ')} column (a log's columns are date, customer, invoices, action, stage, channel, amount, currency, until, reason, note, by)`,
      },
    };
  }
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate !== undefined) {
    return { ok: false, error: { code: 'log-header', row: headerRow, column: duplicate, message: `row ${headerRow}: the column "${duplicate}" appears twice` } };
  }

  const entries: LogEntry[] = [];
  const rejected: LogRejectedRow[] = [];
  const skipped: { row: number; kind: 'blank' }[] = [];
  // Where each contract column is (-1: absent), read with one literal per row below: a row
  // object of one shape, and no iterator per row (npm run bench, collection log).
  const at = (column: LogColumn): number => index.get(column) ?? -1;
  const [iDate, iCustomer, iInvoices, iAction, iStage, iChannel, iAmount, iCurrency, iUntil, iReason, iNote, iBy] = LOG_COLUMNS.map(at) as number[] as [
    number, number, number, number, number, number, number, number, number, number, number, number];
  const cell = (cells: readonly LogCell[], i: number): LogCell => (i < 0 ? undefined : cells[i]);
  // A customer's name repeats row after row: one string per spelling, so the log holds no
  // copies and grouping by customer hashes each spelling once.
  const names = new Map<LogCell, LogCell>();
  const extraColumns = extraAt.map((e) => e.name);
  return {
    ok: true,
    value: {
      read(cells, row) {
        if (isBlank(cells)) {
          skipped.push({ row, kind: 'blank' });
          return;
        }
        let customer = cell(cells, iCustomer);
        const known = names.get(customer);
        if (known !== undefined) customer = known;
        else names.set(customer, customer);
        const byColumn: LogRowCells = {
          date: cell(cells, iDate), customer, invoices: cell(cells, iInvoices), action: cell(cells, iAction),
          stage: cell(cells, iStage), channel: cell(cells, iChannel), amount: cell(cells, iAmount), currency: cell(cells, iCurrency),
          until: cell(cells, iUntil), reason: cell(cells, iReason), note: cell(cells, iNote), by: cell(cells, iBy),
        };
        let extra: Record<string, string> | undefined;
        if (extraAt.length > 0) {
          // fromEntries defines own properties, so a header called "__proto__" stays a plain key.
          extra = Object.fromEntries(extraAt.map(({ name, at: i }) => [name, logCellText(cells[i])]));
        }
        const result = validateLogRow(byColumn, row, extra);
        if (result.ok) entries.push(result.value);
        else rejected.push({ ...(result.problems[0] as LogRejectedRow), problems: result.problems });
      },
      table: () => ({ columns, extraColumns, entries, rejected, skipped }),
    },
  };
}

/**
 * Reads a log from a header and rows of cells: the one reader for the CSV file (via
 * {@link parseLogCsv}, row by row through {@link createLogRowReader}) and the Excel table
 * `DunningLog` (`range.values`, where dates may be serial numbers). Headers are matched to the
 * contract's column names ignoring case and surrounding spaces, in any order; other columns are
 * kept per row in `extra`. A row with a problem is refused with its row number and column, and
 * the other rows still count.
 */
export function readLogTable(
  header: readonly LogCell[], rows: readonly (readonly LogCell[])[], options: ReadLogTableOptions = {},
): { ok: true; value: LogTable } | { ok: false; error: LogHeaderError } {
  const headerRow = options.headerRow ?? 1;
  const reader = createLogRowReader(header, headerRow);
  if (!reader.ok) return reader;
  rows.forEach((cells, i) => reader.value.read(cells, options.rowNumbers?.[i] ?? headerRow + 1 + i));
  return { ok: true, value: reader.value.table() };
}
