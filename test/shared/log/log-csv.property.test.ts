import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '../../../shared/contact-channel.ts';
import { LOG_ACTIONS, logCsv, logCsvHeader, logCsvLine, parseLogCsv, type NewLogEntry } from '../../../shared/log/index.ts';
import { fromEpochDay, toEpochDay, plainDate } from '../../../shared/plain-date.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';

// Text as a validated row holds it: no carriage returns (a CSV reader turns them into line
// breaks), no surrounding white space (trimmed on reading), not empty.
const text = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\r/g, '').trim()).filter((s) => s !== '');
// Spreadsheet-hostile starts and CSV specials, so the guard and the quoting are exercised.
const nasty = fc.oneof(text, fc.constantFrom("=SUM(A1)", "+1", "-2", "@x", "'=x", "''+y", 'a,"b"', 'line\nbreak', '苏州美雅纺织', "'plain"));
const day = fc.integer({ min: toEpochDay(plainDate('2000-01-01')), max: toEpochDay(plainDate('2099-12-31')) }).map(fromEpochDay);
const amount = fc.record({ minor: fc.integer({ min: 1, max: 1e12 }), currency: fc.constantFrom('CNY', 'EUR', 'GBP', 'JPY', 'KWD') });

const entry: fc.Arbitrary<NewLogEntry> = fc.record({
  date: day,
  customer: nasty,
  invoices: fc.uniqueArray(nasty.map((s) => s.replace(/[;；]/g, '/').trim()).filter((s) => s !== ''), { maxLength: 4 }),
  action: fc.constantFrom(...LOG_ACTIONS),
  stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
  channel: fc.option(fc.constantFrom(...CONTACT_CHANNELS), { nil: undefined }),
  amount: fc.option(amount, { nil: undefined }),
  untilDays: fc.integer({ min: 0, max: 400 }),
  reason: fc.option(nasty, { nil: undefined }),
  note: fc.option(nasty, { nil: undefined }),
  by: fc.option(nasty, { nil: undefined }),
}).map(({ untilDays, ...e }) => {
  // Make the row one the validator takes: what each action requires is there.
  const needsUntil = e.action === 'promise' || e.action === 'plan' || e.action === 'pause';
  const needsAmount = e.action === 'plan' || e.action === 'payment';
  const amountOf = e.amount ?? (needsAmount ? { minor: 100, currency: 'CNY' } : undefined);
  const out: NewLogEntry = {
    date: e.date, customer: e.customer, invoices: e.invoices, action: e.action,
    ...(e.stage ?? (e.action === 'reminder' ? 'friendly' : undefined) ? { stage: e.stage ?? 'friendly' } : {}),
    ...(e.channel ? { channel: e.channel } : {}),
    ...(amountOf ? { amount: amountOf, currency: amountOf.currency } : {}),
    ...(needsUntil ? { until: fromEpochDay(toEpochDay(e.date) + untilDays) } : {}),
    ...(e.reason ?? (e.action === 'dispute' ? 'short delivery' : undefined) ? { reason: e.reason ?? 'short delivery' } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(e.by ? { by: e.by } : {}),
  };
  return out;
});

describe('the log written as CSV', () => {
  it('reads back every row as it was written, in order', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
      const read = parseLogCsv(logCsv(entries));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value.rejected).toEqual([]);
      expect(read.value.entries.map(({ row: _row, ...e }) => e)).toEqual(entries);
    }), { numRuns: 300 });
  });

  it('appended line by line to a log with extra columns in another order, reads back the same rows and leaves the extra cells empty', () => {
    const columns = ['by', 'Ticket', 'date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note'];
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
      const text = logCsvHeader(columns) + entries.map((e) => logCsvLine(e, columns)).join('');
      const read = parseLogCsv(text);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.entries.map(({ row: _row, extra, ...e }) => [e, extra])).toEqual(entries.map((e) => [e, { Ticket: '' }]));
    }), { numRuns: 100 });
  });
});
