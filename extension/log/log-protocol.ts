import type { ContactChannel } from '../../shared/contact-channel.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { ManualCustomer } from '../picker/picker-protocol.ts';

// The collection log is written by the background only (one writer, writes in order); the
// picker, the compose integration and the options page ask it with these messages (plain JSON).

/** Actions the picker records: a reminder after Insert; the others without inserting anything. */
export type RecordedAction = 'reminder' | 'promise' | 'dispute' | 'pause' | 'note';

/** A row to record for a listed customer (by key) or one typed into the picker. Dated today, `by` the sender in the profile. */
export interface LogRecordRequest {
  readonly customerKey?: string;
  readonly manual?: ManualCustomer;
  readonly action: RecordedAction;
  readonly stage?: StageId;
  readonly channel?: ContactChannel;
  /** Invoice numbers the row is about (empty: all the customer's open invoices). */
  readonly invoices?: readonly string[];
  /** Decimal string ("20000.00"). */
  readonly amount?: string;
  readonly currency?: string;
  /** YYYY-MM-DD. */
  readonly until?: string;
  readonly reason?: string;
  readonly note?: string;
}

/** The recorded row's id (for undo) and what it says, or why it was refused (in the UI language). */
export type LogRecordReply =
  | { readonly ok: true; readonly id: string; readonly summary: string }
  | { readonly ok: false; readonly message: string };

/** What importing a log file did: rows added, rows already in the log, rows refused (row, column, value, reason), blank lines. */
export interface LogImportReport {
  readonly file: string;
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: readonly { readonly row: number; readonly column: string; readonly value: string; readonly reason: string }[];
  readonly blank: number;
}

/** How many rows the log holds, about how many customers. */
export interface LogSummary {
  readonly rows: number;
  readonly customers: number;
}

export type LogRequest =
  | { readonly type: 'log-record'; readonly record: LogRecordRequest }
  | { readonly type: 'log-undo'; readonly id: string }
  | { readonly type: 'log-import'; readonly file: string; readonly text: string }
  | { readonly type: 'log-export' }
  | { readonly type: 'log-clear' }
  | { readonly type: 'log-summary' };

/** Answers, by request type. */
export interface LogReplies {
  readonly 'log-record': LogRecordReply;
  readonly 'log-undo': { readonly ok: boolean };
  readonly 'log-import': { readonly ok: true; readonly report: LogImportReport } | { readonly ok: false; readonly message: string };
  readonly 'log-export': { readonly csv: string; readonly rows: number };
  readonly 'log-clear': { readonly ok: true };
  readonly 'log-summary': LogSummary;
}

const TYPES: ReadonlySet<string> = new Set(['log-record', 'log-undo', 'log-import', 'log-export', 'log-clear', 'log-summary']);

/** Whether a runtime message is a log request. */
export function isLogRequest(message: unknown): message is LogRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type);
}

/** What the UI needs of the log: the message-backed one is in message-log-service.ts. */
export interface LogService {
  record(record: LogRecordRequest): Promise<LogRecordReply>;
  undo(id: string): Promise<boolean>;
}
