import { makeDate, type PlainDate } from '../../shared/plain-date.ts';

/**
 * Today's date where the user is: the one place the extension reads the clock (the core takes
 * asOf as input). Uses the local calendar day, not UTC: a reminder written on the evening of
 * 31 March in Shanghai is written on 31 March.
 */
export function today(now: Date = new Date()): PlainDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}
