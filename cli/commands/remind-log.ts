import { userInfo } from 'node:os';
import {
  deriveCollection, reminderHistoryFor, type CollectionState, type CustomerCollection,
} from '../../shared/collection/index.ts';
import type { ContactChannel } from '../../shared/contact-channel.ts';
import { customerKey } from '../../shared/customer-key.ts';
import type { Receivable } from '../../shared/import/types.ts';
import type { LogEntry } from '../../shared/log/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { stageLabel } from '../../shared/labels/index.ts';
import type { ReminderHistory, ReminderModel } from '../../shared/templates/index.ts';
import type { CliIo } from '../io.ts';
import { appendToLog, readLogFile, type LogAppend } from '../log-file.ts';

/** The log as `dunning remind --log` uses it: the rows, and every customer's derived state. */
export interface RemindLog {
  readonly path: string;
  readonly entries: readonly LogEntry[];
  readonly state: CollectionState;
  readonly byKey: ReadonlyMap<string, CustomerCollection>;
}

/** Reads the log for `remind` (a log not there yet is empty: `--record` will create it). */
export function loadRemindLog(path: string, receivables: readonly Receivable[], asOf: PlainDate, io: Pick<CliIo, 'readFile' | 'stderr'>): { ok: true; value: RemindLog } | { ok: false; message: string } {
  const found = readLogFile(path, io.readFile);
  if (!found.ok) return found;
  if (found.exists) for (const r of found.log.rejected) io.stderr(`note: ${path} row ${r.row} cannot be read (${r.column}: ${r.reason}); it is left out\n`);
  const entries = found.exists ? found.log.entries : [];
  const state = deriveCollection(receivables, entries, asOf);
  return { ok: true, value: { path, entries, state, byKey: new Map(state.customers.map((c) => [c.key, c])) } };
}

/**
 * The stage the log says is due for a customer today, or why none is: the next step of the
 * derived state (DESIGN.md rules) when it falls on or before as-of.
 */
export function stageFromLog(log: RemindLog, customer: string): { stage: StageId | null; reason?: string } {
  const c = log.byKey.get(customerKey(customer));
  if (c === undefined || c.nextStage === null || c.nextAction === null) return { stage: null, reason: c ? c.why : 'nothing is owed' };
  if (c.nextAction > log.state.asOf) {
    const next = `${stageLabel(c.nextStage, 'en').toLowerCase()} on ${c.nextAction}`;
    return { stage: null, reason: c.why.includes(c.nextAction) ? c.why : `${c.why}; next: ${next}` };
  }
  return { stage: c.nextStage };
}

/** The customers the log says are due a thank-you (paid everything after a reminder): `--all` writes to them too. */
export function thankYouCustomers(log: RemindLog): string[] {
  return log.state.customers.filter((c) => c.nextStage === 'thank-you' && c.nextAction !== null && c.nextAction <= log.state.asOf).map((c) => c.customer);
}

/** What the message may say happened before (contacts, promise, plan), from the log. */
export function historyFromLog(log: RemindLog, customer: string): ReminderHistory {
  const key = customerKey(customer);
  const c = log.byKey.get(key);
  return reminderHistoryFor(log.entries, customer, log.state.asOf, c) ?? { contacts: [] };
}

/**
 * Appends the `reminder` row for a message just written: dated as-of, the invoices it lists,
 * its stage and channel, and the balance it asks for when it is in one currency.
 */
export function recordReminder(path: string, m: { customer: string; model: ReminderModel; stage: StageId; channel: ContactChannel; asOf: PlainDate }): LogAppend {
  let by: string | undefined;
  try {
    by = userInfo().username || undefined;
  } catch {
    by = undefined;
  }
  const only = m.model.totals.length === 1 ? m.model.totals[0] : undefined;
  return appendToLog(path, [{
    date: m.asOf, customer: m.customer, invoices: m.model.invoices.map((i) => i.invoice), action: 'reminder', stage: m.stage, channel: m.channel,
    ...(only && only.outstanding.minor > 0 ? { amount: only.outstanding, currency: only.currency } : {}),
    note: 'written by dunning remind', ...(by ? { by } : {}),
  }]);
}
