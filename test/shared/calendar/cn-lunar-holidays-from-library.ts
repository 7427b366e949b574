import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';

/** The years the built-in lunar holiday table covers: from the 2024 amendment's entry into force. */
export const FIRST_LUNAR_YEAR = 2025;
export const LAST_LUNAR_YEAR = 2100;

const mmdd = (s: SolarDay): string => `${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`;
const iso = (s: SolarDay): string => `${s.getYear()}-${mmdd(s)}`;

/** Lunar holidays of a Gregorian year as tyme4ts computes them (the 春节 days from 除夕, as ISO dates too). */
export function cnLunarHolidayStarts(year: number): {
  springFestivalEve: string; qingming: string; dragonBoat: string; midAutumn: string; springFestival: string[];
} {
  const newYear = LunarDay.fromYmd(year, 1, 1);
  const eve = newYear.next(-1).getSolarDay();
  return {
    springFestivalEve: mmdd(eve),
    springFestival: [0, 1, 2, 3].map((i) => iso(eve.next(i))),
    qingming: mmdd(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()),
    dragonBoat: mmdd(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
    midAutumn: mmdd(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
  };
}
