import { describe, expect, it } from 'vitest';
import { deriveCollection, type CollectionOptions, type CustomerCollection, type InvoiceCollection } from '../../../shared/collection/index.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import type { LogEntry } from '../../../shared/log/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { DEFAULT_STAGE_POLICY } from '../../../shared/stages/index.ts';
import { invoice, logRows } from './collection-fixtures.ts';

// One customer, two invoices: INV-1 (issued 2026-09-01, due 2026-10-01, CNY 120,000.00 with
// 20,000.00 paid) and INV-2 (issued 2026-10-15, due 2026-11-14, CNY 8,800.00).
const MEIYA = '苏州美雅纺织有限公司';
const ledger: Receivable[] = [
  invoice(MEIYA, 'INV-1', '2026-10-01', '120000.00', { paid: '20000.00', issueDate: '2026-09-01', email: 'ap@meiya.cn' }),
  invoice(MEIYA, 'INV-2', '2026-11-14', '8800.00', { issueDate: '2026-10-15', email: 'ap@meiya.cn' }),
];

interface Case {
  readonly name: string;
  readonly asOf: string;
  readonly log: LogEntry[];
  readonly receivables?: Receivable[];
  readonly options?: CollectionOptions;
  /** Expected of INV-1. */
  readonly inv1: Partial<Record<keyof InvoiceCollection, unknown>>;
  /** Expected of the customer. */
  readonly customer?: Partial<Record<keyof CustomerCollection, unknown>>;
}

// Stage thresholds of the default policy: friendly day 1, statement 15, payment-plan 31, deadline 46,
// formal-notice 61, final-notice 91, legal 121; minGapDays 7. Days overdue are counted from the due date.
const CASES: readonly Case[] = [
  {
    // Nothing recorded: the stage follows the days (INV-1 is 52 days overdue on 2026-11-22: deadline).
    name: 'nothing recorded', asOf: '2026-11-22', log: [],
    inv1: { status: 'open', nextStage: 'deadline', nextAction: '2026-11-22', lastContact: null, contacts: 0 },
    customer: { status: 'open', nextStage: 'deadline', chase: ['INV-1', 'INV-2'], channel: 'email', urgency: 'overdue' },
  },
  {
    // A friendly reminder 3 days ago: the next step waits for the 7-day gap (2026-11-19 + 7).
    name: 'just reminded', asOf: '2026-11-22', log: logRows(['2026-11-19', MEIYA, 'reminder', { stage: 'friendly', channel: 'email' }]),
    inv1: { status: 'waiting', nextStage: 'statement', nextAction: '2026-11-26', contacts: 1, lastContact: { date: '2026-11-19', action: 'reminder', stage: 'friendly', channel: 'email', row: 2 } },
    customer: { status: 'waiting', nextAction: '2026-11-26', urgency: 'none' },
  },
  {
    // The stage after the last one sent, not what 52 days would suggest (deadline): one step at a time.
    name: 'the stage after the last one sent', asOf: '2026-11-22', log: logRows(['2026-11-01', MEIYA, 'reminder', { stage: 'friendly', channel: 'email' }]),
    inv1: { status: 'open', nextStage: 'statement', nextAction: '2026-11-22', dueSince: '2026-11-08' },
  },
  {
    // Never beyond the days: a friendly reminder on day 2 (2026-10-03); on day 10 the days still say
    // friendly, so friendly again rather than a statement before day 15.
    name: 'never beyond what the days overdue suggest', asOf: '2026-10-11', log: logRows(['2026-10-03', MEIYA, 'reminder', { invoices: 'INV-1', stage: 'friendly', channel: 'email' }]),
    inv1: { status: 'open', nextStage: 'friendly', nextAction: '2026-10-11' },
  },
  {
    // minGapDays is the policy's: 14 days after 2026-11-19 is 2026-12-03.
    name: 'a longer gap in the policy', asOf: '2026-11-22', options: { policy: { ...DEFAULT_STAGE_POLICY, minGapDays: 14 } },
    log: logRows(['2026-11-19', MEIYA, 'reminder', { stage: 'friendly', channel: 'email' }]),
    inv1: { status: 'waiting', nextAction: '2026-12-03', nextStage: 'statement' },
  },
  {
    // A promise pending: no chasing through 2026-11-30; if unpaid then, what 61 days overdue say
    // (formal notice; never less than a deadline).
    name: 'a pending promise', asOf: '2026-11-22',
    log: logRows(['2026-11-10', MEIYA, 'promise', { amount: '20000.00', currency: 'CNY', until: '2026-11-30', channel: 'phone' }]),
    inv1: { status: 'promised', nextAction: '2026-12-01', nextStage: 'formal-notice', promise: expect.objectContaining({ state: 'pending', until: '2026-11-30', invoices: ['INV-1', 'INV-2'] }) },
    customer: { status: 'promised', nextAction: '2026-12-01', why: 'promised CNY 20,000.00 by 2026-11-30: no chasing before 2026-12-01' },
  },
  {
    // A promise for INV-1 only: INV-2 is still chased, and the sentence says both.
    name: 'a pending promise for one invoice of two', asOf: '2026-11-22',
    log: logRows(['2026-11-10', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-30', channel: 'phone' }]),
    inv1: { status: 'promised', nextAction: '2026-12-01' },
    customer: { status: 'open', chase: ['INV-2'], nextStage: 'friendly', why: 'INV-2: 8 days overdue, no contact recorded: friendly reminder; INV-1: promised CNY 20,000.00 by 2026-11-30' },
  },
  {
    // Broken the day after 2026-11-15: deadline, due at once (not 7 days after the promise).
    name: 'a broken promise', asOf: '2026-11-22',
    log: logRows(['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }]),
    inv1: { status: 'broken-promise', nextStage: 'deadline', nextAction: '2026-11-22', dueSince: '2026-11-16' },
    customer: { status: 'broken-promise', urgency: 'broken', why: 'promised CNY 20,000.00 by 2026-11-15, not paid: set a deadline' },
  },
  {
    // Part of the promise paid (a payment row): still broken, and the sentence says how much came.
    name: 'a promise partly kept', asOf: '2026-11-22',
    log: logRows(
      ['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }],
      ['2026-11-15', MEIYA, 'payment', { invoices: 'INV-1', amount: '5000.00', currency: 'CNY' }],
    ),
    inv1: { status: 'broken-promise' },
    customer: { why: 'promised CNY 20,000.00 by 2026-11-15, only CNY 5,000.00 paid: set a deadline' },
  },
  {
    // Kept: the payments since the promise reach the promised amount; the ladder goes on for the rest, 7 days after the promise.
    name: 'a promise kept by a payment', asOf: '2026-11-22',
    log: logRows(
      ['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }],
      ['2026-11-14', MEIYA, 'payment', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY' }],
    ),
    inv1: { status: 'open', nextAction: '2026-11-22', nextStage: 'deadline', promise: expect.objectContaining({ state: 'kept' }) },
  },
  {
    // Kept by the balance: the reminder of 2026-11-01 recorded CNY 108,800.00 owed on both
    // invoices (as dunning remind --record does); the export now shows INV-1 at 80,000.00 and
    // INV-2 at 8,800.00: the balance fell by 20,000.00, the promised amount.
    name: 'a promise kept by the fall of a recorded balance', asOf: '2026-11-22',
    receivables: [invoice(MEIYA, 'INV-1', '2026-10-01', '120000.00', { paid: '40000.00', issueDate: '2026-09-01' }), ledger[1] as Receivable],
    log: logRows(
      ['2026-11-01', MEIYA, 'reminder', { invoices: 'INV-1;INV-2', stage: 'statement', channel: 'email', amount: '108800.00', currency: 'CNY' }],
      ['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }],
    ),
    inv1: { status: 'open', promise: expect.objectContaining({ state: 'kept', paid: { minor: 2000000, currency: 'CNY' } }) },
  },
  {
    // The same recorded balance, but only 10,000.00 paid since: broken, and the sentence says so.
    name: 'a promise half kept by the fall of a recorded balance', asOf: '2026-11-22',
    receivables: [invoice(MEIYA, 'INV-1', '2026-10-01', '120000.00', { paid: '30000.00', issueDate: '2026-09-01' }), ledger[1] as Receivable],
    log: logRows(
      ['2026-11-01', MEIYA, 'reminder', { invoices: 'INV-1;INV-2', stage: 'statement', channel: 'email', amount: '108800.00', currency: 'CNY' }],
      ['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }],
    ),
    inv1: { status: 'broken-promise' },
    customer: { why: 'promised CNY 20,000.00 by 2026-11-15, only CNY 10,000.00 paid: set a deadline' },
  },
  {
    // Kept because the invoice is settled in the export.
    name: 'a promise kept by settling', asOf: '2026-11-22', receivables: [invoice(MEIYA, 'INV-1', '2026-10-01', '120000.00', { paid: '120000.00', issueDate: '2026-09-01' }), ledger[1] as Receivable],
    log: logRows(['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }]),
    inv1: { status: 'paid', nextAction: null, nextStage: null, promise: expect.objectContaining({ state: 'kept' }) },
  },
  {
    // A plan agreed 2026-11-10 (two rows): the first instalment (11-20) paid, the next due 12-20: on track until 12-21.
    name: 'a plan on track', asOf: '2026-11-22',
    log: logRows(
      ['2026-11-10', MEIYA, 'plan', { amount: '50000.00', currency: 'CNY', until: '2026-11-20' }],
      ['2026-11-10', MEIYA, 'plan', { amount: '58800.00', currency: 'CNY', until: '2026-12-20' }],
      ['2026-11-19', MEIYA, 'payment', { invoices: 'INV-1', amount: '50000.00', currency: 'CNY' }],
    ),
    inv1: { status: 'plan', nextAction: '2026-12-21', nextStage: 'formal-notice', contacts: 1 },
    customer: { status: 'plan', why: 'on an instalment plan (agreed 2026-11-10, 1 of 2 paid): next CNY 58,800.00 by 2026-12-20' },
  },
  {
    // The first instalment (11-20) passed unpaid: missed, deadline at once.
    name: 'a missed instalment', asOf: '2026-11-22',
    log: logRows(
      ['2026-11-10', MEIYA, 'plan', { invoices: 'INV-1', amount: '50000.00', currency: 'CNY', until: '2026-11-20' }],
      ['2026-11-10', MEIYA, 'plan', { invoices: 'INV-1', amount: '50000.00', currency: 'CNY', until: '2026-12-20' }],
    ),
    inv1: { status: 'plan-missed', nextAction: '2026-11-22', nextStage: 'deadline', dueSince: '2026-11-21' },
    customer: { status: 'plan-missed', urgency: 'broken', why: 'instalment of CNY 50,000.00 due 2026-11-20 not paid (plan of 2026-11-10): set a deadline' },
  },
  {
    name: 'a dispute', asOf: '2026-11-22',
    log: logRows(['2026-11-05', MEIYA, 'dispute', { invoices: 'INV-1', reason: '200 of 1,000 metres short' }]),
    inv1: { status: 'disputed', nextAction: null, nextStage: null, dispute: { since: '2026-11-05', reason: '200 of 1,000 metres short', row: 2 } },
    // INV-2 is still chased; INV-1's amount shows as not chased.
    customer: { status: 'open', chase: ['INV-2'], overdue: { CNY: { minor: 880000, currency: 'CNY' } }, notChased: { CNY: { minor: 10000000, currency: 'CNY' } } },
  },
  {
    // Resolved on 11-20: chasing resumes a gap after the resolution (a contact), on 11-27.
    name: 'a dispute resolved', asOf: '2026-11-22',
    log: logRows(
      ['2026-11-01', MEIYA, 'reminder', { stage: 'statement', channel: 'email' }],
      ['2026-11-05', MEIYA, 'dispute', { invoices: 'INV-1', reason: 'wrong price' }],
      ['2026-11-20', MEIYA, 'resolved', { invoices: 'INV-1', note: 'credit note agreed' }],
    ),
    inv1: { status: 'waiting', nextAction: '2026-11-27', nextStage: 'payment-plan' },
  },
  {
    name: 'a pause', asOf: '2026-11-22',
    log: logRows(['2026-11-01', MEIYA, 'pause', { until: '2026-12-10', reason: 'owner in hospital' }]),
    inv1: { status: 'paused', nextAction: '2026-12-11', nextStage: 'formal-notice', pause: expect.objectContaining({ until: '2026-12-10' }) },
    customer: { status: 'paused', why: 'paused until 2026-12-10 (owner in hospital): chasing resumes on 2026-12-11' },
  },
  {
    // The pause ended 2026-11-15: chasing has been due since 11-16.
    name: 'a pause ended', asOf: '2026-11-22',
    log: logRows(['2026-11-01', MEIYA, 'pause', { until: '2026-11-15', reason: 'audit' }]),
    inv1: { status: 'open', nextAction: '2026-11-22', nextStage: 'deadline', dueSince: '2026-11-16' },
  },
  {
    // Resumed early on 11-20, before the pause's date.
    name: 'a pause ended early by resume', asOf: '2026-11-22',
    log: logRows(['2026-11-01', MEIYA, 'pause', { until: '2026-12-31', reason: 'audit' }], ['2026-11-20', MEIYA, 'resume', {}]),
    inv1: { status: 'open', nextAction: '2026-11-22', dueSince: '2026-11-20' },
  },
  {
    // Handed to counsel: not chased, whatever is sent or promised afterwards.
    name: 'a legal hand-off', asOf: '2026-11-22',
    log: logRows(['2026-11-02', MEIYA, 'legal', { note: '支付令 applied for' }], ['2026-11-10', MEIYA, 'reminder', { stage: 'friendly', channel: 'email' }]),
    inv1: { status: 'with-counsel', nextAction: null, nextStage: null, contacts: 2 },
    customer: { status: 'with-counsel', nextAction: null, channel: null, why: 'with counsel since 2026-11-02 (支付令 applied for): not chased' },
  },
  {
    // Rows dated after as-of do not count yet.
    name: 'rows after as-of', asOf: '2026-11-22',
    log: logRows(['2026-11-25', MEIYA, 'dispute', { reason: 'future' }]),
    inv1: { status: 'open', contacts: 0 },
  },
  {
    // A customer-wide promise made before INV-2 was issued does not cover it; invoice numbers match whatever their case.
    name: 'what a row without invoices covers', asOf: '2026-11-22',
    log: logRows(['2026-10-10', MEIYA, 'promise', { until: '2026-11-30' }], ['2026-11-20', ' 苏州美雅纺织有限公司 ', 'reminder', { invoices: 'inv-2', stage: 'friendly' }]),
    inv1: { status: 'promised', contacts: 1 },
    customer: { status: 'promised', contacts: 2 },
  },
];

describe('deriveCollection: the state rules of DESIGN.md', () => {
  it.each(CASES)('$name', (c) => {
    const receivables = c.receivables ?? ledger;
    const state = deriveCollection(receivables, c.log, plainDate(c.asOf), c.options);
    expect(state.invoices[0]).toMatchObject(c.inv1);
    expect(state.customers).toHaveLength(1);
    if (c.customer) expect(state.customers[0]).toMatchObject(c.customer);
  });

  it('thanks a customer who paid everything after a reminder, once, within 30 days', () => {
    const paid = [invoice('Acme Ltd', 'A-1', '2026-10-01', '500.00', { paid: '500.00', currency: 'GBP' })];
    const log = logRows(['2026-11-01', 'Acme Ltd', 'reminder', { stage: 'friendly', channel: 'email' }], ['2026-11-10', 'Acme Ltd', 'payment', { amount: '500.00', currency: 'GBP' }]);
    expect(deriveCollection(paid, log, plainDate('2026-11-22')).customers[0]).toMatchObject({
      status: 'paid', nextStage: 'thank-you', nextAction: '2026-11-22', urgency: 'thank-you', why: 'paid in full after the friendly reminder by e-mail on 2026-11-01: thank you',
    });
    expect(deriveCollection(paid, log, plainDate('2026-12-11')).customers[0]).toMatchObject({ status: 'paid', nextStage: null });
    const thanked = [...log, ...logRows(['2026-11-12', 'Acme Ltd', 'reminder', { stage: 'thank-you', channel: 'email' }])];
    expect(deriveCollection(paid, thanked, plainDate('2026-11-22')).customers[0]).toMatchObject({ nextStage: null });
    // Gone from the export altogether counts as paid too.
    expect(deriveCollection([], log, plainDate('2026-11-22')).customers[0]).toMatchObject({ customer: 'Acme Ltd', status: 'paid', nextStage: 'thank-you' });
    // Paid without ever being reminded: nothing to thank for.
    expect(deriveCollection(paid, [], plainDate('2026-11-22')).customers[0]).toMatchObject({ status: 'paid', nextStage: null, why: 'nothing owed' });
  });

  it('writes why in Chinese', () => {
    const log = logRows(['2026-11-12', MEIYA, 'promise', { invoices: 'INV-1', amount: '20000.00', currency: 'CNY', until: '2026-11-15' }]);
    expect(deriveCollection(ledger, log, plainDate('2026-11-22'), { lang: 'zh-CN' }).customers[0]?.why).toBe('承诺2026-11-15前支付CNY 20,000.00，未付：限期付款');
    expect(deriveCollection(ledger, [], plainDate('2026-11-22'), { lang: 'zh-CN' }).customers[0]?.why).toBe('逾期52天，尚无联系记录：限期付款');
  });

  it('orders customers most urgent first: broken promises, then limitation ending, then plain overdue, courtesy', () => {
    const receivables = [
      invoice('Old Debt Co', 'O-1', '2023-12-20', '900.00', { issueDate: '2023-11-20' }), // CN limitation ends 2026-12-21
      invoice('Plain Late Co', 'P-1', '2026-08-01', '900.00', { issueDate: '2026-07-01' }),
      invoice('Soon Due Co', 'S-1', '2026-11-24', '900.00', { issueDate: '2026-10-24' }),
      invoice(MEIYA, 'INV-1', '2026-11-10', '900.00', { issueDate: '2026-10-10' }),
    ];
    const log = logRows(['2026-11-05', MEIYA, 'promise', { until: '2026-11-15' }]);
    const state = deriveCollection(receivables, log, plainDate('2026-11-22'), { jurisdiction: 'cn' });
    expect(state.customers.map((c) => [c.customer, c.urgency])).toEqual([
      [MEIYA, 'broken'], ['Old Debt Co', 'limitation'], ['Plain Late Co', 'overdue'], ['Soon Due Co', 'courtesy'],
    ]);
    expect(state.customers[1]?.why).toContain('limitation period for O-1 ends 2026-12-21');
  });

  it('gives each invoice its limitation period under the jurisdiction, restarted by the rows about it', () => {
    const log = logRows(['2026-11-12', MEIYA, 'payment', { invoices: 'INV-1', amount: '1000.00', currency: 'CNY' }]);
    const state = deriveCollection(ledger, log, plainDate('2026-11-22'), { jurisdiction: 'cn' });
    // INV-1: a part payment on 2026-11-12 restarts (第195条): 2029-11-12. INV-2: from 2026-11-15, to 2029-11-15.
    expect(state.invoices.map((i) => [i.limitation?.expires, i.limitation?.restartedBy?.action ?? null])).toEqual([['2029-11-12', 'payment'], ['2029-11-15', null]]);
    expect(deriveCollection(ledger, log, plainDate('2026-11-22')).invoices[0]?.limitation).toBeUndefined();
  });

  it('counts a plan as one contact however many instalments it has, and the history for the credit rating', () => {
    const log = logRows(
      ['2026-10-05', MEIYA, 'promise', { amount: '1000.00', currency: 'CNY', until: '2026-10-10' }],
      ['2026-10-20', MEIYA, 'plan', { amount: '1000.00', currency: 'CNY', until: '2026-10-31' }],
      ['2026-10-20', MEIYA, 'plan', { amount: '1000.00', currency: 'CNY', until: '2026-11-30' }],
      ['2026-10-20', MEIYA, 'plan', { amount: '1000.00', currency: 'CNY', until: '2026-12-31' }],
      ['2026-11-02', MEIYA, 'dispute', { invoices: 'INV-2', reason: 'wrong colour' }],
    );
    const c = deriveCollection(ledger, log, plainDate('2026-12-05')).customers[0];
    expect(c?.contacts).toBe(3);
    expect(c?.history).toEqual({ promises: 1, brokenPromises: 1, plans: 1, missedInstalments: 2, disputes: 1 });
  });
});
