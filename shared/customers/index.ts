export type { CustomerSummary, CurrencyTotals, CreditRating, CreditGrade, RatingFactor } from './types.ts';
export { summarizeCustomers } from './summarize-customers.ts';
export { rateCustomer, type PaymentBehaviour } from './rate-customer.ts';
export { customerSummaryToJson } from './customer-summary-to-json.ts';
