import type { CurrencyCode } from '../currency.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import type { LogAction } from './log-action.ts';
import type { ContactChannel } from '../contact-channel.ts';

/**
 * One validated row of the collection log: a plain readonly object (JSON, structured clone and
 * extension storage keep it as it is).
 */
export interface LogEntry {
  /** Where the row is: the 1-based physical line of a CSV file, or the sheet row of the Excel table. */
  readonly row: number;
  readonly date: PlainDate;
  /** As written in the log; matched to the receivables by `customerKey`. */
  readonly customer: string;
  /** Invoice numbers the row is about; empty for all the customer's invoices open on `date`. */
  readonly invoices: readonly string[];
  readonly action: LogAction;
  readonly stage?: StageId;
  readonly channel?: ContactChannel;
  /** Exact, in the row's currency (promise, instalment, payment, or the balance a reminder asked for). */
  readonly amount?: Money;
  /** The currency as written; equal to `amount.currency` when there is an amount. */
  readonly currency?: CurrencyCode;
  readonly until?: PlainDate;
  readonly reason?: string;
  readonly note?: string;
  readonly by?: string;
  /** Columns the log has besides the contract's, by header, as text (kept, never interpreted). */
  readonly extra?: Readonly<Record<string, string>>;
}

/** A new row before it has a place in a log (what `dunning log add` and the add-in's forms build). */
export type NewLogEntry = Omit<LogEntry, 'row'>;
