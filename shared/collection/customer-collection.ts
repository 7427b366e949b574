import type { CurrencyCode } from '../currency.ts';
import type { LimitationPeriod } from '../limitation/limitation-period.ts';
import type { ContactChannel } from '../contact-channel.ts';
import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import type { CollectionStatus } from './collection-status.ts';
import type { CounselState, DisputeState, InvoiceCollection, PauseState } from './invoice-collection.ts';
import type { LastContact } from './last-contact.ts';
import type { PlanState } from './plan-state.ts';
import type { PromiseState } from './promise-state.ts';

/**
 * How pressing a customer's next step is, most pressing first: a broken promise or missed
 * instalment; a limitation period ending within 90 days; a plain overdue step; a courtesy
 * reminder before the due date; a thank-you; nothing to do today.
 */
export const URGENCIES = ['broken', 'limitation', 'overdue', 'courtesy', 'thank-you', 'none'] as const;

export type Urgency = (typeof URGENCIES)[number];

/** The customer's record in the log, for the credit rating: what was promised and kept. */
export interface CollectionHistory {
  readonly promises: number;
  /** Promises whose date passed unkept (superseded ones included: a broken word stays broken). */
  readonly brokenPromises: number;
  readonly plans: number;
  /** Instalments whose date passed unpaid, over all plans. */
  readonly missedInstalments: number;
  /** Disputes raised (resolved or not). */
  readonly disputes: number;
}

/** What the log says about one customer at as-of: one line of `dunning today`. */
export interface CustomerCollection {
  /** As written in the receivables (or in the log for a customer no longer in them). */
  readonly customer: string;
  /** customerKey of the name. */
  readonly key: string;
  readonly status: CollectionStatus;
  readonly lastContact: LastContact | null;
  /** Exchanges with the customer recorded up to as-of (a plan counts once). */
  readonly contacts: number;
  readonly nextAction: PlainDate | null;
  readonly nextStage: StageId | null;
  /** When the next step is due now: the first day it could have been taken. */
  readonly dueSince?: PlainDate;
  /** How to deliver the next step. */
  readonly channel: ContactChannel | null;
  /** One sentence: why this is the next step (in the language asked for). */
  readonly why: string;
  readonly urgency: Urgency;
  /** Open invoices per currency. */
  readonly outstanding: Readonly<Record<CurrencyCode, Money>>;
  /** Overdue and being chased, per currency (disputed, paused and counsel's invoices are not). */
  readonly overdue: Readonly<Record<CurrencyCode, Money>>;
  /** Open but not chased (disputed, paused, with counsel), per currency. */
  readonly notChased: Readonly<Record<CurrencyCode, Money>>;
  /** The open invoices the next step is about (the ones due for it). */
  readonly chase: readonly string[];
  readonly history: CollectionHistory;
  /** Every receivable of the customer with its own state. */
  readonly invoices: readonly InvoiceCollection[];
  readonly promise?: PromiseState;
  readonly plan?: PlanState;
  readonly dispute?: DisputeState;
  readonly pause?: PauseState;
  readonly counsel?: CounselState;
  /** The open invoice whose limitation period ends first. */
  readonly limitation?: { readonly invoice: string; readonly period: LimitationPeriod };
}
