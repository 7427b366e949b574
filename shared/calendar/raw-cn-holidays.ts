/** The JSON shape of the State Council holiday calendar in the hand-out folder. */
export interface RawCnHolidayCalendar {
  readonly name: string;
  readonly rule: string;
  readonly knownUntil: string;
  readonly caveats?: readonly string[];
  readonly years: Readonly<Record<string, {
    readonly notices: readonly string[];
    readonly offDays: readonly string[];
    readonly workDays: readonly string[];
    readonly names: Readonly<Record<string, string>>;
  }>>;
}
