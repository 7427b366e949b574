import { compareDates, type PlainDate } from '../plain-date.ts';
import type { LimitationEvent } from './limitation-period.ts';

/** Where a period ends after the events, and which event it now runs from. */
export interface RestartChain {
  readonly start: PlainDate;
  readonly expires: PlainDate;
  readonly restartedBy?: LimitationEvent;
  /** Events of a restarting kind that came after the period had already ended. */
  readonly tooLate: readonly LimitationEvent[];
}

/** Where an event puts the period: a rule's restart function writes it. */
export interface Restart {
  start: PlainDate;
  expires: PlainDate;
}

/**
 * Runs a period from `start` to `expires` through the events in date order. An event for which
 * `restart` writes a new (start, expires) and returns true restarts the period when it happens
 * while the period is running (on or before its last day) and the new period ends later than the
 * current one. An event after
 * the period has ended revives nothing (民法典 第192条 only bars the defence; Limitation Act 1980
 * s.29(7); BGB §212 needs a running period): it is listed in `tooLate`.
 */
export function restartChain(
  start: PlainDate, expires: PlainDate, events: readonly LimitationEvent[],
  restart: (event: LimitationEvent, into: Restart) => boolean,
): RestartChain {
  let from = start;
  let until = expires;
  let restartedBy: LimitationEvent | undefined;
  let tooLate: LimitationEvent[] | undefined;
  // Rows come from the log in date order; only a list out of order is copied and sorted.
  let sorted = events;
  for (let i = 1; i < events.length; i++) {
    if ((events[i] as LimitationEvent).date < (events[i - 1] as LimitationEvent).date) {
      sorted = [...events].sort((a, b) => compareDates(a.date, b.date) || (a.row ?? 0) - (b.row ?? 0));
      break;
    }
  }
  // One Restart written by every event (not an object per event: each open invoice of a ledger
  // runs a chain; npm run bench, collection log).
  const next: Restart = { start, expires };
  for (const event of sorted) {
    if (!restart(event, next)) continue;
    if (compareDates(event.date, until) > 0) {
      (tooLate ??= []).push(event);
      continue;
    }
    if (compareDates(next.expires, until) > 0) {
      from = next.start;
      until = next.expires;
      restartedBy = event;
    }
  }
  const late = tooLate ?? NONE;
  return restartedBy === undefined ? { start: from, expires: until, tooLate: late } : { start: from, expires: until, restartedBy, tooLate: late };
}

const NONE: readonly LimitationEvent[] = Object.freeze([]);
