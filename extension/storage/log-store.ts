import { customerKey } from '../../shared/customer-key.ts';
import { LOG_COLUMNS } from '../../shared/log/log-columns.ts';
import { isLogColumn, logEntryCells, readLogTable, type LogEntry, type LogRejectedRow, type LogTable, type NewLogEntry } from '../../shared/log/index.ts';
import { checkLogMeta, decodeShard, encodeShard, shardOf } from './log-encoding.ts';
import type { LogStorage } from './log-storage.ts';
import type { StoredLog, StoredLogMeta, StoredLogRow } from './stored-types.ts';

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

const bySeq = (a: StoredLogRow, b: StoredLogRow): number => a.seq - b.seq;

/** What a write changes: the settings and the rows of the shards it touched (in recording order). */
interface Change<T> {
  readonly meta?: StoredLogMeta;
  readonly shards?: ReadonlyMap<number, readonly StoredLogRow[]>;
  readonly result: T;
}

/**
 * The log store of one extension context (the background: the one writer). The settings item
 * and each shard are read once and cached; a change to the settings that this store did not
 * write (another context) drops the cache. Writes go one after the other, each a
 * read-modify-write of the settings and the shards it touches in one storage call, so two
 * insertions in quick succession never lose one another and a failed read never becomes a write.
 * Rows are kept as the core writes cells (`logEntryCells`) and read back through the core's
 * validator: the same rules as the CLI's file.
 *
 * Cost (a 20,000-row log, `npm run bench`): the picker's question (one customer's rows) reads
 * the settings and the one shard the customer's key hashes to, about 1/64 of the log, and
 * validates only that customer's rows; export, import and undo read every shard.
 */
export function createLogStore(store: LogStorage, newId: () => string = () => crypto.randomUUID()): LogStore {
  let meta: Promise<StoredLogMeta> | null = null;
  const shards = new Map<number, Promise<StoredLogRow[]>>();
  let writing: Promise<unknown> = Promise.resolve();
  let written = -1;
  store.watch((value) => {
    if (value === null || value === undefined || checkLogMeta(value).writes !== written) {
      meta = null;
      shards.clear();
    }
  });

  /** A cached read that is forgotten when it fails (the caller fails too; nothing is built on it). */
  function cachedRead<T>(read: () => Promise<T>, keep: (p: Promise<T> | null) => void): Promise<T> {
    const p = read();
    keep(p);
    p.catch(() => keep(null));
    return p;
  }

  function readMeta(): Promise<StoredLogMeta> {
    if (meta) return meta;
    return cachedRead(() => store.meta().then(checkLogMeta), (p) => { meta = p; });
  }

  async function readShards(ns: readonly number[]): Promise<StoredLogRow[][]> {
    const missing = ns.filter((n) => !shards.has(n));
    if (missing.length > 0) {
      const loading = store.shards(missing).then((texts) => texts.map(decodeShard));
      missing.forEach((n, i) => {
        const one = loading.then((all) => all[i] ?? []);
        shards.set(n, one);
        one.catch(() => { if (shards.get(n) === one) shards.delete(n); });
      });
    }
    return Promise.all(ns.map((n) => shards.get(n)!));
  }

  async function readAll(): Promise<{ meta: StoredLogMeta; rows: StoredLogRow[] }> {
    const m = await readMeta();
    const all = await readShards(Array.from({ length: m.shards }, (_, n) => n));
    return { meta: m, rows: all.flat().sort(bySeq) };
  }

  /** Runs one write after the ones before it, on the freshest value. */
  function write<T>(change: () => Promise<Change<T>>): Promise<T> {
    const run = writing.then(async () => {
      const { meta: nextMeta, shards: touched, result } = await change();
      if (!nextMeta) return result;
      const m: StoredLogMeta = { ...nextMeta, writes: (await readMeta()).writes + 1 };
      const texts = new Map([...(touched ?? new Map<number, readonly StoredLogRow[]>())].map(([n, rows]) => [n, encodeShard(rows)]));
      written = m.writes;
      try {
        await store.write(m, texts);
      } catch (error) {
        meta = null;
        shards.clear();
        throw error;
      }
      meta = Promise.resolve(m);
      for (const [n, rows] of touched ?? []) shards.set(n, Promise.resolve([...rows]));
      return result;
    });
    writing = run.catch(() => undefined);
    return run;
  }

  function validate(columns: readonly string[], rows: readonly StoredLogRow[], numbers: readonly number[]): { table: LogTable; ids: Map<number, string> } {
    const read = readLogTable(columns, rows.map((r) => r.cells), { rowNumbers: numbers });
    if (!read.ok) throw new Error(read.error.message);
    const ids = new Map<number, string>();
    rows.forEach((r, i) => ids.set(numbers[i]!, r.id));
    return { table: read.value, ids };
  }

  /** Adds rows at the end of the log: each gets the next seq and goes into its customer's shard. */
  async function appended(m: StoredLogMeta, columns: readonly string[], rows: readonly { id: string; key: string; cells: readonly string[] }[]): Promise<Change<void>> {
    const byShard = new Map<number, StoredLogRow[]>();
    let next = m.next;
    for (const r of rows) {
      const n = shardOf(r.key, m.shards);
      if (!byShard.has(n)) byShard.set(n, [...(await readShards([n]))[0]!]);
      byShard.get(n)!.push({ ...r, seq: next++ });
    }
    return { meta: { ...m, columns, next }, shards: byShard, result: undefined };
  }

  return {
    async read() {
      const { meta: m, rows } = await readAll();
      return { columns: m.columns, rows };
    },
    async rowsFor(key) {
      const m = await readMeta();
      const [shard] = await readShards([shardOf(key, m.shards)]);
      const mine = (shard ?? []).filter((r) => r.key === key).sort(bySeq);
      // Row numbers follow the order of recording (the exported file numbers them by position).
      const { table, ids } = validate(m.columns, mine, mine.map((r) => rowNumber(r.seq)));
      return { entries: table.entries, rejected: table.rejected, ids };
    },
    async table() {
      const { meta: m, rows } = await readAll();
      return validate(m.columns, rows, rows.map((_, i) => rowNumber(i))).table;
    },
    append(entries) {
      return write(async () => {
        const m = await readMeta();
        const ids = entries.map(() => newId());
        const rows = entries.map((e, i) => ({ id: ids[i] as string, key: customerKey(e.customer), cells: logEntryCells(e, m.columns) }));
        return { ...(await appended(m, m.columns, rows)), result: ids };
      });
    },
    remove(id) {
      return write(async () => {
        const { meta: m } = await readAll();
        for (let n = 0; n < m.shards; n++) {
          const [rows] = await readShards([n]);
          const at = rows!.findIndex((r) => r.id === id);
          if (at >= 0) return { meta: m, shards: new Map([[n, [...rows!.slice(0, at), ...rows!.slice(at + 1)]]]), result: true };
        }
        return { result: false };
      });
    },
    merge(imported) {
      return write(async () => {
        const { meta: m, rows: existing } = await readAll();
        // Columns the file brings that the log does not have yet are kept, after the others.
        const columns = [...m.columns];
        for (const c of imported.columns) if (!isLogColumn(c) && !columns.includes(c)) columns.push(c);
        const width = columns.length;
        const have = new Map<string, number>();
        for (const r of existing) {
          const id = identity(r.cells, width);
          have.set(id, (have.get(id) ?? 0) + 1);
        }
        const added: { id: string; key: string; cells: readonly string[] }[] = [];
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
        if (added.length === 0 && columns.length === m.columns.length) return { result: outcome };
        return { ...(await appended(m, columns, added)), result: outcome };
      });
    },
    clear() {
      return write(async () => {
        const m = await readMeta();
        const empty = new Map(Array.from({ length: m.shards }, (_, n) => [n, [] as StoredLogRow[]] as const));
        return { meta: { ...m, columns: [...LOG_COLUMNS], next: 0 }, shards: empty, result: undefined };
      });
    },
  };
}
