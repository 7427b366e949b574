import type { Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { CurrencyCode } from '../currency.ts';
import type { PenaltyWarning, ReferenceTableId } from './penalty-warning.ts';

/** Decimal fraction as a string: `"0.0005"` = 万分之五, `"0.0435"` = 4.35 %. */
export type DecimalString = string;

export type Cap = { readonly percentOfPrincipal: DecimalString } | { readonly amount: DecimalString };

/** Options every rule takes (semantics in DESIGN.md). */
export interface RuleOptions {
  readonly dayCount?: 365 | 360;
  readonly graceDays?: number;
  readonly dueDateRoll?: 'none' | 'weekend' | 'cn-holidays';
  readonly paymentDay?: 'accrues' | 'excluded';
  readonly allocation?: 'principal-first' | 'statutory';
  readonly cap?: Cap;
  readonly lossCheck?: boolean;
}

/** A late-payment rule: a discriminated union on `kind` (the JSON form of `dunning calc`). */
export type PenaltyRule = RuleOptions & (
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly amount: DecimalString }
  | { readonly kind: 'per-day-amount'; readonly amount: DecimalString }
  | { readonly kind: 'daily-rate'; readonly rate: DecimalString }
  | { readonly kind: 'monthly-rate'; readonly rate: DecimalString }
  | { readonly kind: 'annual-rate'; readonly rate: DecimalString }
  | { readonly kind: 'cn-lpr'; readonly multiplier: DecimalString; readonly rateAt?: 'breach' | 'period'; readonly term?: '1y' | '5y' }
  | { readonly kind: 'uk-late-payment'; readonly rateReset?: 'fixed' | 'half-yearly' }
  | { readonly kind: 'eu-late-payment'; readonly country?: string; readonly consumer?: boolean }
);

export type RuleKind = PenaltyRule['kind'];

export interface Payment {
  readonly date: PlainDate;
  readonly amount: Money;
}

/** One computation: principal owed from `dueDate`, payments made, rule, and the day to compute to. */
export interface PenaltyCase {
  readonly principal: Money;
  readonly dueDate: PlainDate;
  readonly asOf: PlainDate;
  readonly payments?: readonly Payment[];
  readonly rule: PenaltyRule;
}

/** A stretch of days with one balance and one rate. `rate` is per day for daily rules, per year for annual ones. */
export interface PenaltySegment {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly days: number;
  readonly balance: Money;
  readonly rate: DecimalString;
  readonly amount: Money;
}

export interface LossCheck {
  readonly loss: Money;
  readonly ceiling: Money;
  readonly exceeds: boolean;
}

export interface PenaltyResult {
  readonly days: number;
  readonly penalty: Money;
  readonly compensation: Money;
  readonly total: Money;
  readonly capped: boolean;
  readonly segments: readonly PenaltySegment[];
  /** What is still owed at as-of; `compensation` only when the rule added a fixed sum. */
  readonly outstanding: { readonly principal: Money; readonly penalty: Money; readonly compensation?: Money };
  readonly lossCheck?: LossCheck;
  /** A sentence naming the rule and its legal source, fit for a letter (in the requested language). */
  readonly basis: string;
  /** Sentences in the language of `basis`. */
  readonly warnings: readonly string[];
  /** The same warnings as data (stable codes and facts). */
  readonly warningDetails?: readonly PenaltyWarning[];
  /** The tables the figure rests on past their known-until dates (rate assumed, holiday notice missing). */
  readonly assumed?: readonly ReferenceTableId[];
  readonly currency: CurrencyCode;
}
