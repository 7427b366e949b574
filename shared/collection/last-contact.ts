import type { LogAction } from '../log/log-action.ts';
import type { ContactChannel } from '../contact-channel.ts';
import type { LogEntry } from '../log/log-entry.ts';
import type { PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';

/** The latest exchange with the customer. */
export interface LastContact {
  readonly date: PlainDate;
  readonly action: LogAction;
  readonly stage?: StageId;
  readonly channel?: ContactChannel;
  /** The log row. */
  readonly row: number;
}

/**
 * Rows that are an exchange with the customer: what was sent (`reminder`, a `legal` demand), a
 * `call`, and what was agreed or said (`promise`, `plan` — one contact per plan, `dispute`, its
 * resolution, `acknowledged`). Payments, pauses, resumptions and notes are not contacts.
 */
export const CONTACT_ACTIONS: ReadonlySet<LogAction> = new Set(['reminder', 'call', 'promise', 'plan', 'dispute', 'resolved', 'acknowledged', 'legal']);

/**
 * A row as the last contact: one LastContact per row, kept in `shared` (one map per derivation,
 * not a WeakMap: a row is often the last contact of all a customer's invoices, and a WeakMap's
 * entries cost every garbage collection while the map lives; npm run bench, collection log).
 */
export function lastContactOf(e: LogEntry, shared: Map<LogEntry, LastContact>): LastContact {
  let c = shared.get(e);
  if (c === undefined) {
    c = e.stage !== undefined
      ? e.channel !== undefined ? { date: e.date, action: e.action, row: e.row, stage: e.stage, channel: e.channel } : { date: e.date, action: e.action, row: e.row, stage: e.stage }
      : e.channel !== undefined ? { date: e.date, action: e.action, row: e.row, channel: e.channel } : { date: e.date, action: e.action, row: e.row };
    shared.set(e, c);
  }
  return c;
}

/** Counts contacts in rows sorted by date: a plan's instalment rows (same date) count once. */
export function countContacts(entries: readonly LogEntry[]): number {
  let contacts = 0;
  let lastPlanDate: string | undefined;
  for (const e of entries) {
    if (!CONTACT_ACTIONS.has(e.action)) continue;
    if (e.action === 'plan') {
      if (e.date === lastPlanDate) continue;
      lastPlanDate = e.date;
    }
    contacts++;
  }
  return contacts;
}

/** The latest contact in rows sorted by date (searched from the end: it is usually near it). */
export function latestContact(entries: readonly LogEntry[]): LogEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as LogEntry;
    if (CONTACT_ACTIONS.has(e.action)) return e;
  }
  return undefined;
}
