import { describe, expect, it } from 'vitest';
import { countContacts, lastContactOf, latestContact, type LastContact } from '../../../shared/collection/last-contact.ts';
import type { LogEntry } from '../../../shared/log/index.ts';
import { logRows } from './collection-fixtures.ts';

const rows = logRows(
  ['2026-10-12', 'Acme', 'reminder', { invoices: 'INV-1', stage: 'friendly', channel: 'email' }],
  ['2026-10-20', 'Acme', 'payment', { invoices: 'INV-1', amount: '100', currency: 'CNY' }],
  ['2026-10-26', 'Acme', 'plan', { invoices: 'INV-1', amount: '500', currency: 'CNY', until: '2026-11-30' }],
  ['2026-10-26', 'Acme', 'plan', { invoices: 'INV-1', amount: '500', currency: 'CNY', until: '2026-12-31' }],
  ['2026-11-02', 'Acme', 'call', { channel: 'phone' }],
  ['2026-11-05', 'Acme', 'note', { note: 'left a message' }],
);

describe('contacts in the log', () => {
  it.each([
    { name: 'no rows', rows: [] as LogEntry[], contacts: 0, last: undefined },
    { name: 'a payment and a note are not contacts', rows: [rows[1], rows[5]] as LogEntry[], contacts: 0, last: undefined },
    { name: "a plan's instalment rows count once", rows: rows.slice(0, 4), contacts: 2, last: 5 },
    { name: 'the latest contact is the last contact row, notes after it aside', rows, contacts: 3, last: 6 },
  ])('$name', ({ rows: given, contacts, last }) => {
    expect(countContacts(given)).toBe(contacts);
    expect(latestContact(given)?.row).toBe(last);
  });

  it('makes one LastContact per row, with only the keys the row has', () => {
    const shared = new Map<LogEntry, LastContact>();
    const reminder = rows[0] as LogEntry;
    const call = rows[4] as LogEntry;
    expect(lastContactOf(reminder, shared)).toEqual({ date: '2026-10-12', action: 'reminder', row: 2, stage: 'friendly', channel: 'email' });
    expect(lastContactOf(reminder, shared)).toBe(lastContactOf(reminder, shared));
    expect(Object.keys(lastContactOf(call, shared))).toEqual(['date', 'action', 'row', 'channel']);
    expect(Object.keys(lastContactOf(rows[2] as LogEntry, shared))).toEqual(['date', 'action', 'row']);
    expect(shared.size).toBe(3);
  });
});
