import type { ContactChannel } from '../contact-channel.ts';
import { money, type Money } from '../money.ts';
import { addDays, addMonths, compareDates, type PlainDate } from '../plain-date.ts';
import type { NewLogEntry } from './log-entry.ts';

/** An instalment plan as a user agrees it: how many, from when, how often, over what balance. */
export interface InstalmentPlanInput {
  /** The day the plan was agreed (the rows' `date`: rows with one date and customer form one plan). */
  readonly date: PlainDate;
  readonly customer: string;
  /** The invoices the plan settles (empty: all the customer's invoices open that day). */
  readonly invoices: readonly string[];
  /** The balance to spread, one amount per currency. */
  readonly totals: readonly Money[];
  /** Number of instalments, 1 to 60. */
  readonly count: number;
  /** Due date of the first instalment (not before `date`). */
  readonly first: PlainDate;
  /** Time between instalments: calendar months (the day clamped to the month's length) or days. */
  readonly every: { readonly months: number } | { readonly days: number };
  readonly channel?: ContactChannel;
  readonly by?: string;
  readonly note?: string;
}

/** Why a plan cannot be made, with the field to correct. */
export interface InstalmentPlanError {
  readonly code: 'invalid-plan';
  readonly field: 'count' | 'first' | 'every' | 'totals';
  readonly message: string;
}

/** Most instalments a plan may have (five years of monthly payments). */
export const MAX_INSTALMENTS = 60;

/**
 * The `plan` rows of the collection log for an agreed instalment plan (DESIGN.md: one row per
 * instalment, `amount` due by `until`, one date and customer): each currency's balance split
 * evenly in whole minor units, the remainder on the first instalment so the rows add up to the
 * balance exactly (as the reminder's plan proposal splits it); dates from `first`, every
 * `months` months counted from `first` (31 January, then 28 February, then 31 March) or every
 * `days` days. An instalment too small to hold a minor unit is left out.
 *
 * @example
 * instalmentPlanEntries({ date: '2026-12-07', customer: 'Acme', invoices: [], totals: [money(1000000, 'CNY')],
 *   count: 3, first: '2026-12-31', every: { months: 1 } })
 * // → rows of CNY 3,333.34 by 2026-12-31, 3,333.33 by 2027-01-31, 3,333.33 by 2027-02-28
 */
export function instalmentPlanEntries(input: InstalmentPlanInput): { ok: true; value: NewLogEntry[] } | { ok: false; error: InstalmentPlanError } {
  const fail = (field: InstalmentPlanError['field'], message: string) => ({ ok: false as const, error: { code: 'invalid-plan' as const, field, message } });
  const { count, every } = input;
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS) return fail('count', `the number of instalments must be a whole number from 1 to ${MAX_INSTALMENTS}`);
  if (compareDates(input.first, input.date) < 0) return fail('first', `the first instalment cannot fall before the day the plan is agreed (${input.date})`);
  const step = 'months' in every ? every.months : every.days;
  if (!Number.isInteger(step) || step < 1) return fail('every', 'the interval must be a whole number of months or days, at least 1');
  const totals = input.totals.filter((t) => t.minor > 0);
  if (totals.length === 0) return fail('totals', 'there is no balance to spread');
  const entries: NewLogEntry[] = [];
  for (let i = 0; i < count; i++) {
    const until = 'months' in every ? addMonths(input.first, i * every.months) : addDays(input.first, i * every.days);
    for (const total of totals) {
      const share = Math.floor(total.minor / count);
      const amount = i === 0 ? share + (total.minor - share * count) : share;
      if (amount <= 0) continue;
      entries.push({
        date: input.date, customer: input.customer, invoices: [...input.invoices], action: 'plan',
        amount: money(amount, total.currency), currency: total.currency, until,
        ...(input.channel ? { channel: input.channel } : {}), ...(input.by ? { by: input.by } : {}), ...(input.note ? { note: input.note } : {}),
      });
    }
  }
  return { ok: true, value: entries };
}
