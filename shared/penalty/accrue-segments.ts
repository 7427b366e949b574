import { addDays, daysBetween, type PlainDate } from '../plain-date.ts';
import { radd, rcompare, rmul, rsub, ratio, roundHalfUpToMinor, ZERO, type Ratio } from '../ratio.ts';
import type { RatePeriod } from './rate-period.ts';

/** A payment in minor units of the case currency. */
export interface MinorPayment {
  readonly date: PlainDate;
  readonly minor: number;
}

/** A segment before rounding: the exact amount in minor units (after the cap). */
export interface ExactSegment {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly days: number;
  readonly balanceMinor: number;
  readonly period: RatePeriod;
  readonly exact: Ratio;
}

export interface AccrualInput {
  readonly principalMinor: number;
  /** Payments made on or before `asOf`, ascending by date. */
  readonly payments: readonly MinorPayment[];
  /** First overdue day (after roll and grace). */
  readonly start: PlainDate;
  readonly asOf: PlainDate;
  readonly schedule: readonly RatePeriod[];
  readonly paymentDay: 'accrues' | 'excluded';
  readonly allocation: 'principal-first' | 'statutory';
  /** The cap in minor units, exact; `undefined` for none. */
  readonly cap?: Ratio;
  /** A statute's fixed compensation (£40–£100, EUR 40), due from the first overdue day; 0 for none. */
  readonly compensationMinor?: number;
}

export interface AccrualOutcome {
  readonly segments: ExactSegment[];
  /** Days charged: from the first overdue day through as-of or the day the debt was cleared. */
  readonly days: number;
  /** Exact penalty after the cap. */
  readonly exactTotal: Ratio;
  /** Exact penalty had there been no cap. */
  readonly uncappedTotal: Ratio;
  readonly paidToPenaltyMinor: number;
  readonly paidToPrincipalMinor: number;
  readonly paidToCompensationMinor: number;
  readonly overpaidMinor: number;
}

/**
 * Walks the overdue period day range by day range: a new segment at every payment (balance
 * change) and every rate step. Exact rationals throughout; nothing is rounded here except the
 * penalty a payment actually settles (money that changes hands is whole minor units).
 */
export function accrueSegments(input: AccrualInput): AccrualOutcome {
  const { schedule, cap } = input;
  let balance = input.principalMinor;
  let cursor = input.start;
  let cum: Ratio = ZERO;
  let uncapped: Ratio = ZERO;
  let onceCharged = false;
  let days = 0;
  let periodIndex = 0;
  let paidToPenalty = 0;
  let paidToPrincipal = 0;
  let paidToCompensation = 0;
  let overpaid = 0;
  const compensation = input.compensationMinor ?? 0;
  const segments: ExactSegment[] = [];

  const accrueThrough = (last: PlainDate): void => {
    if (balance <= 0 || last < cursor) return;
    if (schedule.length === 0) {
      days += daysBetween(cursor, last) + 1;
      cursor = addDays(last, 1);
      return;
    }
    while (cursor <= last) {
      while (periodIndex + 1 < schedule.length && (schedule[periodIndex + 1] as RatePeriod).from <= cursor) periodIndex++;
      const period = schedule[periodIndex] as RatePeriod;
      const next = schedule[periodIndex + 1];
      const to = next && next.from <= last ? addDays(next.from, -1) : last;
      const n = daysBetween(cursor, to) + 1;
      let raw: Ratio;
      if (period.unit === 'fraction') raw = rmul(period.perDay, ratio(BigInt(balance) * BigInt(n)));
      else if (period.unit === 'amount') raw = rmul(period.perDay, ratio(BigInt(n)));
      else { raw = onceCharged ? ZERO : period.perDay; onceCharged = true; }
      uncapped = radd(uncapped, raw);
      let exact = raw;
      if (cap) {
        const room = rsub(cap, cum);
        exact = rcompare(room, ZERO) <= 0 ? ZERO : rcompare(raw, room) > 0 ? room : raw;
      }
      cum = radd(cum, exact);
      segments.push({ from: cursor, to, days: n, balanceMinor: balance, period, exact });
      days += n;
      cursor = addDays(to, 1);
    }
  };

  const settlePenalty = (available: number): number => {
    const due = Math.max(0, roundHalfUpToMinor(cum) - paidToPenalty);
    const pay = Math.min(available, due);
    paidToPenalty += pay;
    return available - pay;
  };
  const settlePrincipal = (available: number): number => {
    const pay = Math.min(available, Math.max(0, balance));
    balance -= pay;
    paidToPrincipal += pay;
    return available - pay;
  };

  // The fixed compensation is a cost of collection, owed once the debtor is late.
  const settleCompensation = (available: number, date: PlainDate): number => {
    if (compensation <= 0 || date < input.start) return available;
    const pay = Math.min(available, compensation - paidToCompensation);
    paidToCompensation += pay;
    return available - pay;
  };

  for (const p of input.payments) {
    // `accrues`: the payment day still accrues on the old balance, which falls the next day;
    // `excluded` (算头不算尾): the balance falls on the payment day itself.
    const effective = input.paymentDay === 'excluded' ? p.date : addDays(p.date, 1);
    const through = addDays(effective, -1);
    accrueThrough(through < input.asOf ? through : input.asOf);
    let left = p.minor;
    // 民法典 第561条 / BGB §367: costs (the fixed compensation) first, then interest (here the
    // accrued penalty), then principal. Principal-first pays the principal, then the penalty, then the costs.
    if (input.allocation === 'statutory') left = settlePrincipal(settlePenalty(settleCompensation(left, p.date)));
    else left = settleCompensation(settlePenalty(settlePrincipal(left)), p.date);
    overpaid += left;
  }
  accrueThrough(input.asOf);

  return {
    segments, days, exactTotal: cum, uncappedTotal: uncapped,
    paidToPenaltyMinor: paidToPenalty, paidToPrincipalMinor: paidToPrincipal, paidToCompensationMinor: paidToCompensation, overpaidMinor: overpaid,
  };
}
