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
import { deriveInvoiceCollection, isLadderStage, type InvoiceContext } from './derive-invoice-collection.ts';
import { explainCustomer } from './explain-customer.ts';
import type { InvoiceCollection } from './invoice-collection.ts';
import { invoiceKey } from './invoice-key.ts';
import { countContacts, lastContactOf, latestContact, type LastContact } from './last-contact.ts';
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

// A bit beside STATUS_ORDER's: some open invoice has a broken promise or a missed instalment.
const BROKEN = 1 << STATUS_ORDER.length;

type Arrangement = 'promise' | 'plan' | 'dispute' | 'pause' | 'counsel';

/**
 * The arrangement the customer's sentence is about: that of the first open invoice in `first`
 * (then in `second`) that has one, else of the first open invoice that has one: one pass over
 * the open invoices, not one per status (five picks per customer).
 */
function pickOf<K extends Arrangement>(open: readonly InvoiceCollection[], field: K, first: CollectionStatus, second?: CollectionStatus): InvoiceCollection[K] {
  let any: InvoiceCollection[K] = undefined;
  let inSecond: InvoiceCollection[K] = undefined;
  for (const i of open) {
    const v = i[field];
    if (v === undefined) continue;
    if (i.status === first) return v;
    if (inSecond === undefined && second !== undefined && i.status === second) inSecond = v;
    if (any === undefined) any = v;
  }
  return inSecond ?? any;
}

/** Sums per currency: the first currency in two fields (nearly every customer has one), others in a map. */
interface Totals {
  currency: string | undefined;
  minor: number;
  more: Map<string, number> | undefined;
}

function totals(): Totals {
  return { currency: undefined, minor: 0, more: undefined };
}

function addTo(t: Totals, m: Money): void {
  if (t.currency === undefined) t.currency = m.currency;
  if (t.currency === m.currency) t.minor += m.minor;
  else (t.more ??= new Map()).set(m.currency, (t.more.get(m.currency) ?? 0) + m.minor);
}

function toRecord(t: Totals): Record<string, Money> {
  const out: Record<string, Money> = {};
  if (t.currency === undefined) return out;
  // Currency codes are validated ISO codes (three capitals), never a prototype key.
  if (t.more === undefined) {
    out[t.currency] = money(t.minor, t.currency);
    return out;
  }
  const sums = new Map([[t.currency, t.minor], ...t.more]);
  for (const c of [...sums.keys()].sort()) out[c] = money(sums.get(c) as number, c);
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
  ctx: {
    readonly policy: StagePolicy; readonly lang: LimitationLang; readonly jurisdiction?: Jurisdiction | InvoiceJurisdiction;
    readonly lastContacts: Map<LogEntry, LastContact>;
  },
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
  const invoiceCtx: InvoiceContext = {
    asOf, policy: ctx.policy, lang: ctx.lang, jurisdiction: ctx.jurisdiction, lastContacts: ctx.lastContacts,
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

  // The customer's figures from its open invoices, in one pass (no closures or arrays per
  // question: npm run bench, collection log).
  const open: InvoiceCollection[] = [];
  const outstanding = totals();
  const overdue = totals();
  const notChased = totals();
  let nextAction: PlainDate | null = null;
  let present = 0; // one bit per status in STATUS_ORDER
  let openDueNow = false;
  let brokenDueNow = false;
  let limitationSoon = false;
  let limitation: CustomerCollection['limitation'];
  for (const i of invoices) {
    if (i.status === 'paid') continue;
    open.push(i);
    const r = i.receivable;
    const chased = !NOT_CHASED.has(i.status);
    addTo(outstanding, r.outstanding);
    if (!chased) addTo(notChased, r.outstanding);
    else if (r.dueDate < asOf) addTo(overdue, r.outstanding);
    if (i.nextAction !== null && (nextAction === null || i.nextAction < nextAction)) nextAction = i.nextAction;
    present |= 1 << STATUS_ORDER.indexOf(i.status);
    const dueNow = i.nextAction !== null && i.nextAction <= asOf;
    if (dueNow && i.status === 'open') openDueNow = true;
    if (i.status === 'broken-promise' || i.status === 'plan-missed') {
      present |= BROKEN;
      if (dueNow) brokenDueNow = true;
    }
    if (i.limitation) {
      if (chased && i.limitation.daysLeft <= LIMITATION_WARNING_DAYS) limitationSoon = true;
      if (limitation === undefined || i.limitation.expires < limitation.period.expires) limitation = { invoice: r.invoice, period: i.limitation };
    }
  }

  // The next step: the earliest among the invoices, at the most advanced stage of those due then.
  let nextStage: StageId | null = null;
  let dueSince: PlainDate | undefined;
  const chase: string[] = [];
  for (const i of open) {
    if (i.nextAction === null || i.nextAction !== nextAction || i.nextStage === null) continue;
    chase.push(i.receivable.invoice);
    if (stageRank(i.nextStage) > stageRank(nextStage)) nextStage = i.nextStage;
    if (i.dueSince !== undefined && (dueSince === undefined || i.dueSince < dueSince)) dueSince = i.dueSince;
  }
  let status: CollectionStatus = 'paid';
  if (open.length > 0) {
    status = 'open';
    if (!openDueNow || (present & BROKEN) !== 0) {
      for (let k = 0; k < STATUS_ORDER.length; k++) {
        if ((present & (1 << k)) !== 0) {
          status = STATUS_ORDER[k] as CollectionStatus;
          break;
        }
      }
    }
  }

  const contacts = countContacts(entries);
  const last = latestContact(entries);
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
  const promise = pickOf(open, 'promise', 'broken-promise', 'promised');
  const plan = pickOf(open, 'plan', 'plan-missed', 'plan');
  const dispute = pickOf(open, 'dispute', 'disputed');
  const pause = pickOf(open, 'pause', 'paused');
  const counsel = pickOf(open, 'counsel', 'with-counsel');
  let urgency: Urgency = 'none';
  if (nextAction !== null && nextAction <= asOf && nextStage !== null) {
    if (nextStage === 'thank-you') urgency = 'thank-you';
    else if (brokenDueNow) urgency = 'broken';
    else if (limitationSoon) urgency = 'limitation';
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
  const lastContact = last === undefined ? null : lastContactOf(last, ctx.lastContacts);
  const channel = nextStage === null ? null : suggestChannel(nextStage, known);
  const history = { promises: promiseCount, brokenPromises, plans: planRows?.size ?? 0, missedInstalments, disputes };
  // One literal with every key, keys in the contract's order, the optional ones undefined when
  // absent (JSON leaves them out): one shape for every customer, so the code reading them is not
  // recompiled for each new mix while a fresh process derives its first ledger, and no spreads
  // (npm run bench, collection log). The sentence, last, is set on the facts it explains.
  const thankYou = nextStage === 'thank-you';
  const customerState: { -readonly [K in keyof CustomerCollection]: CustomerCollection[K] } = {
    customer, key, status, lastContact, contacts, nextAction, nextStage, dueSince: thankYou ? undefined : dueSince, channel, urgency,
    outstanding: toRecord(outstanding), overdue: toRecord(overdue), notChased: toRecord(notChased), chase: thankYou ? [] : chase, invoices, history,
    promise, plan, dispute, pause, counsel, limitation, why: '',
  };
  customerState.why = explainCustomer(customerState, asOf, ctx.lang);
  return customerState;
}
