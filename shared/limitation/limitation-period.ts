import type { LogAction } from '../log/log-action.ts';
import type { ContactChannel } from '../contact-channel.ts';
import type { PlainDate } from '../plain-date.ts';
import type { Jurisdiction } from './jurisdiction.ts';

/** Something in the log that may restart a limitation period. */
export interface LimitationEvent {
  readonly date: PlainDate;
  readonly action: LogAction;
  readonly channel?: ContactChannel;
  /** The log row, to point the user at the evidence. */
  readonly row?: number;
  /** For a plan: the date of its last instalment (民法典 第189条). */
  readonly lastInstalment?: PlainDate;
}

/** The event a period now runs from, when it was restarted. */
export interface LimitationRestart {
  readonly date: PlainDate;
  readonly action: LogAction;
  readonly row?: number;
  readonly channel?: ContactChannel;
}

/**
 * A debt's limitation period at as-of: `expires` is the last day of the period (the day it
 * starts plus the years), `basis` the statute and the working, `restartedBy` the log row the
 * period now runs from (`null` when it runs from the due date).
 */
export interface LimitationPeriod {
  readonly jurisdiction: Jurisdiction;
  /** The day the period runs from (the day after the due date, a year end, or the restarting event). */
  readonly start: PlainDate;
  readonly expires: PlainDate;
  readonly basis: string;
  readonly restartedBy: LimitationRestart | null;
  /** expires − asOf: negative once the period has ended. */
  readonly daysLeft: number;
  /** From 90 days before expiry on (and after it): what the user must do or know. */
  readonly warning?: string;
  /** Other things the law says about the recorded events (proof of delivery, rows that did not restart, …). */
  readonly notes: readonly string[];
}

/** Days before expiry from which a period is warned about. */
export const LIMITATION_WARNING_DAYS = 90;
