import { LOG_COLUMNS } from '../../shared/log/log-columns.ts';
import type { StoredLog, StoredLogMeta, StoredLogRow } from './stored-types.ts';

/** Shards a log's rows are spread over (a 20,000-row log: about 60 KB each). */
export const LOG_SHARDS = 64;

/** No log recorded yet. */
export const EMPTY_LOG: StoredLog = { columns: [...LOG_COLUMNS], rows: [] };
/** No log recorded yet, as storage item `local:log` holds it. */
export const EMPTY_LOG_META: StoredLogMeta = { columns: [...LOG_COLUMNS], shards: LOG_SHARDS, next: 0, writes: 0 };

/** The storage key (wxt's `local:` form) of shard `n`. */
export function shardKey(n: number): `local:logShard${number}` {
  return `local:logShard${n}`;
}

/** The shard a customer's rows live in: FNV-1a of the customer key, modulo the shard count. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** A shard's rows as one JSON text of `[seq, id, key, cells]`. */
export function encodeShard(rows: readonly StoredLogRow[]): string {
  return JSON.stringify(rows.map((r) => [r.seq, r.id, r.key, r.cells]));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCells = (v: unknown): v is string[] => Array.isArray(v) && v.every((c) => typeof c === 'string');

/**
 * A shard's rows, checked (storage can hold anything: a hand edit, a broken write). Text that is
 * no shard reads as no rows; an entry that is not a row (no id, no cells) cannot be read or
 * exported and is left out; a row whose cells the validator refuses is kept and reported by the reader.
 */
export function decodeShard(value: unknown): StoredLogRow[] {
  if (typeof value !== 'string') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const rows: StoredLogRow[] = [];
  for (const r of raw as unknown[]) {
    if (!Array.isArray(r)) continue;
    const [seq, id, key, cells] = r as unknown[];
    if (typeof seq === 'number' && typeof id === 'string' && typeof key === 'string' && isCells(cells)) rows.push({ seq, id, key, cells });
  }
  return rows;
}

/** The log's settings item, checked: columns that include `date`, a shard count; anything else is the empty log's. */
export function checkLogMeta(value: unknown): StoredLogMeta {
  if (!isObject(value) || !Array.isArray(value.columns) || !value.columns.every((c) => typeof c === 'string') || !value.columns.includes('date')) return EMPTY_LOG_META;
  const shards = Number.isInteger(value.shards) && (value.shards as number) > 0 ? value.shards as number : LOG_SHARDS;
  const next = Number.isInteger(value.next) && (value.next as number) >= 0 ? value.next as number : 0;
  const writes = Number.isInteger(value.writes) ? value.writes as number : 0;
  return { columns: value.columns as string[], shards, next, writes };
}

/**
 * A version 1 log (`{ columns, rows: [{ id, key, cells }] }`, every row in the one item), checked
 * as version 1 read it: a value that is no log is the empty log, a row that is not a row is left out.
 */
export function decodeLogV1(value: unknown): StoredLog {
  if (!isObject(value) || !Array.isArray(value.columns) || !Array.isArray(value.rows)) return EMPTY_LOG;
  const columns = value.columns.filter((c): c is string => typeof c === 'string');
  if (columns.length !== value.columns.length || !columns.includes('date')) return EMPTY_LOG;
  const rows: StoredLogRow[] = [];
  for (const r of value.rows as unknown[]) {
    if (isObject(r) && typeof r.id === 'string' && typeof r.key === 'string' && isCells(r.cells)) rows.push({ id: r.id, key: r.key, cells: r.cells, seq: rows.length });
  }
  return { columns, rows };
}

/** A whole log spread over shards: the settings item and every shard's text (empty shards too). */
export function splitLog(log: StoredLog, shards = LOG_SHARDS, writes = 0): { meta: StoredLogMeta; shards: Map<number, string> } {
  const byShard = new Map<number, StoredLogRow[]>();
  for (let n = 0; n < shards; n++) byShard.set(n, []);
  for (const r of log.rows) byShard.get(shardOf(r.key, shards))!.push(r);
  const next = log.rows.reduce((m, r) => Math.max(m, r.seq + 1), 0);
  return {
    meta: { columns: log.columns, shards, next, writes },
    shards: new Map([...byShard].map(([n, rows]) => [n, encodeShard(rows)])),
  };
}
