import type { Money } from '../money.ts';
import type { CurrencyCode } from '../currency.ts';
import type { PlainDate } from '../plain-date.ts';
import type { PenaltyResult, PenaltyRule } from '../penalty/types.ts';
import type { ReminderHistory } from './reminder-history.ts';

/** The business sending the reminder (all optional: a message reads naturally without any). */
export interface CompanyProfile {
  readonly name?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
  /** Company number / 统一社会信用代码. */
  readonly registration?: string;
  readonly vatNumber?: string;
}

/** The person signing the message. */
export interface SenderProfile {
  readonly name?: string;
  readonly title?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** Where to pay. */
export interface BankProfile {
  readonly name?: string;
  readonly accountName?: string;
  readonly account?: string;
  readonly iban?: string;
  readonly bic?: string;
  readonly sortCode?: string;
}

/** One open invoice as stated in a message. */
export interface ReminderInvoice {
  readonly invoice: string;
  readonly issueDate?: PlainDate;
  readonly dueDate: PlainDate;
  readonly amount: Money;
  readonly paid: Money;
  readonly outstanding: Money;
  /** asOf − dueDate: negative while the invoice is not yet due. */
  readonly daysOverdue: number;
  /** Late-payment charge on this invoice at asOf (only stated from `formal-notice` on). */
  readonly penalty?: PenaltyResult;
}

/** Totals of one currency (amounts in different currencies are never added together). */
export interface CurrencyTotal {
  readonly currency: CurrencyCode;
  /** Principal still owed. */
  readonly outstanding: Money;
  /** Penalty or interest still owed (PenaltyResult.outstanding.penalty), zero without a rule. */
  readonly penalty: Money;
  /** Fixed compensation (UK / EU late-payment law), zero when none. */
  readonly compensation: Money;
  /** outstanding + penalty + compensation. */
  readonly total: Money;
}

/** One instalment of a proposed or agreed plan; one amount per currency owed. */
export interface Instalment {
  readonly date: PlainDate;
  readonly amounts: readonly Money[];
}

/** Everything a reminder states. Computed values (penalty, stage, deadline) are inputs here. */
export interface ReminderModel {
  readonly customer: { readonly name: string; readonly email?: string; readonly contact?: string; readonly phone?: string };
  /** Open invoices, oldest due date first. */
  readonly invoices: readonly ReminderInvoice[];
  readonly totals: readonly CurrencyTotal[];
  readonly asOf: PlainDate;
  /** The one date by which payment is asked for (deadline stage and later). */
  readonly deadline?: PlainDate;
  /** Instalments: proposed (payment-plan stage), or agreed with the customer (`agreed`, from the history). */
  readonly plan?: { readonly instalments: readonly Instalment[]; readonly agreed?: boolean };
  /** A promise to pay that the customer made (follow-up stage): by `date`, of `amount` when known. */
  readonly promise?: { readonly date: PlainDate; readonly madeOn?: PlainDate; readonly amount?: Money };
  /** The late-payment rule and its legal basis, when a rule applies. */
  readonly penalty?: { readonly basis: string; readonly rule?: PenaltyRule };
  readonly company?: CompanyProfile;
  readonly sender?: SenderProfile;
  readonly bank?: BankProfile;
  readonly paymentLink?: string;
  /** Contract number or purchase order the invoices fall under. */
  readonly contract?: string;
  /**
   * What already happened in the case (from the collection log). Messages from `statement` on
   * cite its contacts; without it no message claims earlier contacts.
   */
  readonly history?: ReminderHistory;
}

/** The sender's details for every message (the `--profile` file; all fields optional). */
export interface ReminderProfile {
  readonly company?: CompanyProfile;
  readonly sender?: SenderProfile;
  readonly bank?: BankProfile;
  readonly paymentLink?: string;
}
