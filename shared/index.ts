// The core's public API: what the add-in, the extension and the CLI may use.
export * from './plain-date.ts';
export * from './money.ts';
export * from './currency.ts';
export * from './ratio.ts';
export * from './stage-id.ts';
export * from './contact-channel.ts';
export * from './aging.ts';
export * from './neutralise-formula.ts';
export * from './csv-cell.ts';
export * from './display-width.ts';
export * from './import/index.ts';
export * from './penalty/index.ts';
export * from './rates/index.ts';
export * from './calendar/index.ts';
export * from './reference-data/index.ts';
export * from './stages/index.ts';
export {
  summarizeCustomers, rateCustomer, customerSummaryToJson,
  type CustomerSummary, type CurrencyTotals as CustomerCurrencyTotals, type CreditRating, type CreditGrade,
  type RatingFactor, type PaymentBehaviour,
} from './customers/index.ts';
export * from './report/index.ts';
export * from './templates/index.ts';
export * from './format-money-with-code.ts';
export * from './log/index.ts';
export * from './limitation/index.ts';
export * from './collection/index.ts';
export * from './labels/index.ts';
export * from './ledger-changes/index.ts';
