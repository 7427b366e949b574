/** One year of the State Council holiday notice, as published in the hand-out folder's calendar. */
export interface RawCnHolidayYear {
  readonly notices: readonly string[];
  readonly offDays: readonly string[];
  readonly workDays: readonly string[];
  readonly names: Readonly<Record<string, string>>;
}

/** The JSON shape of the State Council holiday calendar in the hand-out folder. */
export interface RawCnHolidayCalendar {
  readonly name: string;
  readonly rule: string;
  readonly knownUntil: string;
  readonly caveats?: readonly string[];
  readonly years: Readonly<Record<string, RawCnHolidayYear>>;
  /** 全国年节及纪念日放假办法 第二条: the days off every year whatever the notice says (`MM-DD`). */
  readonly statutoryFixedDates?: { readonly note: string; readonly days: readonly string[] };
}
