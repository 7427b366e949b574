import type { LimitationPeriod } from '../limitation/limitation-period.ts';
import { toDecimalString, type Money } from '../money.ts';
import type { InvoiceCollection } from './invoice-collection.ts';
import type { PlanState } from './plan-state.ts';
import type { PromiseState } from './promise-state.ts';
import type { TodayAgenda } from './today-agenda.ts';

/** Money per currency as decimal strings: `{ "CNY": "20000.00" }`. */
export function amountsToJson(byCurrency: Readonly<Record<string, Money>>): Record<string, string> {
  return Object.fromEntries(Object.entries(byCurrency).map(([c, m]) => [c, toDecimalString(m)]));
}

function promiseJson(p: PromiseState): object {
  return {
    madeOn: p.madeOn, until: p.until, state: p.state, invoices: p.invoices, row: p.row,
    ...(p.amount ? { amount: toDecimalString(p.amount), currency: p.amount.currency } : {}),
    ...(p.paid ? { paid: toDecimalString(p.paid) } : {}),
  };
}

function planJson(p: PlanState): object {
  return {
    agreedOn: p.agreedOn, state: p.state, invoices: p.invoices,
    instalments: p.instalments.map((i) => ({ until: i.until, amount: toDecimalString(i.amount), currency: i.amount.currency, paid: i.paid, row: i.row })),
    ...(p.missed ? { missed: p.missed.until } : {}), ...(p.next ? { next: p.next.until } : {}),
  };
}

/** A limitation period as JSON. */
export function limitationToJson(l: LimitationPeriod): object {
  return {
    jurisdiction: l.jurisdiction, start: l.start, expires: l.expires, daysLeft: l.daysLeft, basis: l.basis, restartedBy: l.restartedBy,
    ...(l.warning ? { warning: l.warning } : {}), ...(l.notes.length ? { notes: l.notes } : {}),
  };
}

/**
 * An invoice's state as the `collection` object of a receivable in `dunning report --log
 * --format json` (DESIGN.md): `status`, `lastContact` (or null), `contacts`, `nextAction`,
 * `nextStage`, `limitation`, and the promise, plan, dispute, pause or counsel behind them.
 */
export function invoiceCollectionToJson(c: InvoiceCollection): object {
  return {
    status: c.status, lastContact: c.lastContact, contacts: c.contacts, nextAction: c.nextAction, nextStage: c.nextStage,
    ...(c.dueSince ? { dueSince: c.dueSince } : {}),
    ...(c.promise ? { promise: promiseJson(c.promise) } : {}), ...(c.plan ? { plan: planJson(c.plan) } : {}),
    ...(c.dispute ? { dispute: c.dispute } : {}), ...(c.pause ? { pause: c.pause } : {}), ...(c.counsel ? { counsel: c.counsel } : {}),
    limitation: c.limitation ? limitationToJson(c.limitation) : null,
  };
}

/**
 * The agenda as `dunning today --format json` prints it (DESIGN.md): `{ asOf, actions: [ {
 * customer, nextAction, nextStage, status, overdue: {CUR: amount}, why, … } ], upcoming,
 * limitation }`.
 */
export function todayAgendaToJson(a: TodayAgenda): object {
  return {
    asOf: a.asOf,
    actions: a.actions.map((x) => ({
      customer: x.customer, nextAction: x.nextAction, nextStage: x.nextStage, status: x.status, overdue: amountsToJson(x.overdue), why: x.why,
      channel: x.channel, urgency: x.urgency, invoices: x.invoices, ...(x.dueSince ? { dueSince: x.dueSince } : {}),
      ...(x.penalty ? { penalty: amountsToJson(x.penalty) } : {}), ...(x.assumed ? { assumed: true } : {}),
    })),
    upcoming: a.upcoming.map((u) => ({
      date: u.date, customer: u.customer, kind: u.kind, invoices: u.invoices, row: u.row,
      ...(u.amount ? { amount: toDecimalString(u.amount), currency: u.amount.currency } : {}),
      ...(u.instalment ? { instalment: u.instalment } : {}),
    })),
    limitation: a.limitation.map((l) => ({
      customer: l.customer, invoice: l.invoice, currency: l.outstanding.currency, outstanding: toDecimalString(l.outstanding), status: l.status,
      ...limitationToJson(l.period),
    })),
    later: a.later, notChased: a.notChased,
  };
}
