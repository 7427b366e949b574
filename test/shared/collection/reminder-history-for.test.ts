import { describe, expect, it } from 'vitest';
import { deriveCollection, reminderHistoryFor } from '../../../shared/collection/index.ts';
import { customerKey } from '../../../shared/customer-key.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { invoice, logRows } from './collection-fixtures.ts';

const MEIYA = '苏州美雅纺织有限公司';
const asOf = plainDate('2026-11-22');
const ledger = [invoice(MEIYA, 'INV-1', '2026-09-30', '120000.00', { issueDate: '2026-09-01' }), invoice('Acme Ltd', 'A-1', '2026-10-01', '500.00')];
const log = logRows(
  ['2026-10-12', MEIYA, 'reminder', { stage: 'friendly', channel: 'email' }],
  ['2026-10-20', ' 苏州美雅纺织有限公司 ', 'reminder', { stage: 'statement' }],
  ['2026-10-26', MEIYA, 'reminder', { stage: 'statement', channel: 'letter' }],
  ['2026-10-30', MEIYA, 'call', { note: 'will pay on the 15th' }],
  ['2026-10-30', MEIYA, 'promise', { amount: '20000', currency: 'CNY', until: '2026-11-15' }],
  ['2026-11-01', 'Acme Ltd', 'reminder', { stage: 'friendly', channel: 'email' }],
  ['2026-11-05', MEIYA, 'note', { note: 'sent the statement again' }],
  ['2026-11-25', MEIYA, 'reminder', { stage: 'deadline', channel: 'email' }],
);

describe('reminderHistoryFor: what a message may say about the case', () => {
  it('cites the customer\'s demands with their channel up to as-of, and the broken promise', () => {
    const state = deriveCollection(ledger, log, asOf).customers.find((c) => c.key === customerKey(MEIYA));
    expect(reminderHistoryFor(log, MEIYA, asOf, state)).toEqual({
      contacts: [
        { date: '2026-10-12', channel: 'email', stage: 'friendly' },
        { date: '2026-10-26', channel: 'letter', stage: 'statement' },
        { date: '2026-10-30', channel: 'phone' },
      ],
      promise: { amount: money(2000000, 'CNY'), until: '2026-11-15' },
    });
  });

  it('lists an agreed plan until it is complete', () => {
    const withPlan = [...log, ...logRows(
      ['2026-11-20', MEIYA, 'plan', { amount: '60000', currency: 'CNY', until: '2026-12-20' }],
      ['2026-11-20', MEIYA, 'plan', { amount: '60000', currency: 'CNY', until: '2027-01-20' }],
    )];
    const state = deriveCollection(ledger, withPlan, asOf).customers.find((c) => c.key === customerKey(MEIYA));
    expect(reminderHistoryFor(withPlan, MEIYA, asOf, state)?.plan).toEqual({
      instalments: [{ amount: money(6000000, 'CNY'), until: '2026-12-20' }, { amount: money(6000000, 'CNY'), until: '2027-01-20' }],
    });
  });

  it('says nothing without a log, and claims no contact for a customer the log does not mention', () => {
    expect(reminderHistoryFor(undefined, MEIYA, asOf)).toBeUndefined();
    expect(reminderHistoryFor(log, 'Globex GmbH', asOf)).toEqual({ contacts: [] });
  });
});

describe('reminderHistoryFor', () => {
  const receivables = [invoice('Acme', 'A-1', '2026-10-01', '1000.00', { issueDate: '2026-09-01' }), invoice('Acme', 'A-0', '2026-08-01', '50.00', { paid: '50.00' })];

  it('cites the reminders and calls about open invoices (not about paid ones) by date and channel, oldest first, and the promise', () => {
    const log = logRows(
      ['2026-10-12', 'Acme', 'reminder', { stage: 'friendly', channel: 'email' }],
      ['2026-10-26', 'Acme', 'reminder', { stage: 'statement', channel: 'letter' }],
      ['2026-10-20', 'Acme', 'reminder', { invoices: 'A-0', stage: 'friendly', channel: 'email' }],
      ['2026-10-28', 'Acme', 'reminder', { stage: 'payment-plan' }],
      ['2026-11-02', 'Acme', 'call', { channel: 'phone', note: 'promised' }],
      ['2026-11-02', 'Acme', 'promise', { amount: '1000.00', currency: 'CNY', until: '2026-11-15' }],
    );
    const c = deriveCollection(receivables, log, plainDate('2026-11-22')).customers[0]!;
    expect(reminderHistoryFor(log, 'Acme', plainDate('2026-11-22'), c)).toEqual({
      contacts: [
        { date: '2026-10-12', channel: 'email', stage: 'friendly' },
        { date: '2026-10-26', channel: 'letter', stage: 'statement' },
        { date: '2026-11-02', channel: 'phone' },
      ],
      promise: { amount: { minor: 100000, currency: 'CNY' }, until: '2026-11-15' },
    });
  });

  it('claims nothing without a log', () => {
    const c = deriveCollection(receivables, [], plainDate('2026-11-22')).customers[0]!;
    expect(reminderHistoryFor([], 'Acme', plainDate('2026-11-22'), c)).toEqual({ contacts: [] });
  });
});
