import type { CurrencyCode } from '../currency.ts';
import type { LimitationPeriod } from '../limitation/limitation-period.ts';
import { LIMITATION_WARNING_DAYS } from '../limitation/limitation-period.ts';
import type { ContactChannel } from '../contact-channel.ts';
import type { Receivable } from '../import/types.ts';
import { add, type Money } from '../money.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import type { CollectionStatus } from './collection-status.ts';
import type { Urgency } from './customer-collection.ts';
import type { CollectionState } from './derive-collection.ts';

/** One line of the day's chase list. */
export interface AgendaAction {
  readonly customer: string;
  readonly nextAction: PlainDate;
  readonly nextStage: StageId;
  readonly status: CollectionStatus;
  readonly channel: ContactChannel | null;
  readonly urgency: Urgency;
  /** Overdue and chased, per currency. */
  readonly overdue: Readonly<Record<CurrencyCode, Money>>;
  readonly why: string;
  readonly dueSince?: PlainDate;
  /** The invoices the step is about. */
  readonly invoices: readonly string[];
  /**
   * The penalty (or statutory interest) those invoices have run up to as-of, per currency, when
   * the agenda was given a way to compute it; `assumed` when a figure rests on a rate or holiday
   * table past its known-until date.
   */
  readonly penalty?: Readonly<Record<CurrencyCode, Money>>;
  readonly assumed?: true;
}

/** An invoice's penalty to as-of by its own rule, for {@link todayAgenda}; `undefined` when no rule applies. */
export type AgendaPenalty = (receivable: Receivable) => { readonly penalty: Money; readonly assumed: boolean } | undefined;

/** Something falling due soon: a promised date, an instalment, the end of a pause. */
export interface UpcomingItem {
  readonly date: PlainDate;
  readonly customer: string;
  readonly kind: 'promise' | 'instalment' | 'pause-ends';
  readonly amount?: Money;
  readonly invoices: readonly string[];
  /** The log row it comes from. */
  readonly row: number;
  /** For an instalment: its place in the plan (1-based) and how many there are. */
  readonly instalment?: { readonly number: number; readonly of: number };
}

/** An open invoice whose limitation period ends soon (or has ended). */
export interface LimitationItem {
  readonly customer: string;
  readonly invoice: string;
  readonly outstanding: Money;
  readonly status: CollectionStatus;
  readonly period: LimitationPeriod;
}

/** What to do today: `dunning today`, the add-in's Today view. */
export interface TodayAgenda {
  readonly asOf: PlainDate;
  /** Customers whose next step is due, most urgent first. */
  readonly actions: readonly AgendaAction[];
  /** Promised dates, instalments and pause ends in the next days, by date. */
  readonly upcoming: readonly UpcomingItem[];
  /** Open invoices whose limitation period ends within 90 days or has ended, soonest first. */
  readonly limitation: readonly LimitationItem[];
  /** Customers with open invoices whose next step is later (waiting, promised, plan, paused). */
  readonly later: number;
  /** Customers not chased at all (all open invoices disputed or with counsel). */
  readonly notChased: number;
}

/**
 * The day's agenda from a derived state: customers due for a step (in the state's order, most
 * urgent first), what falls due in the next `upcomingDays` days (default 7, as-of included), and
 * limitation periods ending within `limitationDays` (default 90).
 */
export function todayAgenda(state: CollectionState, options: { upcomingDays?: number; limitationDays?: number; penaltyFor?: AgendaPenalty } = {}): TodayAgenda {
  const { asOf } = state;
  const horizon = addDays(asOf, options.upcomingDays ?? 7);
  const limitationDays = options.limitationDays ?? LIMITATION_WARNING_DAYS;
  const actions: AgendaAction[] = [];
  const upcoming: UpcomingItem[] = [];
  const limitation: LimitationItem[] = [];
  let later = 0;
  let notChased = 0;
  for (const c of state.customers) {
    if (c.nextAction !== null && c.nextStage !== null && c.nextAction <= asOf) {
      // Optional keys set after the literal, in the same order (no spreads: one per customer due).
      const action: { -readonly [K in keyof AgendaAction]: AgendaAction[K] } = {
        customer: c.customer, nextAction: c.nextAction, nextStage: c.nextStage, status: c.status, channel: c.channel,
        urgency: c.urgency, overdue: c.overdue, why: c.why, invoices: c.chase,
      };
      if (c.dueSince) action.dueSince = c.dueSince;
      if (options.penaltyFor) Object.assign(action, chasedPenalty(c.invoices, new Set(c.chase), options.penaltyFor));
      actions.push(action);
    } else if (c.status === 'disputed' || c.status === 'with-counsel') notChased++;
    else if (c.status !== 'paid') later++;
    // Rows already listed (a promise or plan covers several invoices); made on first use.
    let seen: Set<number> | undefined;
    for (const i of c.invoices) {
      if (i.status === 'paid') continue;
      const p = i.promise;
      if (p && p.state === 'pending' && p.until <= horizon && !seen?.has(p.row)) {
        (seen ??= new Set()).add(p.row);
        upcoming.push({ date: p.until, customer: c.customer, kind: 'promise', invoices: p.invoices, row: p.row, ...(p.amount ? { amount: p.amount } : {}) });
      }
      const plan = i.plan;
      if (plan && plan.state !== 'complete') {
        plan.instalments.forEach((inst, n) => {
          if (inst.paid || inst.until < asOf || inst.until > horizon || seen?.has(inst.row)) return;
          (seen ??= new Set()).add(inst.row);
          upcoming.push({ date: inst.until, customer: c.customer, kind: 'instalment', amount: inst.amount, invoices: plan.invoices, row: inst.row, instalment: { number: n + 1, of: plan.instalments.length } });
        });
      }
      const pause = i.pause;
      if (pause && pause.until <= horizon && !seen?.has(pause.row)) {
        (seen ??= new Set()).add(pause.row);
        upcoming.push({ date: pause.until, customer: c.customer, kind: 'pause-ends', invoices: [], row: pause.row });
      }
      if (i.limitation && i.limitation.daysLeft <= limitationDays) {
        limitation.push({ customer: c.customer, invoice: i.receivable.invoice, outstanding: i.receivable.outstanding, status: i.status, period: i.limitation });
      }
    }
  }
  upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : a.row - b.row));
  limitation.sort((a, b) => (a.period.expires < b.period.expires ? -1 : a.period.expires > b.period.expires ? 1 : a.customer < b.customer ? -1 : 1));
  return { asOf, actions, upcoming, limitation, later, notChased };
}

/** The penalty of the invoices being chased, summed per currency (nothing when no rule charges any). */
function chasedPenalty(
  invoices: CollectionState['customers'][number]['invoices'], chased: ReadonlySet<string>, penaltyFor: AgendaPenalty,
): { penalty?: Record<CurrencyCode, Money>; assumed?: true } {
  const sums: Record<CurrencyCode, Money> = Object.create(null) as Record<CurrencyCode, Money>;
  let any = false;
  let assumed = false;
  for (const i of invoices) {
    if (i.status === 'paid' || !chased.has(i.receivable.invoice)) continue;
    const p = penaltyFor(i.receivable);
    if (p === undefined) continue;
    any = true;
    if (p.assumed) assumed = true;
    const cur = p.penalty.currency;
    sums[cur] = Object.hasOwn(sums, cur) ? add(sums[cur] as Money, p.penalty) : p.penalty;
  }
  if (!any) return {};
  return { penalty: { ...sums }, ...(assumed ? { assumed: true as const } : {}) };
}
