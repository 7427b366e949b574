import { customerKey } from '../../shared/customer-key.ts';
import { isLogColumn, logEntryCells, readLogTable, type LogEntry, type LogRejectedRow, type LogTable, type NewLogEntry } from '../../shared/log/index.ts';
import { EMPTY_LOG } from './define-stored-items.ts';
import type { StoredLog, StoredLogRow } from './stored-types.ts';

/** The storage item the log lives in (a `WxtStorageItem<StoredLog>`), as much of it as the store uses. */
export interface LogItem {
  getValue(): Promise<StoredLog>;
  setValue(value: StoredLog): Promise<void>;
  watch(cb: (value: StoredLog) => void): () => void;
}

/** A customer's rows: validated entries (numbered as in the exported CSV) and any the validator refused. */
export interface CustomerRows {
  readonly entries: readonly LogEntry[];
  readonly rejected: readonly LogRejectedRow[];
  /** Ids of the entries, by row number. */
  readonly ids: ReadonlyMap<number, string>;
}

/** What merging an imported log did: rows added, and rows already in the log (left out). */
export interface MergeOutcome {
  readonly added: number;
  readonly duplicates: number;
}

/** The extension's collection log over its storage item: the one writer, writes in order. */
export interface LogStore {
  /** The whole log as stored. */
  read(): Promise<StoredLog>;
  /** One customer's rows (by customerKey), validated by the core: cheap however long the log is. */
  rowsFor(key: string): Promise<CustomerRows>;
  /** Every row validated by the core (for export and for the options page's count). */
  table(): Promise<LogTable>;
  /** Appends entries (already validated); returns their ids. */
  append(entries: readonly NewLogEntry[]): Promise<string[]>;
  /** Removes the row with this id, and only it; false when it is not there (already undone). */
  remove(id: string): Promise<boolean>;
  /**
   * Adds an imported log's entries that are not in the log yet. Rows are compared by their cells
   * in every column; a row the file holds n times and the log m times is added n − m times, so
   * importing the same file twice adds nothing and two genuinely equal rows of one file both stay.
   */
  merge(imported: LogTable): Promise<MergeOutcome>;
  /** Empties the log. */
  clear(): Promise<void>;
}

function rowNumber(index: number): number {
  // As in the exported file: the header is line 1.
  return index + 2;
}

function identity(cells: readonly string[], width: number): string {
  return Array.from({ length: width }, (_, i) => cells[i] ?? '').join('\u0000');
}

/**
 * The log store of one extension context. Reads are cached until the item changes (any context
 * writing, watched); writes go one after the other, each a read-modify-write of the item, so two
 * insertions in quick succession never lose one another. Rows are kept as the core writes cells
 * (`logEntryCells`) and read back through the core's validator: the same rules as the CLI's file.
 *
 * Cost (a 20,000-row log): the picker asks for one customer's rows, found by the stored key
 * without touching the other rows' cells, then validated (see `npm run bench`).
 */
export function createLogStore(item: LogItem, newId: () => string = () => crypto.randomUUID()): LogStore {
  let cached: Promise<StoredLog> | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  item.watch(() => { cached = null; });

  function read(): Promise<StoredLog> {
    cached ??= item.getValue().then(checked, () => EMPTY_LOG);
    return cached;
  }

  /** Runs one write after the ones before it, on the freshest value. */
  function write<T>(change: (log: StoredLog) => { next: StoredLog; result: T } | { next?: undefined; result: T }): Promise<T> {
    const run = writing.then(async () => {
      cached = null;
      const current = checked(await item.getValue());
      const { next, result } = change(current);
      if (next) {
        await item.setValue(next);
        cached = Promise.resolve(next);
      }
      return result;
    });
    writing = run.catch(() => undefined);
    return run;
  }

  function validate(log: StoredLog, indices: readonly number[]): { table: LogTable; ids: Map<number, string> } {
    const rows = indices.map((i) => log.rows[i]?.cells ?? []);
    const read = readLogTable(log.columns, rows, { rowNumbers: indices.map(rowNumber) });
    if (!read.ok) throw new Error(read.error.message);
    const ids = new Map<number, string>();
    for (const i of indices) ids.set(rowNumber(i), log.rows[i]?.id ?? '');
    return { table: read.value, ids };
  }

  return {
    read,
    async rowsFor(key) {
      const log = await read();
      const indices: number[] = [];
      log.rows.forEach((r, i) => { if (r.key === key) indices.push(i); });
      const { table, ids } = validate(log, indices);
      return { entries: table.entries, rejected: table.rejected, ids };
    },
    async table() {
      const log = await read();
      return validate(log, log.rows.map((_, i) => i)).table;
    },
    append(entries) {
      return write((log) => {
        const ids = entries.map(() => newId());
        const rows: StoredLogRow[] = entries.map((e, i) => ({ id: ids[i] as string, key: customerKey(e.customer), cells: logEntryCells(e, log.columns) }));
        return { next: { columns: log.columns, rows: [...log.rows, ...rows] }, result: ids };
      });
    },
    remove(id) {
      return write((log) => {
        const at = log.rows.findIndex((r) => r.id === id);
        if (at < 0) return { result: false };
        return { next: { columns: log.columns, rows: [...log.rows.slice(0, at), ...log.rows.slice(at + 1)] }, result: true };
      });
    },
    merge(imported) {
      return write((log) => {
        // Columns the file brings that the log does not have yet are kept, after the others.
        const columns = [...log.columns];
        for (const c of imported.columns) if (!isLogColumn(c) && !columns.includes(c)) columns.push(c);
        const width = columns.length;
        const have = new Map<string, number>();
        for (const r of log.rows) {
          const id = identity(r.cells, width);
          have.set(id, (have.get(id) ?? 0) + 1);
        }
        const added: StoredLogRow[] = [];
        let duplicates = 0;
        for (const e of imported.entries) {
          const cells = logEntryCells(e, columns);
          const id = identity(cells, width);
          const left = have.get(id) ?? 0;
          if (left > 0) {
            have.set(id, left - 1);
            duplicates++;
            continue;
          }
          added.push({ id: newId(), key: customerKey(e.customer), cells });
        }
        const outcome = { added: added.length, duplicates };
        if (added.length === 0 && columns.length === log.columns.length) return { result: outcome };
        return { next: { columns, rows: [...log.rows, ...added] }, result: outcome };
      });
    },
    clear() {
      return write(() => ({ next: EMPTY_LOG, result: undefined }));
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The stored value if it has the log's shape (storage can hold anything: an older build, a hand
 * edit). A row that is not a row at all (no id, no cells) cannot be read or exported and is left
 * out; a row whose cells the validator refuses is kept and reported by the reader.
 */
function checked(value: unknown): StoredLog {
  if (!isObject(value) || !Array.isArray(value.columns) || !Array.isArray(value.rows)) return EMPTY_LOG;
  const columns = value.columns.filter((c): c is string => typeof c === 'string');
  if (columns.length !== value.columns.length || !columns.includes('date')) return EMPTY_LOG;
  const rows = (value.rows as unknown[]).filter((r): r is StoredLogRow =>
    isObject(r) && typeof r.id === 'string' && typeof r.key === 'string' && Array.isArray(r.cells) && r.cells.every((c) => typeof c === 'string'));
  return rows.length === value.rows.length ? value as unknown as StoredLog : { columns, rows };
}
