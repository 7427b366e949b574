import type { Receivable } from '../import/types.ts';
import type { Jurisdiction } from '../limitation/jurisdiction.ts';
import type { InvoiceJurisdiction } from './derive-collection.ts';
import type { LimitationLang } from '../limitation/limitation-text.ts';
import type { LogEntry } from '../log/log-entry.ts';
import { money, type Money } from '../money.ts';
import { daysBetween, type PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import type { StagePolicy } from '../stages/stage-policy.ts';
import { stageRank } from '../stages/suggest-stage.ts';
import type { CollectionStatus } from './collection-status.ts';
import { customerLedger } from './customer-ledger.ts';
import type { CustomerCollection, Urgency } from './customer-collection.ts';
import { deriveInvoiceCollection, isLadderStage } from './derive-invoice-collection.ts';
import { explainCustomer, type CustomerFacts } from './explain-customer.ts';
import type { InvoiceCollection } from './invoice-collection.ts';
import { invoiceKey } from './invoice-key.ts';
import { countContacts, lastContactOf } from './last-contact.ts';
import { LIMITATION_WARNING_DAYS } from '../limitation/limitation-period.ts';
import { openedOn } from './log-scope.ts';
import { planState, type PlanState } from './plan-state.ts';
import { promiseState, type PromiseState } from './promise-state.ts';
import { suggestChannel } from './suggest-channel.ts';

/** Days after the last reminder or payment within which a customer who has paid everything is thanked. */
export const THANK_YOU_WINDOW_DAYS = 30;

/**
 * The customer's status from its invoices': a broken promise or missed instalment first, then a
 * step due today, a pending promise, a plan, waiting, open; then paused, disputed, with counsel;
 * paid when nothing is open.
 */
const STATUS_ORDER: readonly CollectionStatus[] = ['broken-promise', 'plan-missed', 'promised', 'plan', 'waiting', 'open', 'paused', 'disputed', 'with-counsel'];

const NOT_CHASED: ReadonlySet<CollectionStatus> = new Set(['disputed', 'paused', 'with-counsel']);

function addTo(totals: Map<string, number>, m: Money): void {
  totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.minor);
}

function toRecord(totals: Map<string, number>): Record<string, Money> {
  const out: Record<string, Money> = {};
  // Currency codes are validated ISO codes (three capitals), never a prototype key.
  for (const c of totals.size > 1 ? [...totals.keys()].sort() : totals.keys()) out[c] = money(totals.get(c) ?? 0, c);
  return out;
}

/**
 * One customer's collection state: each invoice's (see deriveInvoiceCollection) and the
 * customer's own, with the one next step that covers the invoices due for it, the channel, the
 * sentence that says why, and how urgent it is. `entries` are the customer's rows up to as-of,
 * sorted by date then row.
 */
export function deriveCustomerCollection(
  key: string, receivables: readonly Receivable[], entries: readonly LogEntry[], asOf: PlainDate,
  ctx: { readonly policy: StagePolicy; readonly lang: LimitationLang; readonly jurisdiction?: Jurisdiction | InvoiceJurisdiction },
): CustomerCollection {
  const ledger = customerLedger(receivables, entries, asOf);
  const promises = new Map<number, PromiseState>();
  const plans = new Map<string, PlanState>();
  const planRows = new Map<PlainDate, LogEntry[]>();
  for (const e of entries) {
    if (e.action !== 'plan') continue;
    const rows = planRows.get(e.date);
    if (rows) rows.push(e);
    else planRows.set(e.date, [e]);
  }
  const invoiceCtx = {
    asOf, policy: ctx.policy, lang: ctx.lang, ...(ctx.jurisdiction ? { jurisdiction: ctx.jurisdiction } : {}),
    promiseOf: (e: LogEntry): PromiseState => {
      let p = promises.get(e.row);
      if (p === undefined) promises.set(e.row, (p = promiseState(ledger, e)));
      return p;
    },
    planOf: (date: PlainDate): PlanState => {
      let p = plans.get(date);
      if (p === undefined) plans.set(date, (p = planState(ledger, planRows.get(date) ?? [])));
      return p;
    },
  };
  // Which rows are about which invoice, found once: rows naming invoices by their keys, rows
  // naming none for every invoice open on their date (see rowCovers). Row indices stay in date order.
  const wide: number[] = [];
  const named = new Map<string, number[]>();
  entries.forEach((e, at) => {
    if (e.invoices.length === 0) wide.push(at);
    for (const invoice of e.invoices) {
      const k = invoiceKey(invoice);
      const list = named.get(k);
      if (list === undefined) named.set(k, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  const invoices = receivables.map((r) => {
    const own = named.get(invoiceKey(r.invoice)) ?? [];
    const opened = openedOn(r);
    const rows: LogEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < wide.length) {
      const a = own[i] ?? Number.POSITIVE_INFINITY;
      const b = wide[j] ?? Number.POSITIVE_INFINITY;
      if (a < b) {
        rows.push(entries[a] as LogEntry);
        i++;
      } else {
        const e = entries[b] as LogEntry;
        if (e.date >= opened) rows.push(e);
        j++;
      }
    }
    return deriveInvoiceCollection(r, rows, invoiceCtx);
  });

  const open = invoices.filter((i) => i.status !== 'paid');
  const outstanding = new Map<string, number>();
  const overdue = new Map<string, number>();
  const notChased = new Map<string, number>();
  for (const i of open) {
    const r = i.receivable;
    addTo(outstanding, r.outstanding);
    if (NOT_CHASED.has(i.status)) addTo(notChased, r.outstanding);
    else if (daysBetween(r.dueDate, asOf) > 0) addTo(overdue, r.outstanding);
  }

  // The next step: the earliest among the invoices, at the most advanced stage of those due then.
  let nextAction: PlainDate | null = null;
  for (const i of open) if (i.nextAction !== null && (nextAction === null || i.nextAction < nextAction)) nextAction = i.nextAction;
  let nextStage: StageId | null = null;
  let dueSince: PlainDate | undefined;
  const chase: string[] = [];
  for (const i of open) {
    if (i.nextAction === null || i.nextAction !== nextAction || i.nextStage === null) continue;
    chase.push(i.receivable.invoice);
    if (stageRank(i.nextStage) > stageRank(nextStage)) nextStage = i.nextStage;
    if (i.dueSince !== undefined && (dueSince === undefined || i.dueSince < dueSince)) dueSince = i.dueSince;
  }
  const dueNow = (i: InvoiceCollection): boolean => i.nextAction !== null && i.nextAction <= asOf;
  let status: CollectionStatus = 'paid';
  if (open.length > 0) {
    status = open.some((i) => i.status === 'open' && dueNow(i)) && !open.some((i) => i.status === 'broken-promise' || i.status === 'plan-missed')
      ? 'open'
      : STATUS_ORDER.find((s) => open.some((i) => i.status === s)) ?? 'open';
  }

  const { contacts, last } = countContacts(entries);
  if (open.length === 0) {
    // "A customer who paid everything after a reminder gets thank-you" — once, soon after.
    let lastLadder: LogEntry | undefined;
    let thanked = false;
    let lastPayment: PlainDate | undefined;
    for (const e of entries) {
      if (e.action === 'payment') lastPayment = e.date;
      if (e.action !== 'reminder') continue;
      if (isLadderStage(e.stage)) { lastLadder = e; thanked = false; }
      else if (e.stage === 'thank-you') thanked = true;
    }
    const since = lastPayment !== undefined && lastLadder !== undefined && lastPayment > lastLadder.date ? lastPayment : lastLadder?.date;
    if (lastLadder !== undefined && !thanked && since !== undefined && daysBetween(since, asOf) <= THANK_YOU_WINDOW_DAYS) {
      nextStage = 'thank-you';
      nextAction = asOf;
    }
  }
  const known = { email: receivables.some((r) => Boolean(r.email)), phone: receivables.some((r) => Boolean(r.phone)) };
  const pick = <T,>(statuses: readonly CollectionStatus[], get: (i: InvoiceCollection) => T | undefined): T | undefined => {
    for (const s of statuses) for (const i of open) if (i.status === s && get(i) !== undefined) return get(i);
    for (const i of open) if (get(i) !== undefined) return get(i);
    return undefined;
  };
  const promise = pick(['broken-promise', 'promised'], (i) => i.promise);
  const plan = pick(['plan-missed', 'plan'], (i) => i.plan);
  const dispute = pick(['disputed'], (i) => i.dispute);
  const pause = pick(['paused'], (i) => i.pause);
  const counsel = pick(['with-counsel'], (i) => i.counsel);
  let limitation: CustomerCollection['limitation'];
  for (const i of open) {
    if (i.limitation && (limitation === undefined || i.limitation.expires < limitation.period.expires)) limitation = { invoice: i.receivable.invoice, period: i.limitation };
  }
  let urgency: Urgency = 'none';
  if (nextAction !== null && nextAction <= asOf && nextStage !== null) {
    if (nextStage === 'thank-you') urgency = 'thank-you';
    else if (open.some((i) => (i.status === 'broken-promise' || i.status === 'plan-missed') && dueNow(i))) urgency = 'broken';
    else if (open.some((i) => !NOT_CHASED.has(i.status) && i.limitation !== undefined && i.limitation.daysLeft <= LIMITATION_WARNING_DAYS)) urgency = 'limitation';
    else urgency = nextStage === 'courtesy' ? 'courtesy' : 'overdue';
  }
  let brokenPromises = 0;
  let promiseCount = 0;
  let disputes = 0;
  for (const e of entries) {
    if (e.action === 'dispute') disputes++;
    if (e.action !== 'promise') continue;
    promiseCount++;
    if (invoiceCtx.promiseOf(e).state === 'broken') brokenPromises++;
  }
  let missedInstalments = 0;
  for (const date of planRows.keys()) {
    const p = invoiceCtx.planOf(date);
    if (p.state !== 'complete') missedInstalments += p.instalments.filter((i) => !i.paid && i.until < asOf).length;
  }
  const facts: CustomerFacts = {
    customer: (receivables[0]?.customer ?? entries[0]?.customer ?? key).trim(), key, status,
    lastContact: last === undefined ? null : lastContactOf(last), contacts, nextAction, nextStage,
    ...(dueSince !== undefined && nextStage !== 'thank-you' ? { dueSince } : {}),
    channel: nextStage === null ? null : suggestChannel(nextStage, known), urgency,
    outstanding: toRecord(outstanding), overdue: toRecord(overdue), notChased: toRecord(notChased),
    chase: nextStage === 'thank-you' ? [] : chase, invoices,
    history: { promises: promiseCount, brokenPromises, plans: planRows.size, missedInstalments, disputes },
    ...(promise ? { promise } : {}), ...(plan ? { plan } : {}), ...(dispute ? { dispute } : {}),
    ...(pause ? { pause } : {}), ...(counsel ? { counsel } : {}), ...(limitation ? { limitation } : {}),
  };
  const why = explainCustomer(facts, asOf, ctx.lang);
  return Object.assign(facts, { why });
}
