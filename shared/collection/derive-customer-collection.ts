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

/** Sums per currency: currencies and their minor units side by side (a customer has one or two). */
interface Totals {
  readonly currencies: string[];
  readonly minor: number[];
}

function totals(): Totals {
  return { currencies: [], minor: [] };
}

function addTo(t: Totals, m: Money): void {
  const at = t.currencies.indexOf(m.currency);
  if (at < 0) {
    t.currencies.push(m.currency);
    t.minor.push(m.minor);
  } else {
    t.minor[at] = (t.minor[at] as number) + m.minor;
  }
}

function toRecord(t: Totals): Record<string, Money> {
  const out: Record<string, Money> = {};
  // Currency codes are validated ISO codes (three capitals), never a prototype key.
  const order = t.currencies.length > 1 ? [...t.currencies].sort() : t.currencies;
  for (const c of order) out[c] = money(t.minor[t.currencies.indexOf(c)] as number, c);
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
  const n = receivables.length;
  const keys = receivables.map((r) => invoiceKey(r.invoice));
  const ledger = customerLedger(receivables, entries, asOf, keys);
  // Most customers have no promise or plan: their maps are made on first use.
  let promises: Map<number, PromiseState> | undefined;
  let plans: Map<string, PlanState> | undefined;
  let planRows: Map<PlainDate, LogEntry[]> | undefined;
  for (const e of entries) {
    if (e.action !== 'plan') continue;
    planRows ??= new Map();
    const rows = planRows.get(e.date);
    if (rows) rows.push(e);
    else planRows.set(e.date, [e]);
  }
  const invoiceCtx = {
    asOf, policy: ctx.policy, lang: ctx.lang, ...(ctx.jurisdiction ? { jurisdiction: ctx.jurisdiction } : {}),
    promiseOf: (e: LogEntry): PromiseState => {
      promises ??= new Map();
      let p = promises.get(e.row);
      if (p === undefined) promises.set(e.row, (p = promiseState(ledger, e)));
      return p;
    },
    planOf: (date: PlainDate): PlanState => {
      plans ??= new Map();
      let p = plans.get(date);
      if (p === undefined) plans.set(date, (p = planState(ledger, planRows?.get(date) ?? [])));
      return p;
    },
  };
  // Which rows are about which invoice, in one pass over the rows in date order: a row naming
  // invoices goes to the receivables with those numbers, a row naming none to every invoice
  // open on its date (see rowCovers). A small customer's numbers are compared in a list, a large
  // one's looked up (npm run bench, collection log: this replaced a map of every row's invoice
  // numbers and a merge per invoice).
  const opened = receivables.map(openedOn);
  const rowsOf: LogEntry[][] = [];
  for (let k = 0; k < n; k++) rowsOf.push([]);
  let byKey: Map<string, number[]> | undefined;
  if (n > 16) {
    byKey = new Map();
    keys.forEach((key, k) => {
      const list = byKey?.get(key);
      if (list) list.push(k);
      else byKey?.set(key, [k]);
    });
  }
  const take = (k: number, e: LogEntry): void => {
    const rows = rowsOf[k] as LogEntry[];
    if (rows[rows.length - 1] !== e) rows.push(e);
  };
  for (const e of entries) {
    if (e.invoices.length === 0) {
      for (let k = 0; k < n; k++) if (e.date >= (opened[k] as PlainDate)) (rowsOf[k] as LogEntry[]).push(e);
      continue;
    }
    for (const invoice of e.invoices) {
      const key = invoiceKey(invoice);
      if (byKey === undefined) {
        for (let k = 0; k < n; k++) if (keys[k] === key) take(k, e);
      } else {
        for (const k of byKey.get(key) ?? []) take(k, e);
      }
    }
  }
  const invoices = receivables.map((r, k) => deriveInvoiceCollection(r, rowsOf[k] as LogEntry[], invoiceCtx));

  const open = invoices.filter((i) => i.status !== 'paid');
  const outstanding = totals();
  const overdue = totals();
  const notChased = totals();
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
  for (const date of planRows?.keys() ?? []) {
    const p = invoiceCtx.planOf(date);
    if (p.state !== 'complete') missedInstalments += p.instalments.filter((i) => !i.paid && i.until < asOf).length;
  }
  const customer = (receivables[0]?.customer ?? entries[0]?.customer ?? key).trim();
  const lastContact = last === undefined ? null : lastContactOf(last);
  const channel = nextStage === null ? null : suggestChannel(nextStage, known);
  const history = { promises: promiseCount, brokenPromises, plans: planRows?.size ?? 0, missedInstalments, disputes };
  // Written out rather than spread, keys in the contract's order (one per customer; spreads of
  // optional parts cost more than the rest of the object: npm run bench, collection log).
  const facts: { -readonly [K in keyof CustomerFacts]: CustomerFacts[K] } = dueSince !== undefined && nextStage !== 'thank-you'
    ? {
      customer, key, status, lastContact, contacts, nextAction, nextStage, dueSince, channel, urgency,
      outstanding: toRecord(outstanding), overdue: toRecord(overdue), notChased: toRecord(notChased), chase, invoices, history,
    }
    : {
      customer, key, status, lastContact, contacts, nextAction, nextStage, channel, urgency,
      outstanding: toRecord(outstanding), overdue: toRecord(overdue), notChased: toRecord(notChased),
      chase: nextStage === 'thank-you' ? [] : chase, invoices, history,
    };
  if (promise) facts.promise = promise;
  if (plan) facts.plan = plan;
  if (dispute) facts.dispute = dispute;
  if (pause) facts.pause = pause;
  if (counsel) facts.counsel = counsel;
  if (limitation) facts.limitation = limitation;
  const why = explainCustomer(facts, asOf, ctx.lang);
  return Object.assign(facts, { why });
}
