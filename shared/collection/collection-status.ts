/**
 * Where a case stands (DESIGN.md, "Collection log"): `open` nothing pending (nothing recorded,
 * or our next step is due) · `waiting` contacted, next step not yet due · `promised` a promise
 * whose date has not passed · `broken-promise` · `plan` instalments on track · `plan-missed` ·
 * `disputed` · `paused` · `with-counsel` (after `legal`) · `paid`.
 */
export const COLLECTION_STATUSES = [
  'open', 'waiting', 'promised', 'broken-promise', 'plan', 'plan-missed', 'disputed', 'paused', 'with-counsel', 'paid',
] as const;

export type CollectionStatus = (typeof COLLECTION_STATUSES)[number];
