import fc from 'fast-check';
import { money } from '../../../shared/money.ts';
import { addDays, plainDate, type PlainDate } from '../../../shared/plain-date.ts';
import type { PenaltyCase, PenaltyRule } from '../../../shared/penalty/index.ts';

const EPOCH = plainDate('2018-01-01');

/** A date between 2018-01-01 and about 2027. */
export const dateArb: fc.Arbitrary<PlainDate> = fc.integer({ min: 0, max: 3400 }).map((n) => addDays(EPOCH, n));

const options = fc.record({
  graceDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  dueDateRoll: fc.option(fc.constantFrom('none', 'weekend', 'cn-holidays' as const), { nil: undefined }),
  paymentDay: fc.option(fc.constantFrom('accrues', 'excluded' as const), { nil: undefined }),
  allocation: fc.option(fc.constantFrom('principal-first', 'statutory' as const), { nil: undefined }),
  dayCount: fc.option(fc.constantFrom(365 as const, 360 as const), { nil: undefined }),
  cap: fc.option(fc.oneof(
    fc.integer({ min: 0, max: 60 }).map((p) => ({ percentOfPrincipal: String(p) })),
    fc.integer({ min: 0, max: 500000 }).map((a) => ({ amount: `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}` })),
  ), { nil: undefined }),
}, { requiredKeys: [] });

const rateText = fc.integer({ min: 0, max: 20000 }).map((n) => (n / 1e7).toFixed(7)); // 0 … 0.002 per day

/** Rules of every kind with random options. */
export const ruleArb: fc.Arbitrary<PenaltyRule> = fc.tuple(fc.oneof(
  rateText.map((rate) => ({ kind: 'daily-rate' as const, rate })),
  fc.integer({ min: 0, max: 500 }).map((n) => ({ kind: 'monthly-rate' as const, rate: (n / 10000).toFixed(4) })),
  fc.integer({ min: 0, max: 3000 }).map((n) => ({ kind: 'annual-rate' as const, rate: (n / 10000).toFixed(4) })),
  fc.integer({ min: 0, max: 10000 }).map((n) => ({ kind: 'per-day-amount' as const, amount: (n / 100).toFixed(2) })),
  fc.integer({ min: 0, max: 100000 }).map((n) => ({ kind: 'fixed' as const, amount: (n / 100).toFixed(2) })),
  fc.record({ kind: fc.constant('cn-lpr' as const), multiplier: fc.constantFrom('1', '1.3', '1.5'), rateAt: fc.constantFrom('breach', 'period' as const), term: fc.constantFrom('1y', '5y' as const) }),
  fc.record({ kind: fc.constant('uk-late-payment' as const), rateReset: fc.constantFrom('fixed', 'half-yearly' as const) }),
  fc.record({ kind: fc.constant('eu-late-payment' as const), country: fc.constantFrom('DE', 'EU', 'FR'), consumer: fc.boolean() }),
  fc.constant({ kind: 'none' as const }),
), options).map(([k, o]) => {
  const clean = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return { ...clean, ...k } as PenaltyRule;
});

const paymentsArb: fc.Arbitrary<{ offset: number; minor: number }[]> = fc.array(
  fc.record({ offset: fc.integer({ min: -10, max: 900 }), minor: fc.integer({ min: 1, max: 2_000_000_000 }) }), { maxLength: 4 });

/** A case with up to 4 payments (or none), in CNY, GBP, EUR or JPY. */
export function caseArb(withPayments: boolean): fc.Arbitrary<PenaltyCase> {
  return fc.record({
    currency: fc.constantFrom('CNY', 'GBP', 'EUR', 'JPY'),
    principal: fc.integer({ min: 0, max: 5_000_000_000 }),
    due: dateArb,
    span: fc.integer({ min: -30, max: 900 }),
    payments: withPayments ? paymentsArb : fc.constant<{ offset: number; minor: number }[]>([]),
    rule: ruleArb,
  }).map((x) => ({
    principal: money(x.principal, x.currency),
    dueDate: x.due,
    asOf: addDays(x.due, x.span),
    payments: x.payments.map((p) => ({ date: addDays(x.due, p.offset), amount: money(p.minor, x.currency) })),
    rule: x.rule,
  }));
}
