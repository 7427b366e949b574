import type { ContactChannel } from '../contact-channel.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';

/** One earlier contact with the customer about these debts: when, and how. */
export interface ReminderContact {
  readonly date: PlainDate;
  readonly channel: ContactChannel;
  /** The stage of the message sent, when the contact was a reminder. */
  readonly stage?: StageId;
}

/** The customer's word to pay `amount` by `until`. */
export interface ReminderPromise {
  readonly amount: Money;
  readonly until: PlainDate;
}

/** One agreed instalment: `amount` due by `until`. */
export interface ReminderPlanInstalment {
  readonly amount: Money;
  readonly until: PlainDate;
}

/**
 * What has already happened in a case (derived from the collection log), so a message can tell
 * it truthfully: the earlier contacts by date and channel (evidence of a demand for payment,
 * 民法典 第195条), the promise a follow-up refers to, the plan a confirmation lists. Without a
 * history, no message claims or counts earlier contacts.
 */
export interface ReminderHistory {
  /** Earlier contacts, in any order (messages cite them oldest first). */
  readonly contacts: readonly ReminderContact[];
  readonly promise?: ReminderPromise;
  readonly plan?: { readonly instalments: readonly ReminderPlanInstalment[] };
}
