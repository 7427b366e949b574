import { addMonths, type PlainDate } from '../plain-date.ts';

/**
 * The day `years` years after `date`, on the same month and day; where that day does not exist
 * (29 February in a common year) the last day of the month: 民法典 第202条 ("没有对应日的，
 * 月末日为期间的最后一日"), BGB §188 Abs. 3, and the corresponding-date rule of English law.
 */
export function addYears(date: PlainDate, years: number): PlainDate {
  return addMonths(date, 12 * years);
}
