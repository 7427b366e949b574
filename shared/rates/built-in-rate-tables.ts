import { plainDate } from '../plain-date.ts';
import { CN_LPR_DATA } from './cn-lpr-data.ts';
import { DE_BASISZINSSATZ_DATA } from './de-basiszinssatz-data.ts';
import { ECB_MRO_DATA } from './ecb-mro-data.ts';
import type { RawLprTable, RawRateChangeTable } from './raw-types.ts';
import type { LprTable, RateTable, RateTables } from './types.ts';
import { UK_BANK_RATE_DATA } from './uk-bank-rate-data.ts';

/** Converts a published rate-change table into typed steps (throws on a malformed date: the data is an invariant). */
export function rateTableFromRaw(raw: RawRateChangeTable): RateTable {
  const steps = raw.changes.map((c) => ({ from: plainDate(c.from), percent: c.rate }));
  steps.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    name: raw.name,
    knownUntil: plainDate(raw.knownUntil),
    steps,
    sources: raw.sources,
    ...(raw.statute !== undefined ? { statute: raw.statute } : {}),
    ...(raw.caveats !== undefined ? { caveats: raw.caveats } : {}),
  };
}

/** Converts the published LPR table into typed quotes. */
export function lprTableFromRaw(raw: RawLprTable): LprTable {
  const quotes = raw.quotes.map((q) => ({ from: plainDate(q.from), oneYear: q.oneYear, fiveYear: q.fiveYear }));
  quotes.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    name: raw.name,
    knownUntil: plainDate(raw.knownUntil),
    benchmark: { until: plainDate(raw.before.until), oneYear: raw.before.oneYear, fiveYear: raw.before.fiveYear, note: raw.before.note },
    quotes,
    sources: raw.sources,
    ...(raw.caveats !== undefined ? { caveats: raw.caveats } : {}),
  };
}

/** The rate tables built into the core (copies of the hand-out folder's data/rates/*.json). */
export const BUILT_IN_RATE_TABLES: RateTables = {
  cnLpr: lprTableFromRaw(CN_LPR_DATA),
  ukBankRate: rateTableFromRaw(UK_BANK_RATE_DATA),
  ecbMro: rateTableFromRaw(ECB_MRO_DATA),
  deBasiszinssatz: rateTableFromRaw(DE_BASISZINSSATZ_DATA),
};
