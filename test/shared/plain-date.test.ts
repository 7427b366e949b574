import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, daysBetween, endOfMonth, fromEpochDay, fromExcelSerial, isoWeekday,
  makeDate, parsePlainDate, plainDate, toEpochDay, toExcelSerial,
} from '../../shared/plain-date.ts';

describe('plain dates', () => {
  it.each([
    ['2026-02-29', undefined],
    ['2024-02-29', '2024-02-29'],
    ['2026-13-01', undefined],
    ['2026-4-01', undefined],
    ['1900-02-29', undefined],
    ['2000-02-29', '2000-02-29'],
  ])('parses %s strictly', (text, expected) => {
    expect(parsePlainDate(text)).toBe(expected);
  });

  it('counts days across leap years and month ends', () => {
    expect(daysBetween(plainDate('2024-03-31'), plainDate('2024-06-30'))).toBe(91);
    expect(daysBetween(plainDate('2023-12-31'), plainDate('2024-12-31'))).toBe(366);
    expect(addDays(plainDate('2026-08-31'), 83)).toBe('2026-11-22');
    expect(toEpochDay(plainDate('1970-01-01'))).toBe(0);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths(plainDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(plainDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(plainDate('2026-11-15'), 3)).toBe('2027-02-15');
    expect(endOfMonth(plainDate('2026-02-10'))).toBe('2026-02-28');
  });

  it('knows weekdays', () => {
    expect(isoWeekday(plainDate('2026-11-22'))).toBe(7); // a Sunday
    expect(isoWeekday(plainDate('2024-02-29'))).toBe(4); // a Thursday
  });

  it('converts Excel serials with the 1900 leap-year quirk', () => {
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toBeUndefined(); // Excel's phantom 1900-02-29
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(45658)).toBe('2025-01-01');
    expect(fromExcelSerial(46348.75)).toBe('2026-11-22'); // time of day dropped
    expect(toExcelSerial(plainDate('2026-11-22'))).toBe(46348);
    expect(toExcelSerial(plainDate('1900-03-01'))).toBe(61);
  });

  it.each([
    ['0001-01-01', -719162], ['0001-02-28', -719104], ['0001-03-01', -719103], ['1900-02-28', -25509], ['1900-03-01', -25508],
    ['1969-12-31', -1], ['2000-02-29', 11016], ['2000-03-01', 11017], ['2026-11-22', 20779], ['9999-12-31', 2932896],
  ])('%s is epoch day %i', (date, n) => {
    expect(toEpochDay(plainDate(date))).toBe(n);
    expect(fromEpochDay(n)).toBe(date);
  });

  it('round-trips epoch days and Excel serials for any date', () => {
    fc.assert(fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
      const d = fromEpochDay(n);
      expect(toEpochDay(d)).toBe(n);
      expect(parsePlainDate(d)).toBe(d);
      const serial = toExcelSerial(d);
      if (serial >= 61 && serial < 2958466) expect(fromExcelSerial(serial)).toBe(d);
    }));
  });

  it('parses exactly what the strict pattern YYYY-MM-DD with a real day accepts, for any text', () => {
    // The parser reads digits in place; this is the rule it must keep, written the plain way.
    const reference = (text: string): string | undefined => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    };
    const dateLike = fc.tuple(fc.stringMatching(/^[0-9０-９a\-/ ]{0,4}$/), fc.constantFrom('-', '/', ' ', ''), fc.stringMatching(/^[0-9 ]{0,3}$/),
      fc.constantFrom('-', '.', ''), fc.stringMatching(/^[0-9\n]{0,3}$/)).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 12 }), dateLike), (text) => {
      expect(parsePlainDate(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });

  it('rejects impossible parts', () => {
    expect(makeDate(2026, 2, 31)).toBeUndefined();
    expect(makeDate(2026, 0, 1)).toBeUndefined();
  });
});
