import type { Receivable } from '../import/types.ts';
import type { LimitationPeriod } from '../limitation/limitation-period.ts';
import type { PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import type { CollectionStatus } from './collection-status.ts';
import type { LastContact } from './last-contact.ts';
import type { PlanState } from './plan-state.ts';
import type { PromiseState } from './promise-state.ts';

/** A dispute still open. */
export interface DisputeState {
  readonly since: PlainDate;
  readonly reason: string;
  readonly row: number;
}

/** A pause (no chasing through `until`). */
export interface PauseState {
  readonly since: PlainDate;
  readonly until: PlainDate;
  readonly reason?: string;
  readonly row: number;
}

/** The case is with counsel or a court. */
export interface CounselState {
  readonly since: PlainDate;
  readonly note?: string;
  readonly row: number;
}

/** What the log says about one invoice at as-of (`collection` of a receivable in the report JSON). */
export interface InvoiceCollection {
  readonly receivable: Receivable;
  readonly status: CollectionStatus;
  readonly lastContact: LastContact | null;
  readonly contacts: number;
  /** The day the next step is to be taken (as-of when it is due now); null when nothing is to be done. */
  readonly nextAction: PlainDate | null;
  readonly nextStage: StageId | null;
  /** When the next step is due now: the first day it could have been taken. */
  readonly dueSince?: PlainDate;
  readonly promise?: PromiseState;
  readonly plan?: PlanState;
  readonly dispute?: DisputeState;
  readonly pause?: PauseState;
  readonly counsel?: CounselState;
  /** Under the jurisdiction given (none without one); not for a paid invoice. */
  readonly limitation?: LimitationPeriod;
}
