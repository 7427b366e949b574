import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { shardKey } from './log-encoding.ts';
import type { StoredLogMeta } from './stored-types.ts';

/** The version of `local:log` (defineStoredItems migrates older ones to it). */
export const LOG_VERSION = 2;

/** Where the collection log is kept: its settings item and its shards (see StoredLogMeta). */
export interface LogStorage {
  /** The settings item, once its migration has run. */
  meta(): Promise<unknown>;
  /** The stored texts of these shards (undefined or null where a shard was never written). */
  shards(ns: readonly number[]): Promise<unknown[]>;
  /** Writes the settings item and these shards in one storage call (all or nothing). */
  write(meta: StoredLogMeta, shards: ReadonlyMap<number, string>): Promise<void>;
  /** Hears the settings item change, in any context. */
  watch(cb: (meta: unknown) => void): () => void;
}

/** The log's storage over chrome.storage.local (wxt's storage): `local:log` and `local:logShard<n>`. */
export function logStorage(item: WxtStorageItem<StoredLogMeta, Record<string, unknown>>): LogStorage {
  return {
    meta: () => item.getValue(),
    shards: async (ns) => (await storage.getItems(ns.map(shardKey))).map((x) => x.value as unknown),
    // The version mark goes with every write: an item written past wxt's setValue has none, and
    // without it the next start would take the version 2 settings for a version 1 log.
    write: (meta, shards) => storage.setItems([
      { key: 'local:log', value: meta },
      { key: 'local:log$', value: { v: LOG_VERSION } },
      ...[...shards].map(([n, text]) => ({ key: shardKey(n), value: text })),
    ]),
    watch: (cb) => item.watch(cb),
  };
}
