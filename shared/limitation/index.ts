export { JURISDICTIONS, isJurisdiction, jurisdictionForRule, type Jurisdiction } from './jurisdiction.ts';
export { invoiceJurisdiction } from './invoice-jurisdiction.ts';
export { LIMITATION_WARNING_DAYS, type LimitationEvent, type LimitationPeriod, type LimitationRestart } from './limitation-period.ts';
export { limitationFor } from './limitation-for.ts';
export { addYears } from './add-years.ts';
export type { LimitationLang } from './limitation-text.ts';
