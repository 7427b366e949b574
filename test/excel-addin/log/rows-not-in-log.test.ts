import { describe, expect, it } from 'vitest';
import { rowsNotInLog } from '../../../excel-addin/log/rows-not-in-log.ts';
import type { NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const call: NewLogEntry = { date: plainDate('2026-11-03'), customer: 'Acme Ltd', invoices: [], action: 'call', channel: 'phone', note: 'next week', by: 'li' };
const promise: NewLogEntry = { date: plainDate('2026-11-10'), customer: '深圳市华强电子有限公司', invoices: ['FP-1'], action: 'promise', amount: money(2000000, 'CNY'), currency: 'CNY', until: plainDate('2026-11-30') };

describe('rowsNotInLog: what a paste adds', () => {
  it.each([
    ['a new row is added', [call], [promise], [promise], 0],
    ['an identical row is skipped', [call, promise], [promise], [], 1],
    ['the same row twice in the paste, once in the log: the second one is added', [call], [call, call], [call], 1],
    ['a row differing only in its note is another row', [call], [{ ...call, note: 'next month' }], [{ ...call, note: 'next month' }], 0],
    ['an amount written 20000 or 20,000.00 reads the same: skipped', [promise], [{ ...promise, amount: money(2000000, 'CNY') }], [], 1],
    ['columns of the user\'s own are not compared', [{ ...call, extra: { Region: 'South' } }], [call], [], 1],
    ['an empty log takes every row', [], [call, promise], [call, promise], 0],
  ] as const)('%s', (_, log, incoming, rows, duplicates) => {
    expect(rowsNotInLog(log, incoming)).toEqual({ rows, duplicates });
  });
});
