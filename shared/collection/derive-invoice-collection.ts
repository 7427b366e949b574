import type { Receivable } from '../import/types.ts';
import type { Jurisdiction } from '../limitation/jurisdiction.ts';
import type { InvoiceJurisdiction } from './derive-collection.ts';
import { limitationFor } from '../limitation/limitation-for.ts';
import type { LimitationEvent } from '../limitation/limitation-period.ts';
import type { LimitationLang } from '../limitation/limitation-text.ts';
import type { LogAction } from '../log/log-action.ts';
import type { LogEntry } from '../log/log-entry.ts';
import { addDays, maxDate, type PlainDate } from '../plain-date.ts';
import { isStageId, LADDER_STAGES, type LadderStageId } from '../stage-id.ts';
import type { StagePolicy } from '../stages/stage-policy.ts';
import type { CollectionStatus } from './collection-status.ts';
import type { InvoiceCollection } from './invoice-collection.ts';
import { CONTACT_ACTIONS, lastContactOf, type LastContact } from './last-contact.ts';
import { ladderStep, type LadderStep } from './ladder-step.ts';
import type { PlanState } from './plan-state.ts';
import type { PromiseState } from './promise-state.ts';

/** What the invoice derivation needs besides the invoice and its rows. */
export interface InvoiceContext {
  readonly asOf: PlainDate;
  readonly policy: StagePolicy;
  /** One law for the ledger or each invoice's own (see CollectionOptions). */
  readonly jurisdiction: Jurisdiction | InvoiceJurisdiction | undefined;
  readonly lang: LimitationLang;
  /** The rows made into LastContacts so far (see lastContactOf). */
  readonly lastContacts: Map<LogEntry, LastContact>;
  /** The state of a promise row (evaluated once per customer). */
  readonly promiseOf: (row: LogEntry) => PromiseState;
  /** The state of the plan agreed on a date (evaluated once per customer). */
  readonly planOf: (agreedOn: PlainDate) => PlanState;
}

// Rows that can restart a limitation period under one of the laws (the rules pick their own).
const RESTARTING: ReadonlySet<LogAction> = new Set(['reminder', 'legal', 'promise', 'plan', 'acknowledged', 'payment']);

/** Whether a stage id from the log is a ladder stage. */
export function isLadderStage(stage: string | undefined): stage is LadderStageId {
  return stage !== undefined && isStageId(stage) && (LADDER_STAGES as readonly string[]).includes(stage);
}

// The events of the invoice being derived, handed to limitationFor, which keeps none of them:
// one list for every invoice rather than one each (npm run bench, collection log).
const EVENTS: LimitationEvent[] = [];

function later(a: PlainDate | undefined, b: PlainDate | undefined): PlainDate | undefined {
  return a === undefined ? b : b === undefined ? a : maxDate(a, b);
}

function gapAfter(e: LogEntry | undefined, policy: StagePolicy): PlainDate | undefined {
  return e === undefined ? undefined : addDays(e.date, policy.minGapDays);
}

function step(r: Receivable, lastSent: LadderStageId | undefined, earliest: PlainDate | undefined, floor: LadderStageId | undefined, ctx: InvoiceContext): LadderStep {
  return ladderStep({ dueDate: r.dueDate, outstanding: r.outstanding, lastSent, earliest, floor }, ctx.asOf, ctx.policy);
}

/** The latest contact after row `from` (the arrangement's own rows left out). */
function contactAfter(rows: readonly LogEntry[], from: number, arrangement: LogEntry | undefined): LogEntry | undefined {
  for (let i = rows.length - 1; i > from; i--) {
    const e = rows[i] as LogEntry;
    if (CONTACT_ACTIONS.has(e.action) && !(e.action === 'plan' && e.date === arrangement?.date)) return e;
  }
  return undefined;
}

/**
 * Derives one invoice's collection state from the log rows about it (sorted by date, then row),
 * following DESIGN.md: counsel, a dispute and a pause stop chasing (in that order of weight);
 * the latest promise or plan holds chasing until the day after its date, and once broken or
 * missed makes the next step at least `deadline`, due at once; otherwise the ladder goes on from
 * the last stage sent, `minGapDays` after the last contact. A kept promise or a completed plan
 * lets the ladder go on for what is still owed.
 */
export function deriveInvoiceCollection(r: Receivable, rows: readonly LogEntry[], ctx: InvoiceContext): InvoiceCollection {
  const { asOf, policy } = ctx;
  const jurisdiction = typeof ctx.jurisdiction === 'function' ? ctx.jurisdiction(r) : ctx.jurisdiction;
  // Contacts are counted in the one pass over the rows (as countContacts does: a plan's rows once).
  let contacts = 0;
  let last: LogEntry | undefined;
  let lastPlanDate: PlainDate | undefined;
  let lastSent: LadderStageId | undefined;
  let arrangement: LogEntry | undefined;
  let arrangementAt = -1;
  let dispute: LogEntry | undefined;
  let resolved: LogEntry | undefined;
  let pause: LogEntry | undefined;
  let legal: LogEntry | undefined;
  let resume: LogEntry | undefined;
  const events = EVENTS;
  events.length = 0;
  for (let at = 0; at < rows.length; at++) {
    const e = rows[at] as LogEntry;
    if (CONTACT_ACTIONS.has(e.action)) {
      last = e;
      if (e.action !== 'plan') contacts++;
      else if (e.date !== lastPlanDate) {
        lastPlanDate = e.date;
        contacts++;
      }
    }
    switch (e.action) {
      case 'reminder':
        if (isLadderStage(e.stage)) lastSent = e.stage;
        break;
      case 'promise':
        arrangement = e;
        arrangementAt = at;
        break;
      case 'plan':
        // The rows of one plan share a date: the first of them marks it.
        if (arrangement?.action !== 'plan' || arrangement.date !== e.date) {
          arrangement = e;
          arrangementAt = at;
        }
        break;
      case 'dispute': dispute = e; break;
      case 'resolved':
        if (dispute !== undefined) {
          resolved = e;
          dispute = undefined;
        }
        break;
      case 'pause': pause = e; break;
      case 'legal': legal = e; break;
      case 'resume':
        resume = e;
        pause = undefined;
        legal = undefined;
        break;
      default: break;
    }
    if (jurisdiction !== undefined && RESTARTING.has(e.action)) {
      if (e.action === 'plan') {
        let lastInstalment: PlainDate | undefined;
        for (const i of ctx.planOf(e.date).instalments) lastInstalment = later(lastInstalment, i.until);
        events.push({ date: e.date, action: e.action, row: e.row, channel: e.channel, lastInstalment });
      } else events.push(e); // a row is an event as it is (date, action, row, channel)
    }
  }
  const open = r.outstanding.minor > 0;
  // Every key from the start, the optional ones undefined (JSON leaves them out as if absent): one
  // shape for every invoice, so the code reading them is not recompiled for each new mix of
  // arrangements while a fresh process derives its first ledger (npm run bench, collection log).
  const result: { -readonly [K in keyof InvoiceCollection]: InvoiceCollection[K] } = {
    receivable: r, status: 'paid', lastContact: last === undefined ? null : lastContactOf(last, ctx.lastContacts), contacts, nextAction: null, nextStage: null,
    promise: undefined, plan: undefined, dispute: undefined, pause: undefined, counsel: undefined, limitation: undefined, dueSince: undefined,
  };
  const plan = arrangement?.action === 'plan' ? ctx.planOf(arrangement.date) : undefined;
  const promise = arrangement?.action === 'promise' ? ctx.promiseOf(arrangement) : undefined;
  if (promise) result.promise = promise;
  if (plan) result.plan = plan;
  if (dispute) result.dispute = { since: dispute.date, reason: dispute.reason ?? '', row: dispute.row };
  const pauseUntil = pause === undefined ? undefined : pause.until ?? pause.date;
  const pauseActive = pause !== undefined && pauseUntil !== undefined && pauseUntil >= asOf;
  if (pause !== undefined && pauseUntil !== undefined && pauseActive) {
    result.pause = { since: pause.date, until: pauseUntil, row: pause.row, ...(pause.reason ? { reason: pause.reason } : {}) };
  }
  if (legal) result.counsel = { since: legal.date, row: legal.row, ...(legal.note ? { note: legal.note } : {}) };
  if (open && jurisdiction !== undefined) result.limitation = limitationFor(jurisdiction, r.dueDate, events, asOf, ctx.lang);
  events.length = 0;
  if (!open) return result;
  if (legal) {
    result.status = 'with-counsel';
    return result;
  }
  if (dispute) {
    result.status = 'disputed';
    return result;
  }

  // The ladder, not before the gap after the last contact nor before chasing may start again.
  let earliest = later(later(gapAfter(last, policy), resolved?.date), resume?.date);
  if (pauseUntil !== undefined) earliest = later(earliest, addDays(pauseUntil, 1));
  const broken = plan?.state === 'missed' || promise?.state === 'broken';
  let s: LadderStep;
  let status: CollectionStatus;
  if (pauseActive) {
    s = step(r, lastSent, earliest, broken ? 'deadline' : undefined, ctx);
    status = 'paused';
  } else if (broken) {
    // Due at once from the day after the missed date: only contacts since the promise or plan delay it.
    const brokeOn = addDays(plan?.state === 'missed' && plan.missed ? plan.missed.until : (promise?.until ?? asOf), 1);
    s = step(r, lastSent, later(brokeOn, gapAfter(contactAfter(rows, arrangementAt, arrangement), policy)), 'deadline', ctx);
    status = plan?.state === 'missed' ? 'plan-missed' : 'broken-promise';
  } else if (plan?.state === 'on-track' && plan.next) {
    s = step(r, lastSent, addDays(plan.next.until, 1), 'deadline', ctx);
    status = 'plan';
  } else if (promise?.state === 'pending') {
    s = step(r, lastSent, addDays(promise.until, 1), 'deadline', ctx);
    status = 'promised';
  } else {
    s = step(r, lastSent, earliest, undefined, ctx);
    status = last !== undefined && s.action !== null && s.action > asOf ? 'waiting' : 'open';
  }
  result.status = status;
  result.nextAction = s.action;
  result.nextStage = s.stage;
  if (s.dueSince !== undefined && status !== 'paused' && status !== 'plan' && status !== 'promised') result.dueSince = s.dueSince;
  return result;
}
