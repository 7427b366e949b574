export type { LedgerChange, LedgerChangeKind } from './ledger-change.ts';
export { compareLedgers } from './compare-ledgers.ts';
export { paymentEntries } from './payment-entries.ts';
