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

// One LastContact per log row, shared by every invoice and customer whose last contact it is
// (read-only values; a row is often the last contact of all a customer's invoices).
const LAST_CONTACTS = new WeakMap<LogEntry, LastContact>();

/** A row as the last contact. */
export function lastContactOf(e: LogEntry): LastContact {
  let c = LAST_CONTACTS.get(e);
  if (c === undefined) {
    c = {
      date: e.date, action: e.action, row: e.row,
      ...(e.stage !== undefined ? { stage: e.stage } : {}), ...(e.channel !== undefined ? { channel: e.channel } : {}),
    };
    LAST_CONTACTS.set(e, c);
  }
  return c;
}

/** Counts contacts in rows sorted by date: a plan's instalment rows (same date) count once. */
export function countContacts(entries: readonly LogEntry[]): { contacts: number; last: LogEntry | undefined } {
  let contacts = 0;
  let last: LogEntry | undefined;
  let lastPlanDate: string | undefined;
  for (const e of entries) {
    if (!CONTACT_ACTIONS.has(e.action)) continue;
    last = e;
    if (e.action === 'plan') {
      if (e.date === lastPlanDate) continue;
      lastPlanDate = e.date;
    }
    contacts++;
  }
  return { contacts, last };
}
