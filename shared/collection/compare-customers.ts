import { stageRank } from '../stages/suggest-stage.ts';
import { URGENCIES, type CustomerCollection } from './customer-collection.ts';

/**
 * Most urgent first: by urgency (broken promises and missed instalments, limitation periods
 * ending, plain overdue, courtesy, thank-you, nothing today), then the more advanced stage, then
 * the step due longest, then the earliest next step, then the name.
 */
export function compareCustomers(a: CustomerCollection, b: CustomerCollection): number {
  return URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency)
    || stageRank(b.nextStage) - stageRank(a.nextStage)
    || cmp(a.dueSince ?? '9999', b.dueSince ?? '9999')
    || cmp(a.nextAction ?? '9999', b.nextAction ?? '9999')
    || cmp(a.customer, b.customer);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
