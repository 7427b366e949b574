import { describe, expect, it } from 'vitest';
import { CN_LUNAR_HOLIDAYS } from '../../../shared/calendar/cn-lunar-holidays-data.ts';
import { CN_HOLIDAYS_DATA } from '../../../shared/calendar/cn-holidays-data.ts';
import { cnLunarHolidayStarts, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from './cn-lunar-holidays-from-library.ts';

// The lunar statutory holidays (全国年节及纪念日放假办法 第二条: 春节, 清明节, 端午节, 中秋节) come from tyme4ts,
// 6tail's maintained calendar library, through a generated table (scripts/generate-cn-lunar-holidays.ts).
describe('lunar statutory holidays', () => {
  it('tyme4ts puts every lunar holiday 2015–2026 on a day off of that year\'s State Council notice', () => {
    // Before the 2024 amendment 除夕 was not a statutory day (2024: a working day); 初一–初三 always were.
    for (const [year, y] of Object.entries(CN_HOLIDAYS_DATA.years)) {
      const h = cnLunarHolidayStarts(Number(year));
      const off = new Set(y.offDays);
      const days = [...h.springFestival.slice(Number(year) >= 2025 ? 0 : 1), `${year}-${h.qingming}`, `${year}-${h.dragonBoat}`, `${year}-${h.midAutumn}`];
      expect(days.filter((d) => !off.has(d)), year).toEqual([]);
    }
  });

  it('the built-in table is the library\'s output for every year it covers', () => {
    const years = Object.keys(CN_LUNAR_HOLIDAYS).map(Number);
    expect([Math.min(...years), Math.max(...years), years.length]).toEqual([FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1]);
    for (const year of years) {
      const h = cnLunarHolidayStarts(year);
      expect(CN_LUNAR_HOLIDAYS[year], String(year)).toEqual([h.springFestivalEve, h.qingming, h.dragonBoat, h.midAutumn]);
    }
  });

  it.each([
    // Independent check of the table against widely published dates (Chinese New Year 2027-02-06, 2028-01-26, 2030-02-03).
    [2027, ['02-05', '04-05', '06-09', '09-15']],
    [2028, ['01-25', '04-04', '05-28', '10-03']],
    [2030, ['02-02', '04-05', '06-05', '09-12']],
  ] as const)('%i: 除夕, 清明, 端午, 中秋 on %j', (year, dates) => {
    expect(CN_LUNAR_HOLIDAYS[year]).toEqual(dates);
  });
});
