import type { InsertOutcome } from '../compose/compose-window.ts';
import type { LogRecordRequest, LogService } from '../log/log-protocol.ts';
import type { NoticeLine, Translate } from '../ui/insert-notice-lines.ts';

/** What the notice after Insert says about the log: the row recorded (with its undo), or why none was. */
export interface SentReminderRecord {
  readonly recorded?: { readonly summary: string; readonly undo: () => Promise<boolean> };
  readonly line?: NoticeLine;
}

/**
 * Records the reminder Insert put into the compose window as a `reminder` row of the collection
 * log (stage, channel e-mail, the invoices in the message, today): only once the body is in the
 * window, since a message that is not there cannot be sent. The undo takes back that row only.
 */
export async function recordSentReminder(
  record: LogRecordRequest | undefined, outcome: Pick<InsertOutcome, 'body'>, log: LogService, t: Translate,
): Promise<SentReminderRecord> {
  if (!record || outcome.body !== 'inserted') return {};
  try {
    const reply = await log.record(record);
    if (!reply.ok) return { line: { kind: 'todo', text: t('noticeNotRecorded', reply.message) } };
    return { recorded: { summary: reply.summary, undo: () => log.undo(reply.id) } };
  } catch (error) {
    return { line: { kind: 'todo', text: t('noticeNotRecorded', String(error)) } };
  }
}
