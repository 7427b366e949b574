import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_CALENDAR, cnCalendarCoverage, isChineseWorkingDay, parseCnCalendarYears, withCnCalendarYears,
} from '../../../shared/calendar/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { calc } from '../penalty/calc-case.ts';

const d = plainDate;

// A 2027 year in the hand-out shape, as a user would paste it once the State Council notice is out.
// (Illustrative dates for the test: a 国庆 break 10-01…10-07 with make-up Saturdays 09-25 and 10-09.)
const year2027 = {
  notices: ['(the 2027 notice)'],
  offDays: ['2027-01-01', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
  workDays: ['2027-09-25', '2027-10-09'],
  names: { '2027-10-01': '国庆节' },
};

describe('calendar years a user brings', () => {
  it.each([
    ['one year', { year: 2027, ...year2027 }],
    ['keyed by year', { 2027: year2027 }],
    ['the whole file shape', { name: 'cn-holidays', knownUntil: '2027-12-31', years: { 2027: year2027 } }],
  ])('reads %s and merges it: the year is published, its days off and make-up days count', (_shape, json) => {
    const parsed = parseCnCalendarYears(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const cal = withCnCalendarYears(CN_HOLIDAY_CALENDAR, parsed.value);
    expect(cal.knownUntil).toBe('2027-12-31');
    expect(cnCalendarCoverage(d('2027-10-05'), cal)).toBe('published');
    expect(isChineseWorkingDay(d('2027-10-05'), cal)).toBe(false);
    expect(isChineseWorkingDay(d('2027-10-09'), cal)).toBe(true); // make-up Saturday
    // The built-in calendar is unchanged (a value, not a global).
    expect(isChineseWorkingDay(d('2027-10-05'))).toBe(true);
    expect(cal.years.get(2027)?.source).toBe('user');
    expect(cal.years.get(2026)?.source).toBe('built-in');
  });

  it('a penalty with the user year: no warning, the whole break rolled over', () => {
    // Due 2027-10-01 with the year supplied: off until 10-07, last day 10-08, charged from 10-09: 23 days × 50.00.
    const parsed = parseCnCalendarYears({ 2027: year2027 });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const calendar = withCnCalendarYears(CN_HOLIDAY_CALENDAR, parsed.value);
    const r = calc({ principal: '100000.00', currency: 'CNY', dueDate: '2027-10-01', asOf: '2027-10-31', rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } }, { calendar });
    expect([r.segments[0]?.from, r.days, r.penalty, r.warnings]).toEqual(['2027-10-09', 23, '1150.00', []]);
  });

  it('a later year without the one before leaves knownUntil where the unbroken run ends', () => {
    const parsed = parseCnCalendarYears({ 2029: { offDays: ['2029-01-01'], workDays: [] } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const cal = withCnCalendarYears(CN_HOLIDAY_CALENDAR, parsed.value);
    expect(cal.knownUntil).toBe('2026-12-31');
    expect(cnCalendarCoverage(d('2029-03-01'), cal)).toBe('published');
    expect(cnCalendarCoverage(d('2028-03-01'), cal)).toBe('statutory');
  });

  it.each([
    [[], 'calendar-shape', 'calendar'],
    [{ year: 'next', offDays: ['2027-01-01'] }, 'calendar-year', 'calendar.year'],
    [{ 27: year2027 }, 'calendar-year', 'calendar.27'],
    [{ 2027: { ...year2027, offDays: ['2027-02-30'] } }, 'calendar-date', 'calendar.2027.offDays[0]'],
    [{ 2027: { ...year2027, offDays: ['2028-01-01'] } }, 'calendar-date-outside-year', 'calendar.2027.offDays[0]'],
    [{ 2027: { ...year2027, workDays: ['2027-10-02'] } }, 'calendar-conflict', 'calendar.2027.workDays'],
    [{ 2027: { ...year2027, offDays: [] } }, 'calendar-shape', 'calendar.2027.offDays'],
    [{ 2027: { ...year2027, holidays: [] } }, 'calendar-shape', 'calendar.2027.holidays'],
    [{ years: {} }, 'calendar-shape', 'calendar.years'],
  ])('%j → %s on %s', (json, code, field) => {
    const r = parseCnCalendarYears(json);
    expect(r).toMatchObject({ ok: false, error: { code, field } });
  });

  it('the December before a year may carry its make-up days (the 2019 notice listed 2018-12-29)', () => {
    expect(parseCnCalendarYears({ 2019: { offDays: ['2018-12-30', '2019-01-01'], workDays: ['2018-12-29'] } }).ok).toBe(true);
  });
});
