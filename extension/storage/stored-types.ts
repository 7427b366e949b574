import type { Receivable } from '../../shared/import/types.ts';
import type { Jurisdiction } from '../../shared/limitation/jurisdiction.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { OverdueStageId } from '../../shared/stages/stage-policy.ts';
import type { UserTemplate } from '../../shared/templates/render-reminder.ts';
import type { BankProfile, CompanyProfile, SenderProfile } from '../../shared/templates/reminder-model.ts';
import type { Tone } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';

/** The imported receivables list (storage item `local:receivables`, version 2). */
export interface StoredReceivables {
  readonly receivables: readonly Receivable[];
  /** File name the list came from. */
  readonly file: string;
  /** Detected export format (`kingdee`, `report-json`, …). */
  readonly format: string;
  /** When it was imported (ISO timestamp, for display only). */
  readonly importedAt: string;
  /** The as-of date of a report file, when the list came from one. */
  readonly reportAsOf?: string;
}

/** Who sends the reminders (storage item `local:profile`). */
export interface StoredProfile {
  readonly company: CompanyProfile;
  readonly sender: SenderProfile;
  readonly bank: BankProfile;
  readonly paymentLink: string;
}

/** Defaults for new reminders (storage item `local:defaults`, version 3). */
export interface StoredDefaults {
  /** `auto` follows the browser's UI language. */
  readonly lang: TemplateLang | 'auto';
  readonly tone: Tone;
  /**
   * Key of RULE_PRESETS used for penalty figures, or `none`: the default rule, for every currency
   * that `currencyRules` does not name (a bare `--rule` of the CLI).
   */
  readonly rulePreset: string;
  /**
   * The rule per currency (`{ GBP: 'uk-late-payment', CNY: 'cn-lpr-1.5x' }`, `none` for no charge),
   * as the CLI's `--rule GBP=uk-late-payment`: a ledger mixes contracts and jurisdictions. Added in
   * version 3 (empty after the migration: the single rule of version 2 stays the default).
   */
  readonly currencyRules?: Readonly<Record<string, string>>;
  /** First day overdue on which each stage is suggested (overrides the core's DEFAULT_STAGE_POLICY). */
  readonly thresholds: Readonly<Partial<Record<OverdueStageId, number>>>;
  /**
   * Whose limitation periods the picker warns about: `auto` follows the penalty rule (cn-*, uk-*,
   * de-*; none for a rule that names no law), `none` never. Added in version 2.
   */
  readonly jurisdiction: Jurisdiction | 'auto' | 'none';
  /** Days after a contact before the next step is suggested (the stage policy's minGapDays). Added in version 2. */
  readonly minGapDays: number;
}

/** Key of a template override: stage and language. */
export type TemplateKey = `${StageId}:${TemplateLang}`;

/** User templates replacing the built-in ones (storage item `local:templates`). */
export type StoredTemplates = Readonly<Partial<Record<TemplateKey, UserTemplate>>>;

/**
 * One row of the collection log as the extension keeps it: the cells as text in the log's
 * columns (dates ISO, amounts plain decimals: what the core's `logEntryCells` writes and its
 * validator reads), an id that lets "undo" take back exactly the row an insertion added, the
 * customer's key so the picker finds a customer's rows without reading every row's cells, and
 * its place in the order rows were recorded.
 */
export interface StoredLogRow {
  readonly id: string;
  /** customerKey of the row's customer. */
  readonly key: string;
  readonly cells: readonly string[];
  /** Order of recording (increasing; gaps where a row was taken back). */
  readonly seq: number;
}

/** The collection log as the store works on it: append-only, in the order recorded. */
export interface StoredLog {
  /** The contract's columns in order, then any further columns an imported log brought (kept, never interpreted). */
  readonly columns: readonly string[];
  readonly rows: readonly StoredLogRow[];
}

/**
 * Storage item `local:log` (version 2): the log's columns and how its rows are kept. The rows
 * live in `shards` items `local:logShard<n>`, each one JSON text of `[seq, id, key, cells]`,
 * a customer's rows all in the shard their key hashes to. Chrome's storage converts a value
 * through its own types on every read: the version 1 layout (every row an object in this one
 * item) took 1.2–1.4 s to read at 20,000 rows in the background, even as one text 230 ms; the
 * picker now reads this item and one shard (test/bench/extension-log.ts).
 */
export interface StoredLogMeta {
  readonly columns: readonly string[];
  readonly shards: number;
  /** The seq the next row gets. */
  readonly next: number;
  /** Counts writes, so a store hears whether a change is its own. */
  readonly writes: number;
}

/**
 * One addition to the reference data: a rate change typed in, or a file (pasted or imported) in
 * the hand-out folder's shapes. `json` is kept as the user gave it and read again by the core
 * each time it is used (`parseRateTables` / `parseCnCalendarYears`), so a later release that reads
 * more is not held back by what this one understood.
 */
export interface StoredReferenceEntry {
  readonly id: string;
  /** `rates`: the `rates` shape of `dunning calc` / `--rates`, or one table file; `calendar`: a calendar year or the calendar file. */
  readonly kind: 'rates' | 'calendar';
  /** What the user sees in the list: the file name, or the change typed in. */
  readonly label: string;
  /** When it was added (ISO timestamp, for display only). */
  readonly addedAt: string;
  readonly json: unknown;
}

/** The user's newer rates and holidays (storage item `local:referenceData`, version 1), in the order added: a later entry wins on the same date or year. */
export interface StoredReferenceData {
  readonly entries: readonly StoredReferenceEntry[];
}
