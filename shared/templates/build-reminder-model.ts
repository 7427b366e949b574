import type { CurrencyCode } from '../currency.ts';
import type { Receivable } from '../import/types.ts';
import { add, isNegative, isZero, zero, type Money } from '../money.ts';
import type { PenaltyResult, PenaltyRule } from '../penalty/types.ts';
import { daysBetween, type PlainDate } from '../plain-date.ts';
import { commonBasis } from './common-basis.ts';
import type { TemplateLang } from './template-locale.ts';
import type { CurrencyTotal, Instalment, ReminderInvoice, ReminderModel, ReminderProfile } from './reminder-model.ts';
import type { ReminderHistory } from './reminder-history.ts';
import { customerKey } from '../customer-key.ts';

/** What {@link buildReminderModel} takes besides the receivables: computed values are inputs. */
export interface BuildReminderOptions {
  /** The late-payment charge on an overdue invoice (e.g. `r => computePenalty(case, {lang})`); none when absent. */
  readonly penaltyFor?: (receivable: Receivable) => PenaltyResult | undefined;
  /** The rule those charges follow (shown in the working). */
  readonly rule?: PenaltyRule;
  /** Language of the penalty basis sentence when it is rebuilt for several invoices (default en). */
  readonly lang?: TemplateLang;
  /** Overrides the basis sentence taken from the penalties. */
  readonly basis?: string;
  /** The one date payment is asked for (see {@link reminderDeadline}). */
  readonly deadline?: PlainDate;
  /** Instalment dates; the balance of each currency is split evenly across them (see {@link proposePlan}). */
  readonly planDates?: readonly PlainDate[];
  readonly promise?: ReminderModel['promise'];
  readonly profile?: ReminderProfile;
  readonly contract?: string;
  /**
   * Earlier contacts, promise and agreed plan (from the collection log). Its promise becomes the
   * model's `promise` (unless `promise` is given), its plan the model's agreed `plan` (in place of
   * `planDates`).
   */
  readonly history?: ReminderHistory;
}


/** The customers with at least one open invoice (outstanding > 0), in first-seen order, as written first. */
export function customersWithOpenInvoices(receivables: readonly Receivable[]): string[] {
  const seen = new Map<string, string>();
  for (const r of receivables) {
    if (r.outstanding.minor > 0 && !seen.has(customerKey(r.customer))) seen.set(customerKey(r.customer), r.customer.trim());
  }
  return [...seen.values()];
}

/**
 * One customer's open invoices (outstanding > 0) as a reminder model, oldest due date first,
 * with totals per currency: amounts in different currencies are never added together.
 */
export function buildReminderModel(
  receivables: readonly Receivable[],
  customer: string,
  asOf: PlainDate,
  options: BuildReminderOptions = {},
): ReminderModel {
  const key = customerKey(customer);
  const mine = receivables.filter((r) => customerKey(r.customer) === key);
  const open = mine
    .filter((r) => !isZero(r.outstanding) && !isNegative(r.outstanding))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.invoice.localeCompare(b.invoice)));
  const invoices = open.map((r): ReminderInvoice => {
    const daysOverdue = daysBetween(r.dueDate, asOf);
    const penalty = daysOverdue > 0 ? options.penaltyFor?.(r) : undefined;
    return {
      invoice: r.invoice, dueDate: r.dueDate, amount: r.amount, paid: r.paid, outstanding: r.outstanding, daysOverdue,
      ...(r.issueDate === undefined ? {} : { issueDate: r.issueDate }),
      ...(penalty === undefined ? {} : { penalty }),
    };
  });
  const totals = currencyTotals(invoices);
  const first = (pick: (r: Receivable) => string | undefined): string | undefined =>
    mine.map(pick).find((v) => v !== undefined && v.trim() !== '')?.trim();
  const email = first((r) => r.email);
  const contact = first((r) => r.contact);
  const phone = first((r) => r.phone);
  const basis = options.basis ?? commonBasis(invoices, options.rule, options.lang ?? 'en');
  const profile = options.profile ?? {};
  return {
    customer: {
      name: (mine[0]?.customer ?? customer).trim(),
      ...(email === undefined ? {} : { email }),
      ...(contact === undefined ? {} : { contact }),
      ...(phone === undefined ? {} : { phone }),
    },
    invoices,
    totals,
    asOf,
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    ...planFor(totals, options),
    ...promiseFor(options),
    ...(basis === undefined ? {} : { penalty: { basis, ...(options.rule === undefined ? {} : { rule: options.rule }) } }),
    ...(profile.company === undefined ? {} : { company: profile.company }),
    ...(profile.sender === undefined ? {} : { sender: profile.sender }),
    ...(profile.bank === undefined ? {} : { bank: profile.bank }),
    ...(profile.paymentLink === undefined ? {} : { paymentLink: profile.paymentLink }),
    ...(options.contract === undefined ? {} : { contract: options.contract }),
    ...(options.history === undefined ? {} : { history: options.history }),
  };
}

// An agreed plan is what the customer signed up to: it replaces any proposal, in date order.
function planFor(totals: readonly CurrencyTotal[], options: BuildReminderOptions): Pick<ReminderModel, 'plan'> {
  const agreed = options.history?.plan?.instalments ?? [];
  if (agreed.length > 0) {
    const instalments = [...agreed]
      .sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0))
      .map((i): Instalment => ({ date: i.until, amounts: [i.amount] }));
    return { plan: { instalments, agreed: true } };
  }
  if (options.planDates === undefined || options.planDates.length === 0) return {};
  return { plan: { instalments: proposePlan(totals, options.planDates) } };
}

function promiseFor(options: BuildReminderOptions): Pick<ReminderModel, 'promise'> {
  if (options.promise !== undefined) return { promise: options.promise };
  const promised = options.history?.promise;
  return promised === undefined ? {} : { promise: { date: promised.until, amount: promised.amount } };
}

/** Per-currency totals in order of first appearance; penalty is what is still owed at asOf. */
export function currencyTotals(invoices: readonly ReminderInvoice[]): CurrencyTotal[] {
  const byCurrency = new Map<CurrencyCode, { outstanding: Money; penalty: Money; compensation: Money }>();
  for (const inv of invoices) {
    const c = inv.outstanding.currency;
    const t = byCurrency.get(c) ?? { outstanding: zero(c), penalty: zero(c), compensation: zero(c) };
    byCurrency.set(c, {
      outstanding: add(t.outstanding, inv.outstanding),
      penalty: inv.penalty === undefined ? t.penalty : add(t.penalty, inv.penalty.outstanding.penalty),
      compensation: inv.penalty === undefined ? t.compensation : add(t.compensation, inv.penalty.compensation),
    });
  }
  return [...byCurrency.entries()].map(([currency, t]) => ({
    currency, ...t, total: add(add(t.outstanding, t.penalty), t.compensation),
  }));
}

/**
 * Splits each currency's outstanding balance evenly over the dates, in whole minor units; the
 * remainder of the division goes to the first instalment, so the instalments add up exactly.
 */
export function proposePlan(totals: readonly CurrencyTotal[], dates: readonly PlainDate[]): Instalment[] {
  const n = dates.length;
  return dates.map((date, i) => ({
    date,
    amounts: totals.map((t) => {
      const share = Math.floor(t.outstanding.minor / n);
      const rest = t.outstanding.minor - share * n;
      return { minor: i === 0 ? share + rest : share, currency: t.currency };
    }),
  }));
}
