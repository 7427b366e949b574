import type { PlainDate } from '../plain-date.ts';
import type { LimitationEvent } from './limitation-period.ts';

/** What a jurisdiction's rule works out for one debt, before as-of is looked at. */
export interface RuleOutcome {
  readonly start: PlainDate;
  readonly expires: PlainDate;
  readonly restartedBy: LimitationEvent | undefined;
  readonly basis: string;
  readonly notes: string[];
}
