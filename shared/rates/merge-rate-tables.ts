import { maxDate } from '../plain-date.ts';
import type { LprTable, RateTable, RateTables } from './types.ts';

function mergeByFrom<T extends { readonly from: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const byFrom = new Map<string, T>();
  for (const s of base) byFrom.set(s.from, s);
  for (const s of extra) byFrom.set(s.from, s); // the user's figure wins for the same day
  return [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function mergeTable(base: RateTable, extra: RateTable | undefined): RateTable {
  if (!extra) return base;
  return { ...base, knownUntil: maxDate(base.knownUntil, extra.knownUntil), steps: mergeByFrom(base.steps, extra.steps), sources: [...base.sources, ...extra.sources] };
}

function mergeLpr(base: LprTable, extra: LprTable | undefined): LprTable {
  if (!extra) return base;
  return { ...base, knownUntil: maxDate(base.knownUntil, extra.knownUntil), quotes: mergeByFrom(base.quotes, extra.quotes), sources: [...base.sources, ...extra.sources] };
}

/**
 * Adds user-supplied rates (newer quotes, corrections) to the built-in tables: steps are merged
 * by date (the user's wins on the same date) and `knownUntil` becomes the later of the two.
 */
export function mergeRateTables(base: RateTables, extra?: Partial<RateTables>): RateTables {
  if (!extra) return base;
  return {
    cnLpr: mergeLpr(base.cnLpr, extra.cnLpr),
    ukBankRate: mergeTable(base.ukBankRate, extra.ukBankRate),
    ecbMro: mergeTable(base.ecbMro, extra.ecbMro),
    deBasiszinssatz: mergeTable(base.deBasiszinssatz, extra.deBasiszinssatz),
  };
}
