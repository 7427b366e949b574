// Excel custom functions (namespace DUNNING). The JSDoc tags are read by custom-functions-metadata
// to generate functions.json; keep one @customfunction per function and plain parameter types.
import { DEFAULT_BUCKETS, bucketFor } from '../../shared/aging.ts';
import { minorDigits } from '../../shared/currency.ts';
import { money } from '../../shared/money.ts';
import { computePenalty, parseRule, RULE_PRESETS, type PenaltyRule } from '../../shared/penalty/index.ts';
import { rateSchedule } from '../../shared/penalty/rate-schedule.ts';
import { daysBetween, type PlainDate } from '../../shared/plain-date.ts';
import { stepInForce } from '../../shared/rates/index.ts';
import { workbookReferenceData } from './workbook-reference-data.ts';
import { DEFAULT_STAGE_POLICY, suggestStage } from '../../shared/stages/index.ts';
import { today } from '../clock/today.ts';
import { moneyFromCellNumber } from '../excel/money-from-cell.ts';
import { dateArgument, decimalArgument } from './cell-arguments.ts';
import { invalidValue } from './custom-functions-api.ts';

/**
 * Days an invoice is overdue: 0 until the day after the due date.
 * @customfunction
 * @volatile
 * @param due Due date (a date cell).
 * @param [asOf] Date to count to; today when omitted.
 * @returns Whole days past the due date.
 */
export function daysoverdue(due: number, asOf?: number): number {
  const d = dateArgument(due, 'due');
  const on = asOf === undefined || asOf === null ? today() : dateArgument(asOf, 'asOf');
  return Math.max(0, daysBetween(d, on));
}

/** The currency a rule's fixed sums are in (EUR 40, GBP 40…); rate rules work in any 2-digit currency. */
function ruleCurrency(rule: PenaltyRule): string {
  if (rule.kind === 'uk-late-payment') return 'GBP';
  if (rule.kind === 'eu-late-payment') return 'EUR';
  return 'CNY';
}

function ruleFrom(rule: string, rate: unknown): PenaltyRule {
  const name = rule.trim();
  const needs = (field: string): string => {
    if (rate === undefined || rate === null || rate === '') throw invalidValue(`rule ${name} needs a ${field} in the 5th argument`);
    return decimalArgument(rate, field);
  };
  let json: unknown;
  switch (name) {
    case 'daily-rate': case 'monthly-rate': case 'annual-rate': json = { kind: name, rate: needs('rate') }; break;
    case 'fixed': case 'per-day-amount': json = { kind: name, amount: needs('amount') }; break;
    case 'cn-lpr': json = { kind: name, multiplier: rate === undefined || rate === null ? '1' : decimalArgument(rate, 'multiplier') }; break;
    case 'uk-late-payment': case 'eu-late-payment': case 'none': json = { kind: name }; break;
    default:
      if (name.startsWith('{')) {
        try { json = JSON.parse(name); } catch { throw invalidValue('rule: not valid JSON'); }
      } else if (RULE_PRESETS[name]) json = name;
      else throw invalidValue(`rule: unknown "${name}"; presets: ${Object.keys(RULE_PRESETS).join(', ')}`);
  }
  const parsed = parseRule(json);
  if (!parsed.ok) throw invalidValue(`rule ${parsed.error.field}: ${parsed.error.message}`);
  return parsed.value;
}

/**
 * Late-payment penalty or statutory interest on an amount, as the core computes it (one rounding, half-up).
 * @customfunction
 * @param amount Amount outstanding since the due date.
 * @param due Due date.
 * @param asOf Date to compute to.
 * @param rule A preset (cn-contract-0.05pct-daily, cn-lpr-1.5x, uk-late-payment, de-b2b, eu-b2b…), a rule kind (daily-rate, monthly-rate, annual-rate, cn-lpr, fixed, per-day-amount) or rule JSON.
 * @param [rate] The rate (0.0005 per day), multiplier (cn-lpr) or amount (fixed, per-day-amount) of a rule kind.
 * @returns The penalty or interest (fixed compensation not included).
 */
export function penalty(amount: number, due: number, asOf: number, rule: string, rate?: number): number {
  const r = ruleFrom(String(rule), rate);
  const currency = ruleCurrency(r);
  const principal = typeof amount === 'number' ? moneyFromCellNumber(amount, currency) : undefined;
  if (!principal) throw invalidValue(`amount: not a number (${String(amount)})`);
  // The workbook's rates and holidays (Settings › Rates and holidays), as the pane's figures use.
  const data = workbookReferenceData();
  const result = computePenalty({ principal, dueDate: dateArgument(due, 'due'), asOf: dateArgument(asOf, 'asOf'), rule: r }, { rates: data.rates, calendar: data.calendar });
  return result.penalty.minor / 10 ** minorDigits(currency);
}

/**
 * Aging bucket for a number of days overdue: current, 1-30, 31-60, 61-90, 91-180, 180+.
 * @customfunction
 * @param days Days overdue.
 * @returns The bucket label.
 */
export function bucket(days: number): string {
  if (typeof days !== 'number' || !Number.isFinite(days)) throw invalidValue(`days: not a number (${String(days)})`);
  return bucketFor(Math.floor(days), DEFAULT_BUCKETS).id;
}

/**
 * Reminder stage for a number of days overdue (negative: days before the due date), by the default ladder.
 * @customfunction
 * @param days Days overdue.
 * @returns Stage id (friendly, statement, payment-plan, deadline, formal-notice, final-notice, legal, courtesy) or empty.
 */
export function stage(days: number): string {
  if (typeof days !== 'number' || !Number.isFinite(days)) throw invalidValue(`days: not a number (${String(days)})`);
  // A balance well above any minimum: the stage here depends on days only.
  return suggestStage({ daysOverdue: Math.floor(days), outstanding: money(100_000_000, 'CNY') }, DEFAULT_STAGE_POLICY) ?? '';
}

function annualRateOn(rule: PenaltyRule, date: PlainDate): number {
  const periods = rateSchedule(rule, date, date, workbookReferenceData().rates, [], () => { throw new RangeError('no amounts in rate rules'); });
  const period = stepInForce(periods, date) ?? periods[0];
  if (!period) throw invalidValue('no rate for that date');
  return Number(period.display);
}

/**
 * China Loan Prime Rate in force on a date, as a fraction (0.03 = 3 %); the PBOC benchmark before 2019-08-20.
 * @customfunction
 * @param date The date.
 * @param [term] "1y" (default) or "5y".
 * @returns Yearly rate as a fraction.
 */
export function lpr(date: number, term?: string): number {
  const t = term === undefined || term === null || term === '' ? '1y' : String(term).toLowerCase().replace(/^(\d)$/, '$1y');
  if (t !== '1y' && t !== '5y') throw invalidValue(`term: "1y" or "5y", got ${String(term)}`);
  return annualRateOn({ kind: 'cn-lpr', multiplier: '1', rateAt: 'breach', term: t }, dateArgument(date, 'date'));
}

const JURISDICTIONS: Readonly<Record<string, string>> = {
  CN: 'cn-lpr-1.5x', UK: 'uk-late-payment', GB: 'uk-late-payment', DE: 'de-b2b', 'DE-CONSUMER': 'de-consumer', EU: 'eu-b2b',
};

/**
 * Statutory late-payment interest rate for a debt falling due on a date, as a fraction: UK (Bank Rate + 8),
 * DE (Basiszinssatz + 9; DE-CONSUMER + 5), EU (ECB MRO + 8), CN (1-year LPR × 1.5).
 * @customfunction
 * @param jurisdiction UK, DE, DE-CONSUMER, EU or CN.
 * @param date First overdue day.
 * @returns Yearly rate as a fraction.
 */
export function statutoryrate(jurisdiction: string, date: number): number {
  const preset = JURISDICTIONS[String(jurisdiction).trim().toUpperCase()];
  const rule = preset ? RULE_PRESETS[preset] : undefined;
  if (!rule) throw invalidValue(`jurisdiction: one of ${Object.keys(JURISDICTIONS).join(', ')}`);
  return annualRateOn(rule, dateArgument(date, 'date'));
}
