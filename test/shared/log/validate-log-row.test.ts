import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateLogRow, type LogRowCells } from '../../../shared/log/index.ts';
import { parseLogAmount } from '../../../shared/log/parse-log-amount.ts';

const promise: LogRowCells = { date: '2026-11-03', customer: '苏州美雅纺织', invoices: 'INV-1; INV-2;', action: 'promise', amount: '20,000.00', currency: 'cny', until: '2026-11-15' };

describe('validateLogRow', () => {
  it('takes a good row: trimmed, ids and currency normalised, money exact in minor units', () => {
    expect(validateLogRow(promise, 7)).toEqual({
      ok: true,
      value: {
        row: 7, date: '2026-11-03', customer: '苏州美雅纺织', invoices: ['INV-1', 'INV-2'], action: 'promise',
        amount: { minor: 2000000, currency: 'CNY' }, currency: 'CNY', until: '2026-11-15',
      },
    });
  });

  // Each row breaks one rule of DESIGN.md's "Collection log"; the problem names its column.
  it.each<[string, LogRowCells, string, string]>([
    ['no date', { customer: 'A', action: 'note' }, 'date', 'required'],
    ['31 February', { date: '2026-02-31', customer: 'A', action: 'note' }, 'date', 'invalid-date'],
    ['a day-first date', { date: '05/11/2026', customer: 'A', action: 'note' }, 'date', 'invalid-date'],
    ['no customer', { date: '2026-11-03', customer: '  ', action: 'note' }, 'customer', 'required'],
    ['an unknown action', { date: '2026-11-03', customer: 'A', action: 'emailed' }, 'action', 'unknown-action'],
    ['a reminder without its stage', { date: '2026-11-03', customer: 'A', action: 'reminder', channel: 'email' }, 'stage', 'required'],
    ['an unknown stage', { date: '2026-11-03', customer: 'A', action: 'reminder', stage: 'gentle' }, 'stage', 'unknown-stage'],
    ['an unknown channel', { date: '2026-11-03', customer: 'A', action: 'reminder', stage: 'friendly', channel: 'fax' }, 'channel', 'unknown-channel'],
    ['a promise without until', { date: '2026-11-03', customer: 'A', action: 'promise', amount: '10', currency: 'CNY' }, 'until', 'required'],
    ['a plan instalment without until', { date: '2026-11-03', customer: 'A', action: 'plan', amount: '10', currency: 'CNY' }, 'until', 'required'],
    ['a pause without until', { date: '2026-11-03', customer: 'A', action: 'pause', reason: 'holiday' }, 'until', 'required'],
    ['until before the date', { date: '2026-11-03', customer: 'A', action: 'pause', until: '2026-11-01' }, 'until', 'until-before-date'],
    ['a dispute without reason', { date: '2026-11-03', customer: 'A', action: 'dispute' }, 'reason', 'required'],
    ['a plan instalment without amount', { date: '2026-11-03', customer: 'A', action: 'plan', until: '2026-12-01' }, 'amount', 'required'],
    ['a payment without amount', { date: '2026-11-03', customer: 'A', action: 'payment', currency: 'EUR' }, 'amount', 'required'],
    ['an amount without currency', { date: '2026-11-03', customer: 'A', action: 'payment', amount: '10.00' }, 'currency', 'required'],
    ['a currency that is no code', { date: '2026-11-03', customer: 'A', action: 'payment', amount: '10.00', currency: 'RMB¥' }, 'currency', 'invalid-currency'],
    ['fen of a yen', { date: '2026-11-03', customer: 'A', action: 'payment', amount: '1500.5', currency: 'JPY' }, 'amount', 'invalid-amount'],
    ['three decimals in CNY', { date: '2026-11-03', customer: 'A', action: 'payment', amount: '10.005', currency: 'CNY' }, 'amount', 'invalid-amount'],
    ['a negative payment', { date: '2026-11-03', customer: 'A', action: 'payment', amount: '-10', currency: 'CNY' }, 'amount', 'invalid-amount'],
    ['words for an amount', { date: '2026-11-03', customer: 'A', action: 'payment', amount: 'ten', currency: 'CNY' }, 'amount', 'invalid-amount'],
  ])('refuses %s, naming the field', (_what, cells, column, code) => {
    const result = validateLogRow(cells, 12);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ row: 12, column, code }));
    for (const p of result.problems) expect(p.reason.length).toBeGreaterThan(5);
  });

  it('reports every problem of a row, not just the first', () => {
    const result = validateLogRow({ date: 'yesterday', customer: '', action: 'promise', amount: '1.234', currency: 'USD' }, 3);
    expect(result.ok ? [] : result.problems.map((p) => p.column).sort()).toEqual(['amount', 'customer', 'date', 'until']);
  });

  it('reads what a sheet hands over: serial dates, numbers, year-first dates as spreadsheets save them', () => {
    // 46341 is Excel's serial for 2026-11-15 (1900 system, counting its phantom 29 Feb 1900).
    const sheet = validateLogRow({ date: 46341, customer: 'A', action: 'payment', amount: 1234.5, currency: 'EUR', until: '2026/11/20' }, 4);
    expect(sheet).toMatchObject({ ok: true, value: { date: '2026-11-15', amount: { minor: 123450, currency: 'EUR' }, until: '2026-11-20' } });
    expect(validateLogRow({ date: '2026年11月3日', customer: 'A', action: 'note' }, 5)).toMatchObject({ ok: true, value: { date: '2026-11-03' } });
    expect(validateLogRow({ date: '2026-11-03 00:00:00', customer: 'A', action: 'note' }, 5)).toMatchObject({ ok: true, value: { date: '2026-11-03' } });
    // A computed float is the decimal it shows; one with real fractions of a cent is refused.
    expect(validateLogRow({ date: '2026-11-03', customer: 'A', action: 'payment', amount: 0.1 + 0.2, currency: 'CNY' }, 6)).toMatchObject({ ok: true, value: { amount: { minor: 30 } } });
    expect(validateLogRow({ date: '2026-11-03', customer: 'A', action: 'payment', amount: 0.125, currency: 'CNY' }, 6).ok).toBe(false);
  });

  it('takes text as typed: a leading quote is part of it (only the CSV reader removes its writer\'s guard)', () => {
    expect(validateLogRow({ date: '2026-11-03', customer: "'=HYPERLINK(\"x\")", action: 'note', note: "'it's fine" }, 2))
      .toMatchObject({ ok: true, value: { customer: "'=HYPERLINK(\"x\")", note: "'it's fine" } });
  });

  it.each([
    ['20000.00', 'CNY', 2000000],
    ['20000', 'CNY', 2000000],
    ['7.5', 'CNY', 750],
    ['12.', 'CNY', 1200],
    ['100.000', 'CNY', 10000],
    ['20,000.00', 'CNY', 2000000],
    [' 15 ', 'EUR', 1500],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
  ])('reads the amount %s %s as %i minor units', (text, currency, minor) => {
    expect(parseLogAmount(text, currency)).toEqual({ ok: true, value: { minor, currency } });
  });

  it.each([
    ['0.00', 'CNY', 'must be more than zero'],
    ['7.555', 'CNY', 'has more decimals than CNY has (2)'],
    ['1.5', 'JPY', 'has more decimals than JPY has (0)'],
    ['.5', 'CNY', 'is not an amount; write it like 20000.00'],
    ['1.2.3', 'CNY', 'is not an amount; write it like 20000.00'],
    ['90071992547409.93', 'CNY', 'is too large an amount'],
  ])('refuses the amount %s %s: %s', (text, currency, reason) => {
    expect(parseLogAmount(text, currency)).toEqual({ ok: false, reason });
  });

  it('reads a plain amount the same way with or without blanks around it (the digit-by-digit path and the general one agree)', () => {
    const plain = fc.tuple(fc.stringMatching(/^[0-9]{1,17}$/), fc.option(fc.stringMatching(/^\.[0-9]{0,4}$/), { nil: '' }))
      .map(([whole, fraction]) => whole + fraction);
    fc.assert(fc.property(fc.oneof(plain, fc.string({ maxLength: 8 })), fc.constantFrom('CNY', 'JPY', 'KWD'), (text, currency) => {
      // The padded text never takes the fast path (a blank is not a digit): it is the reference.
      expect(parseLogAmount(text, currency)).toEqual(parseLogAmount(` ${text} `, currency));
    }), { numRuns: 3000 });
  });
});
