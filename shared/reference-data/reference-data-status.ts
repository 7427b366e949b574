import { daysBetween, type PlainDate } from '../plain-date.ts';
import type { ReferenceTableId } from '../penalty/penalty-warning.ts';
import type { ReferenceData } from './reference-data.ts';

/** How current one table is, as of a day: what `dunning rates` prints and the settings pages show. */
export interface ReferenceTableStatus {
  readonly id: ReferenceTableId;
  readonly name: string;
  /** The day the last value took effect (calendar: 1 January of the last published year). */
  readonly lastChange: PlainDate;
  /** The last value as written: `2.40%`, LPR `3.00% / 3.50%` (1-year / over 5 years), calendar `2026`. */
  readonly lastValue: string;
  readonly knownUntil: PlainDate;
  /** Days from known-until to as-of (0 when as-of is not past it). */
  readonly daysPast: number;
  /** More than `staleAfterDays` past known-until: figures after it rest on an assumed value. */
  readonly stale: boolean;
  /** Whether the user added to this table. */
  readonly userSupplied: boolean;
}

/** Days past known-until after which a table is called stale (rates change monthly: six weeks is late). */
export const STALE_AFTER_DAYS = 45;

const userSupplied = (sources: readonly string[]): boolean => sources.some((s) => s.startsWith('supplied by the user'));

/**
 * Each table's last value and known-until date, and whether it is more than 45 days past it as
 * of `asOf` (the core never reads the clock).
 */
export function referenceDataStatus(data: ReferenceData, asOf: PlainDate, staleAfterDays = STALE_AFTER_DAYS): ReferenceTableStatus[] {
  const past = (knownUntil: PlainDate): number => Math.max(0, daysBetween(knownUntil, asOf));
  const row = (id: ReferenceTableId, name: string, lastChange: PlainDate, lastValue: string, knownUntil: PlainDate, user: boolean): ReferenceTableStatus => {
    const daysPast = past(knownUntil);
    return { id, name, lastChange, lastValue, knownUntil, daysPast, stale: daysPast > staleAfterDays, userSupplied: user };
  };
  const { cnLpr, ukBankRate, ecbMro, deBasiszinssatz } = data.rates;
  const lpr = cnLpr.quotes[cnLpr.quotes.length - 1];
  const out: ReferenceTableStatus[] = [];
  if (lpr) out.push(row('cnLpr', 'China LPR (1-year / over 5 years)', lpr.from, `${lpr.oneYear}% / ${lpr.fiveYear}%`, cnLpr.knownUntil, userSupplied(cnLpr.sources)));
  for (const [id, name, t] of [
    ['ukBankRate', 'Bank of England Bank Rate', ukBankRate],
    ['ecbMro', 'ECB main refinancing rate', ecbMro],
    ['deBasiszinssatz', 'Basiszinssatz (BGB §247)', deBasiszinssatz],
  ] as const) {
    const last = t.steps[t.steps.length - 1];
    if (last) out.push(row(id, name, last.from, `${last.percent}%`, t.knownUntil, userSupplied(t.sources)));
  }
  const years = [...data.calendar.years.keys()].filter((y) => `${y}-12-31` <= data.calendar.knownUntil);
  const lastYear = Math.max(...years);
  out.push(row('cnHolidays', 'China holidays (State Council notices)', `${lastYear}-01-01` as PlainDate, String(lastYear), data.calendar.knownUntil,
    [...data.calendar.years.values()].some((y) => y.source === 'user')));
  return out;
}

/** A short note for a figure that rests on assumed data: `ECB main refinancing rate assumed after 2026-07-01`. */
export function assumedNote(ids: readonly ReferenceTableId[], data: ReferenceData, lang: 'en' | 'zh-CN' = 'en'): string {
  const statusById = new Map(referenceDataStatus(data, data.calendar.knownUntil).map((s) => [s.id, s]));
  return ids.map((id) => {
    const s = statusById.get(id);
    if (!s) return id;
    if (id === 'cnHolidays') return lang === 'zh-CN' ? `${s.knownUntil} 之后的放假安排未公布` : `holiday notice after ${s.knownUntil} missing`;
    return lang === 'zh-CN' ? `${s.name} ${s.knownUntil} 之后为假定值` : `${s.name} assumed after ${s.knownUntil}`;
  }).join('; ');
}

/**
 * The report-level notes for figures that rest on assumed data: one sentence per table, with
 * how many invoices it touches (their rows carry the marker).
 */
export function assumedDataNotes(counts: ReadonlyMap<ReferenceTableId, number>, data: ReferenceData): string[] {
  const statusById = new Map(referenceDataStatus(data, data.calendar.knownUntil).map((s) => [s.id, s]));
  const out: string[] = [];
  for (const [id, n] of counts) {
    const s = statusById.get(id);
    if (!s) continue;
    const invoices = `${n} invoice${n === 1 ? '' : 's'}`;
    out.push(id === 'cnHolidays'
      ? `${invoices}: the Chinese holiday calendar is known until ${s.knownUntil}; later days off count only the statutory holidays (make-up working days unknown). Add the year with --calendar.`
      : `${invoices}: ${s.name} is known until ${s.knownUntil}; the last value (${s.lastValue}) was assumed after it. Add newer values with --rates (see dunning rates).`);
  }
  return out;
}
