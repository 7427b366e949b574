import { describe, expect, it } from 'vitest';
import { deriveCollection, reminderHistoryFor } from '../../../shared/collection/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { invoice, logRows } from './collection-fixtures.ts';

describe('reminderHistoryFor', () => {
  const receivables = [invoice('Acme', 'A-1', '2026-10-01', '1000.00', { issueDate: '2026-09-01' }), invoice('Acme', 'A-0', '2026-08-01', '50.00', { paid: '50.00' })];

  it('cites the reminders and calls about open invoices by date and channel, oldest first, and the promise', () => {
    const log = logRows(
      ['2026-10-12', 'Acme', 'reminder', { stage: 'friendly', channel: 'email' }],
      ['2026-10-26', 'Acme', 'reminder', { stage: 'statement', channel: 'letter' }],
      ['2026-10-20', 'Acme', 'reminder', { invoices: 'A-0', stage: 'friendly', channel: 'email' }],
      ['2026-10-28', 'Acme', 'reminder', { stage: 'payment-plan' }],
      ['2026-11-02', 'Acme', 'call', { channel: 'phone', note: 'promised' }],
      ['2026-11-02', 'Acme', 'promise', { amount: '1000.00', currency: 'CNY', until: '2026-11-15' }],
    );
    const c = deriveCollection(receivables, log, plainDate('2026-11-22')).customers[0]!;
    expect(reminderHistoryFor(log, c, '2026-11-22')).toEqual({
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
    expect(reminderHistoryFor([], c, '2026-11-22')).toEqual({ contacts: [] });
  });
});
