import { isCurrencyCode } from '../currency.ts';
import { parseDecimalMoney, type Money } from '../money.ts';
import { parsePlainDate, type PlainDate } from '../plain-date.ts';
import { decimalText, isRecord, shown, type FieldError } from './parse-decimal-field.ts';
import { parseRateTables } from '../rates/parse-rate-tables.ts';
import { parseCnCalendarYears } from '../calendar/parse-cn-calendar-years.ts';
import { parseRule } from './parse-rule.ts';
import type { PenaltyCase, Payment } from './types.ts';

type Result = { ok: true; value: PenaltyCase } | { ok: false; error: FieldError };

// `lang`, `rates` and `calendar` are read by the caller (options of computePenalty), and accepted here.
const CASE_FIELDS = new Set(['principal', 'currency', 'dueDate', 'asOf', 'payments', 'rule', 'lang', 'rates', 'calendar']);

function fail(field: string, message: string): Result {
  return { ok: false, error: { field, message } };
}

function amount(value: unknown, currency: string): Money | string {
  const text = decimalText(value);
  if (text === undefined) return `must be a decimal amount such as "12000.00", got ${shown(value)}`;
  const m = parseDecimalMoney(text, currency);
  if (!m) return `${text} has more decimal places than ${currency} has`;
  if (m.minor < 0) return `must not be negative, got ${text}`;
  return m;
}

function date(value: unknown): { date: PlainDate } | { error: string } {
  const d = typeof value === 'string' ? parsePlainDate(value) : undefined;
  return d ? { date: d } : { error: `must be a real date YYYY-MM-DD, got ${shown(value)}` };
}

/**
 * Reads one `dunning calc` case (DESIGN.md): `principal`, `currency`, `dueDate`, `asOf`,
 * optional `payments` and `rule` (an object or a preset name). The error names the field
 * (`payments[1].date`, `rule.rate`) and the value received.
 */
export function parsePenaltyCase(json: unknown): Result {
  if (!isRecord(json)) return fail('case', `must be an object, got ${shown(json)}`);
  for (const key of Object.keys(json)) if (!CASE_FIELDS.has(key)) return fail(key, 'is not a field of a case');
  const currency = json.currency;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return fail('currency', `must be an ISO 4217 code such as "CNY", got ${shown(currency)}`);
  const principal = amount(json.principal, currency);
  if (typeof principal === 'string') return fail('principal', principal);
  const due = date(json.dueDate);
  if ('error' in due) return fail('dueDate', due.error);
  const asOf = date(json.asOf);
  if ('error' in asOf) return fail('asOf', asOf.error);
  const payments: Payment[] = [];
  if (json.payments !== undefined) {
    if (!Array.isArray(json.payments)) return fail('payments', `must be a list of {"date", "amount"}, got ${shown(json.payments)}`);
    for (const [i, p] of json.payments.entries()) {
      if (!isRecord(p)) return fail(`payments[${i}]`, `must be {"date", "amount"}, got ${shown(p)}`);
      const d = date(p.date);
      if ('error' in d) return fail(`payments[${i}].date`, d.error);
      const a = amount(p.amount, currency);
      if (typeof a === 'string') return fail(`payments[${i}].amount`, a);
      payments.push({ date: d.date, amount: a });
    }
  }
  if (json.rule === undefined) return fail('rule', 'is missing: give a rule object or a preset name such as "cn-lpr-1.5x"');
  const rule = parseRule(json.rule);
  if (!rule.ok) return fail(rule.error.field === 'rule' ? 'rule' : `rule.${rule.error.field}`, rule.error.message);
  if (json.lang !== undefined && json.lang !== 'zh-CN' && json.lang !== 'en') return fail('lang', `must be "zh-CN" or "en", got ${shown(json.lang)}`);
  if (json.rates !== undefined) {
    const rates = parseRateTables(json.rates);
    if (!rates.ok) return fail(rates.error.field, rates.error.message);
  }
  if (json.calendar !== undefined) {
    const years = parseCnCalendarYears(json.calendar);
    if (!years.ok) return fail(years.error.field, years.error.message);
  }
  return { ok: true, value: { principal, dueDate: due.date, asOf: asOf.date, payments, rule: rule.value } };
}
