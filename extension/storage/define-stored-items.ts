import { storage } from 'wxt/utils/storage';
import { parseReportJson } from '../../shared/report/parse-report-json.ts';
import { DEFAULT_STAGE_POLICY } from '../../shared/stages/stage-policy.ts';
import { checkLogMeta, decodeLogV1, EMPTY_LOG_META, LOG_SHARDS, shardKey, splitLog } from './log-encoding.ts';
import { LOG_VERSION, logStorage } from './log-storage.ts';
import type { StoredDefaults, StoredLogMeta, StoredProfile, StoredReceivables, StoredReferenceData, StoredTemplates } from './stored-types.ts';

/** No list imported yet. */
export const EMPTY_RECEIVABLES: StoredReceivables = { receivables: [], file: '', format: '', importedAt: '' };
/** An empty company profile (the reminders leave the sender lines out). */
export const DEFAULT_PROFILE: StoredProfile = { company: {}, sender: {}, bank: {}, paymentLink: '' };
/** Defaults before the user sets any: language follows the UI, neutral tone, no penalty figures, the core's thresholds. */
export const DEFAULT_DEFAULTS: StoredDefaults = {
  lang: 'auto', tone: 'neutral', rulePreset: 'none', currencyRules: {}, thresholds: {}, jurisdiction: 'auto', minGapDays: DEFAULT_STAGE_POLICY.minGapDays,
};
/** No rates or holidays added by the user: the built-in tables only. */
export const EMPTY_REFERENCE_DATA: StoredReferenceData = { entries: [] };

/** A message for the user about stored data (shown once in the picker and on the options page). */
export interface StoredNotice {
  readonly key: 'reset' | 'migrated';
  readonly item: string;
  readonly count?: number;
}

/**
 * Version 1 of `local:receivables` kept the report JSON's string form (`"12000.00"`, the
 * `dunning report --format json` rows). Version 2 keeps typed receivables (integer minor units).
 * A value already in the version 2 layout passes through (its version mark can lag behind when
 * an unreadable version 1 list was reset); anything else throws, so the list is reset with a
 * notice rather than silently emptied. `notify` hears that the list was converted, and how many
 * rows the core could not read.
 */
function migrateReceivablesV1(old: unknown, notify: (notice: StoredNotice) => void): StoredReceivables {
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as { file?: unknown; importedAt?: unknown; rows?: unknown; receivables?: unknown };
  if (Array.isArray(v1.receivables)) return old as StoredReceivables;
  if (!Array.isArray(v1.rows)) throw new Error('not a version 1 receivables list');
  const parsed = parseReportJson({ receivables: v1.rows });
  if (!parsed.ok) throw new Error(parsed.error.message);
  notify({ key: 'migrated', item: 'receivables' });
  const dropped = new Set(parsed.value.rejected.map((r) => r.row)).size;
  if (dropped > 0) notify({ key: 'reset', item: 'receivables', count: dropped });
  return {
    receivables: parsed.value.receivables,
    file: typeof v1.file === 'string' ? v1.file : '',
    format: 'report-json',
    importedAt: typeof v1.importedAt === 'string' ? v1.importedAt : '',
  };
}

/**
 * Version 2 of `local:defaults` adds the collection log's settings: the limitation law to warn
 * under (`auto`: as the penalty rule implies) and the days between contacts. Version 1 settings
 * keep everything they had.
 */
function migrateDefaultsV1(old: unknown): StoredDefaults {
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as Partial<StoredDefaults>;
  return { ...DEFAULT_DEFAULTS, ...v1, jurisdiction: 'auto', minGapDays: DEFAULT_STAGE_POLICY.minGapDays };
}

/**
 * Version 1 of `local:log` held every row as an object in the one item (slow to read at 20,000
 * rows); version 2 spreads them over shard items and keeps the columns and counters here. Every
 * row keeps its id (an undo offered before the update still works), its cells and its order.
 */
async function migrateLogV1(old: unknown): Promise<StoredLogMeta> {
  // Settings already in the version 2 layout whose version mark is missing: nothing to move.
  if (typeof old === 'object' && old !== null && !Array.isArray((old as { rows?: unknown }).rows) && 'shards' in old) return checkLogMeta(old);
  const { meta, shards } = splitLog(decodeLogV1(old), LOG_SHARDS);
  await storage.setItems([...shards].map(([n, text]) => ({ key: shardKey(n), value: text })));
  return meta;
}

/**
 * Version 3 of `local:defaults` chooses the rule per currency (`currencyRules`, as the CLI's
 * `--rule GBP=uk-late-payment`). The one rule of version 2 becomes the default for every
 * currency, so each invoice is charged exactly as before until the user names a currency.
 */
function migrateDefaultsV2(old: unknown): StoredDefaults {
  const v2 = (typeof old === 'object' && old !== null ? old : {}) as Partial<StoredDefaults>;
  return { ...DEFAULT_DEFAULTS, ...v2, rulePreset: typeof v2.rulePreset === 'string' ? v2.rulePreset : DEFAULT_DEFAULTS.rulePreset, currencyRules: {} };
}

/** The user's newer rates and holidays (`local:referenceData`, version 1): defined alone for the options page's rates section. */
export function defineReferenceDataItem() {
  return storage.defineItem<StoredReferenceData>('local:referenceData', { fallback: EMPTY_REFERENCE_DATA, version: 1 });
}

/**
 * The extension's storage items (chrome.storage.local through @wxt-dev/storage): typed,
 * versioned, migrated when first touched. A function, not module constants, because
 * migrations start when an item is defined (tests seed storage first). `migrated` collects a
 * notice for each item a migration updated, for readStoredData to pass on to the user.
 */
export function defineStoredItems() {
  const migrated: StoredNotice[] = [];
  return {
    receivables: storage.defineItem<StoredReceivables>('local:receivables', {
      fallback: EMPTY_RECEIVABLES,
      version: 2,
      migrations: { 2: (old: unknown) => migrateReceivablesV1(old, (notice) => migrated.push(notice)) },
    }),
    profile: storage.defineItem<StoredProfile>('local:profile', { fallback: DEFAULT_PROFILE, version: 1 }),
    defaults: storage.defineItem<StoredDefaults>('local:defaults', { fallback: DEFAULT_DEFAULTS, version: 3, migrations: { 2: migrateDefaultsV1, 3: migrateDefaultsV2 } }),
    templates: storage.defineItem<StoredTemplates>('local:templates', { fallback: {}, version: 1 }),
    notices: storage.defineItem<readonly StoredNotice[]>('local:notices', { fallback: [], version: 1 }),
    log: logStorage(storage.defineItem<StoredLogMeta>('local:log', { fallback: EMPTY_LOG_META, version: LOG_VERSION, migrations: { 2: migrateLogV1 } })),
    referenceData: defineReferenceDataItem(),
    migrated,
  };
}

/** The storage items and the notices of migrations run while defining them. */
export type StoredItems = ReturnType<typeof defineStoredItems>;
