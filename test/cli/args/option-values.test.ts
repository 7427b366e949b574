import { describe, expect, it } from 'vitest';
import { dateOption, wholeNumberOption } from '../../../cli/args/index.ts';

describe('dateOption', () => {
  it.each([
    ['2026-11-22', { ok: true, value: '2026-11-22' }],
    [' 2026-11-22 ', { ok: true, value: '2026-11-22' }],
    ['2026-02-30', { ok: false, message: '--as-of must be a date written YYYY-MM-DD; got "2026-02-30"' }],
    ['22/11/2026', { ok: false, message: '--as-of must be a date written YYYY-MM-DD; got "22/11/2026"' }],
    ['9999-12-31', { ok: false, message: '--as-of must be a date from 1900-01-01 to 2199-12-31; got "9999-12-31"' }],
    ['0001-01-01', { ok: false, message: '--as-of must be a date from 1900-01-01 to 2199-12-31; got "0001-01-01"' }],
  ])('%j', (text, expected) => {
    expect(dateOption('as-of', text)).toEqual(expected);
  });
});

describe('wholeNumberOption', () => {
  it.each([
    ['10', { ok: true, value: 10 }],
    ['60', { ok: true, value: 60 }],
    ['0', { ok: false }],
    ['61', { ok: false }],
    ['1e1', { ok: false }],
    ['0x0a', { ok: false }],
    ['7.0', { ok: false }],
    ['', { ok: false }],
  ])('%j', (text, expected) => {
    const r = wholeNumberOption('deadline-days', text, 1, 60);
    expect(r).toMatchObject(expected);
    if (!r.ok) expect(r.message).toBe(`--deadline-days must be a whole number from 1 to 60; got "${text}"`);
  });
});
