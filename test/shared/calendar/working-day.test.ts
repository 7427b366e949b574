import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, cnCalendarCoverage, cnHolidayName, isBeyondCnCalendar, isChineseWorkingDay, isWorkingDay, rollToWorkingDay,
} from '../../../shared/calendar/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const d = plainDate;

// Source of every date: the State Council General Office holiday notices (国务院办公厅关于…部分节假日安排的通知)
// for the year, e.g. 2026: https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
describe('isChineseWorkingDay', () => {
  it.each([
    ['2026-10-01', false, '国庆节 holiday (Thursday)'],
    ['2026-10-07', false, 'last day of the 国庆 break (Wednesday)'],
    ['2026-10-08', true, 'first working day after 国庆'],
    ['2026-10-10', true, 'make-up working Saturday (国庆 调休)'],
    ['2026-10-11', false, 'ordinary Sunday'],
    ['2026-02-14', true, 'make-up working Saturday before 春节'],
    ['2026-02-23', false, '春节 break, a Monday'],
    ['2018-12-29', true, 'make-up Saturday listed in the 2019 notice'],
    ['2024-09-14', true, 'make-up Saturday before 中秋'],
    ['2024-04-04', false, '清明节'],
    ['2025-03-12', true, 'ordinary Wednesday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isChineseWorkingDay(d(date))).toBe(working);
  });

  it('names the holiday of a listed date', () => {
    expect(cnHolidayName(d('2026-10-03'))).toBe('国庆节');
    expect(cnHolidayName(d('2026-03-03'))).toBeUndefined();
  });

  it('after the last published year: the statutory holidays are days off, make-up days unknown', () => {
    expect(isBeyondCnCalendar(d('2027-01-01'))).toBe(true);
    expect(isBeyondCnCalendar(d('2026-12-31'))).toBe(false);
    expect(cnCalendarCoverage(d('2027-01-01'))).toBe('statutory');
    expect(cnCalendarCoverage(d('2026-10-01'))).toBe('published');
    expect(cnCalendarCoverage(d('2014-10-01'))).toBe('weekends');
    // 全国年节及纪念日放假办法 第二条 (2024): 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct.
    expect(isChineseWorkingDay(d('2027-01-01'))).toBe(false); // a Friday, 元旦
    expect(isChineseWorkingDay(d('2027-05-03'))).toBe(true); // a Monday; the notice would likely add it, unknown here
    expect(isChineseWorkingDay(d('2027-10-01'))).toBe(false);
    expect(isChineseWorkingDay(d('2027-10-04'))).toBe(true);
    expect(isChineseWorkingDay(d('2027-01-02'))).toBe(false); // Saturday
    // The lunar ones, 2027: 除夕 02-05, 春节 02-06…08, 清明 04-05, 端午 06-09, 中秋 09-15.
    for (const off of ['2027-02-05', '2027-02-08', '2027-04-05', '2027-06-09', '2027-09-15']) expect(isChineseWorkingDay(d(off))).toBe(false);
    expect(isChineseWorkingDay(d('2027-02-09'))).toBe(true);
    expect(cnHolidayName(d('2027-02-05'))).toBe('春节');
    expect(cnHolidayName(d('2027-09-15'))).toBe('中秋节');
    expect(cnHolidayName(d('2027-10-02'))).toBe('国庆节');
  });
});

describe('rollToWorkingDay (民法典 第203条)', () => {
  it.each([
    ['2026-10-01', 'cn', '2026-10-08'],
    ['2026-10-01', 'weekend', '2026-10-01'],
    ['2026-10-03', 'weekend', '2026-10-05'],
    ['2026-10-09', 'cn', '2026-10-09'],
    ['2026-10-10', 'cn', '2026-10-10'],
    ['2026-02-15', 'cn', '2026-02-24'],
    ['2026-10-03', 'none', '2026-10-03'],
  ] as const)('%s under %s → %s', (date, cal, expected) => {
    expect(rollToWorkingDay(d(date), cal)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('skips the 国庆 break and counts the make-up Saturday', () => {
    // 2026-09-30 (Wed) + 1 → 10-08 (Thu); +2 → 10-09 (Fri); +3 → 10-10 (make-up Sat)
    expect(addWorkingDays(d('2026-09-30'), 1, 'cn')).toBe('2026-10-08');
    expect(addWorkingDays(d('2026-09-30'), 3, 'cn')).toBe('2026-10-10');
    expect(addWorkingDays(d('2026-09-30'), 4, 'cn')).toBe('2026-10-12');
  });
  it('goes backwards and treats weekends only under weekend', () => {
    expect(addWorkingDays(d('2026-10-12'), -1, 'cn')).toBe('2026-10-10');
    expect(addWorkingDays(d('2026-10-12'), -1, 'weekend')).toBe('2026-10-09');
    expect(addWorkingDays(d('2026-10-12'), 0, 'cn')).toBe('2026-10-12');
    expect(isWorkingDay(d('2026-10-11'), 'none')).toBe(true);
  });
});
