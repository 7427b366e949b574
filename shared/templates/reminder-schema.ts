import { DATE, FLAG, MONEY, NUMBER, TEXT, listOf, objectOf, type Shape } from './template-shape.ts';

const PENALTY_LINE = objectOf({
  amount: MONEY, compensation: MONEY, total: MONEY, days: NUMBER, basis: TEXT,
});

const INVOICE = objectOf({
  invoice: TEXT, issueDate: DATE, dueDate: DATE, amount: MONEY, paid: MONEY, outstanding: MONEY,
  daysOverdue: NUMBER, daysUntilDue: NUMBER, isOverdue: FLAG, isPartlyPaid: FLAG, penalty: PENALTY_LINE,
});

const TOTAL = objectOf({ currency: TEXT, outstanding: MONEY, penalty: MONEY, compensation: MONEY, total: MONEY });

/**
 * Every placeholder a reminder template may use. Documented for template authors:
 * customer.{name,email,contact,phone}; invoices (loop item `invoice`) with invoice, issueDate,
 * dueDate, amount, paid, outstanding, daysOverdue, daysUntilDue, isOverdue, isPartlyPaid,
 * penalty.{amount,compensation,total,days,basis}; invoiceCount, multipleInvoices, anyOverdue, allOverdue,
 * maxDaysOverdue, oldestDueDate; totals (loop item `total`) with currency, outstanding, penalty,
 * compensation, total; multipleCurrencies; asOf; deadline; plan.instalments (loop item
 * `instalment`: number, date, amount); plan.count; promise.{date,madeOn}; penalty.{basis,amount,
 * compensation,total}; company.{name,address,phone,email,website,registration,vatNumber};
 * sender.{name,title,phone,email}; bank.{name,accountName,account,iban,bic,sortCode};
 * paymentLink; contract; stage; tone.{warm,neutral,firm}.
 * Partials: `{{> invoices}}` (the invoice table), `{{> plan}}`, `{{> penalty}}` (the working).
 */
export const REMINDER_SCHEMA: Readonly<Record<string, Shape>> = {
  customer: objectOf({ name: TEXT, email: TEXT, contact: TEXT, phone: TEXT }),
  invoices: listOf(INVOICE, 'invoice'),
  invoiceCount: NUMBER,
  multipleInvoices: FLAG,
  anyOverdue: FLAG,
  allOverdue: FLAG,
  maxDaysOverdue: NUMBER,
  oldestDueDate: DATE,
  totals: listOf(TOTAL, 'total'),
  multipleCurrencies: FLAG,
  asOf: DATE,
  deadline: DATE,
  plan: objectOf({
    instalments: listOf(objectOf({ number: NUMBER, date: DATE, amount: listOf(MONEY, 'amount') }), 'instalment'),
    count: NUMBER,
  }),
  promise: objectOf({ date: DATE, madeOn: DATE }),
  penalty: objectOf({ basis: TEXT, amount: listOf(MONEY, 'amount'), compensation: listOf(MONEY, 'amount'), total: listOf(MONEY, 'amount') }),
  company: objectOf({ name: TEXT, address: TEXT, phone: TEXT, email: TEXT, website: TEXT, registration: TEXT, vatNumber: TEXT }),
  sender: objectOf({ name: TEXT, title: TEXT, phone: TEXT, email: TEXT }),
  bank: objectOf({ name: TEXT, accountName: TEXT, account: TEXT, iban: TEXT, bic: TEXT, sortCode: TEXT }),
  paymentLink: TEXT,
  contract: TEXT,
  stage: TEXT,
  tone: objectOf({ warm: FLAG, neutral: FLAG, firm: FLAG }),
};

/** Block partials a template may include on a line of its own. */
export const REMINDER_PARTIALS = ['invoices', 'plan', 'penalty'] as const;
export type ReminderPartial = (typeof REMINDER_PARTIALS)[number];
