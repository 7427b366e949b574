import { DATE, FLAG, MONEY, NUMBER, TEXT, listOf, objectOf, type Shape } from './template-shape.ts';

const PENALTY_LINE = objectOf({
  amount: MONEY, compensation: MONEY, total: MONEY, days: NUMBER, basis: TEXT,
});

const INVOICE = objectOf({
  invoice: TEXT, issueDate: DATE, dueDate: DATE, amount: MONEY, paid: MONEY, outstanding: MONEY,
  daysOverdue: NUMBER, daysUntilDue: NUMBER, isOverdue: FLAG, isPartlyPaid: FLAG, penalty: PENALTY_LINE,
});

const INSTALMENT = objectOf({ number: NUMBER, date: DATE, amount: listOf(MONEY, 'amount') });

const CONTACT = objectOf({ number: NUMBER, date: DATE, channel: TEXT, channelId: TEXT, stage: TEXT });

const HISTORY = objectOf({
  contacts: listOf(CONTACT, 'contact'),
  contactCount: NUMBER,
  contactList: TEXT,
  allWritten: FLAG,
  firstContact: CONTACT,
  lastContact: CONTACT,
  promise: objectOf({ amount: MONEY, until: DATE, passed: FLAG }),
  plan: objectOf({
    instalments: listOf(objectOf({ number: NUMBER, amount: MONEY, until: DATE }), 'instalment'),
    count: NUMBER,
    total: listOf(MONEY, 'amount'),
  }),
});

const TOTAL = objectOf({ currency: TEXT, outstanding: MONEY, penalty: MONEY, compensation: MONEY, total: MONEY });

/**
 * Every placeholder a reminder template may use. Documented for template authors:
 * customer.{name,email,contact,phone}; invoices (loop item `invoice`) with invoice, issueDate,
 * dueDate, amount, paid, outstanding, daysOverdue, daysUntilDue, isOverdue, isPartlyPaid,
 * penalty.{amount,compensation,total,days,basis}; invoiceCount, multipleInvoices, anyOverdue, allOverdue,
 * maxDaysOverdue, oldestDueDate; totals (loop item `total`) with currency, outstanding, penalty,
 * compensation, total; multipleCurrencies; asOf; deadline; plan.instalments (loop item
 * `instalment`: number, date, amount); plan.{first,last (number, date, amount),count,total,agreed,coversBalance}; promise.{date,madeOn,amount,passed};
 * history (from the collection log; contacts on or before asOf): history.contacts (loop item
 * `contact`: number, date, channel (the word: 邮件, letter), channelId, stage), history.contactCount,
 * history.contactList (`2026年10月12日以邮件、10月26日以书面函件` / `by email on 12 October 2026 and by
 * letter on 26 October 2026`), history.allWritten, history.firstContact, history.lastContact,
 * history.promise.{amount,until,passed}, history.plan.{instalments (number, amount, until),count,total};
 * penalty.{basis,amount,
 * compensation,total}; company.{name,address,phone,email,website,registration,vatNumber};
 * sender.{name,title,phone,email}; bank.{name,accountName,account,iban,bic,sortCode};
 * paymentLink; contract; stage; tone.{warm,neutral,firm}.
 * Partials: `{{> invoices}}` (the invoice table), `{{> plan}}`, `{{> penalty}}` (the working).
 * Formatters: dates print as `22 November 2026` / `2026年11月22日`; `| short` gives `22 Nov 2026`
 * (for short messages), `| iso` gives `2026-11-22`; `| money` and `| number` check the value's kind.
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
    instalments: listOf(INSTALMENT, 'instalment'),
    first: INSTALMENT,
    last: INSTALMENT,
    count: NUMBER,
    total: listOf(MONEY, 'amount'),
    agreed: FLAG,
    coversBalance: FLAG,
  }),
  promise: objectOf({ date: DATE, madeOn: DATE, amount: MONEY, passed: FLAG }),
  history: HISTORY,
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
