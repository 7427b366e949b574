import { makeDate, type PlainDate } from '../../shared/plain-date.ts';

/**
 * Today's date where the user is. The add-in (not the core) reads the clock: the user's
 * calendar day is what "as of today" means on their sheet.
 */
export function today(now: Date = new Date()): PlainDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as PlainDate;
}
