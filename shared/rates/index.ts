export type { PercentString, RateStep, RateTable, LprQuote, LprTable, RateTables } from './types.ts';
export type { RawRateChangeTable, RawLprTable } from './raw-types.ts';
export { BUILT_IN_RATE_TABLES, rateTableFromRaw, lprTableFromRaw } from './built-in-rate-tables.ts';
export { mergeRateTables } from './merge-rate-tables.ts';
export { stepInForce } from './step-in-force.ts';
export { parseRateTables, type ReferenceDataError } from './parse-rate-tables.ts';
