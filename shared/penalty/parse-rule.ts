import { rcompare, ratioFromDecimal, ZERO } from '../ratio.ts';
import { decimalText, isRecord, shown, type FieldError } from './parse-decimal-field.ts';
import { RULE_PRESET_NAMES, rulePreset } from './rule-presets.ts';
import type { Cap, PenaltyRule, RuleOptions } from './types.ts';

type Result = { ok: true; value: PenaltyRule } | { ok: false; error: FieldError };

const KIND_FIELDS: Readonly<Record<PenaltyRule['kind'], readonly string[]>> = {
  'none': [],
  'fixed': ['amount'],
  'per-day-amount': ['amount'],
  'daily-rate': ['rate'],
  'monthly-rate': ['rate'],
  'annual-rate': ['rate'],
  'cn-lpr': ['multiplier', 'rateAt', 'term'],
  'uk-late-payment': ['rateReset'],
  'eu-late-payment': ['country', 'consumer'],
};
const OPTION_FIELDS = ['dayCount', 'graceDays', 'dueDateRoll', 'paymentDay', 'allocation', 'cap', 'lossCheck'];

/** Collects field errors; validators record the first problem and return a placeholder. */
type Problems = FieldError[];

function nonNegativeDecimal(p: Problems, o: Record<string, unknown>, key: string, what: string, field = key): string {
  const text = decimalText(o[key]);
  if (text === undefined) {
    p.push({ field, message: `${what} must be a decimal number such as "0.0005", got ${shown(o[key])}` });
    return '0';
  }
  if (rcompare(ratioFromDecimal(text), ZERO) < 0) p.push({ field, message: `${what} must not be negative, got ${text}` });
  return text;
}

function oneOf<T extends string>(p: Problems, o: Record<string, unknown>, field: string, allowed: readonly T[]): T | undefined {
  const v = o[field];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  p.push({ field, message: `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${shown(v)}` });
  return undefined;
}

function options(p: Problems, o: Record<string, unknown>): RuleOptions {
  const out: { -readonly [K in keyof RuleOptions]: RuleOptions[K] } = {};
  if (o.dayCount !== undefined) {
    if (o.dayCount === 365 || o.dayCount === 360) out.dayCount = o.dayCount;
    else p.push({ field: 'dayCount', message: `must be 365 or 360, got ${shown(o.dayCount)}` });
  }
  if (o.graceDays !== undefined) {
    if (typeof o.graceDays === 'number' && Number.isInteger(o.graceDays) && o.graceDays >= 0 && o.graceDays <= 36500) out.graceDays = o.graceDays;
    else p.push({ field: 'graceDays', message: `must be a whole number of days ≥ 0, got ${shown(o.graceDays)}` });
  }
  const roll = oneOf(p, o, 'dueDateRoll', ['none', 'weekend', 'cn-holidays'] as const);
  if (roll) out.dueDateRoll = roll;
  const day = oneOf(p, o, 'paymentDay', ['accrues', 'excluded'] as const);
  if (day) out.paymentDay = day;
  const alloc = oneOf(p, o, 'allocation', ['principal-first', 'statutory'] as const);
  if (alloc) out.allocation = alloc;
  if (o.cap !== undefined) {
    const c = o.cap;
    const keys = isRecord(c) ? Object.keys(c) : [];
    let cap: Cap | undefined;
    if (isRecord(c) && keys.length === 1 && keys[0] === 'percentOfPrincipal') cap = { percentOfPrincipal: nonNegativeDecimal(p, c, 'percentOfPrincipal', 'cap.percentOfPrincipal', 'cap.percentOfPrincipal') };
    else if (isRecord(c) && keys.length === 1 && keys[0] === 'amount') cap = { amount: nonNegativeDecimal(p, c, 'amount', 'cap.amount', 'cap.amount') };
    else p.push({ field: 'cap', message: `must be {"percentOfPrincipal": "30"} or {"amount": "5000.00"}, got ${shown(c)}` });
    if (cap) out.cap = cap;
  }
  if (o.lossCheck !== undefined) {
    if (typeof o.lossCheck === 'boolean') out.lossCheck = o.lossCheck;
    else p.push({ field: 'lossCheck', message: `must be true or false, got ${shown(o.lossCheck)}` });
  }
  return out;
}

function parseObject(p: Problems, o: Record<string, unknown>): PenaltyRule {
  const kind = o.kind;
  // Own keys only: "constructor" or "__proto__" as a kind is an unknown kind, not Object's.
  if (typeof kind !== 'string' || !Object.hasOwn(KIND_FIELDS, kind)) {
    p.push({ field: 'kind', message: `must be one of ${Object.keys(KIND_FIELDS).join(', ')}, got ${shown(kind)}` });
    return { kind: 'none' };
  }
  const k = kind as PenaltyRule['kind'];
  for (const key of Object.keys(o)) {
    if (key !== 'kind' && !KIND_FIELDS[k].includes(key) && !OPTION_FIELDS.includes(key)) {
      p.push({ field: key, message: `is not a field of a "${k}" rule` });
    }
  }
  const opts = options(p, o);
  switch (k) {
    case 'none': return { ...opts, kind: k };
    case 'fixed':
    case 'per-day-amount': return { ...opts, kind: k, amount: nonNegativeDecimal(p, o, 'amount', 'amount') };
    case 'daily-rate':
    case 'monthly-rate':
    case 'annual-rate': return { ...opts, kind: k, rate: nonNegativeDecimal(p, o, 'rate', 'rate') };
    case 'cn-lpr': {
      const rateAt = oneOf(p, o, 'rateAt', ['breach', 'period'] as const);
      const term = oneOf(p, o, 'term', ['1y', '5y'] as const);
      return { ...opts, kind: k, multiplier: nonNegativeDecimal(p, o, 'multiplier', 'multiplier'), ...(rateAt ? { rateAt } : {}), ...(term ? { term } : {}) };
    }
    case 'uk-late-payment': {
      const rateReset = oneOf(p, o, 'rateReset', ['fixed', 'half-yearly'] as const);
      return { ...opts, kind: k, ...(rateReset ? { rateReset } : {}) };
    }
    case 'eu-late-payment': {
      if (o.country !== undefined && (typeof o.country !== 'string' || !/^[A-Za-z]{2}$/.test(o.country))) {
        p.push({ field: 'country', message: `must be a two-letter country code such as "DE" or "EU", got ${shown(o.country)}` });
      }
      if (o.consumer !== undefined && typeof o.consumer !== 'boolean') p.push({ field: 'consumer', message: `must be true or false, got ${shown(o.consumer)}` });
      return {
        ...opts, kind: k,
        ...(typeof o.country === 'string' ? { country: o.country.toUpperCase() } : {}),
        ...(typeof o.consumer === 'boolean' ? { consumer: o.consumer } : {}),
      };
    }
  }
}

/**
 * Reads a rule from its JSON form (DESIGN.md), a preset name (`"cn-lpr-1.5x"`), or a preset
 * with options on top (`{ "preset": "cn-lpr-1.5x", "graceDays": 5 }`). Unknown
 * fields are refused so that a misspelt option never silently changes the figure.
 */
export function parseRule(json: unknown): Result {
  if (typeof json === 'string') {
    const preset = rulePreset(json);
    if (preset) return { ok: true, value: preset };
    return { ok: false, error: { field: 'rule', message: `unknown preset ${shown(json)}; presets: ${RULE_PRESET_NAMES.join(', ')}` } };
  }
  if (!isRecord(json)) return { ok: false, error: { field: 'rule', message: `must be an object with a "kind" or a preset name, got ${shown(json)}` } };
  let object: Record<string, unknown> = json;
  // `{ "preset": "cn-lpr-1.5x", "graceDays": 5 }`: a preset with options on top.
  if (json.preset !== undefined) {
    const preset = typeof json.preset === 'string' ? rulePreset(json.preset) : undefined;
    if (!preset) return { ok: false, error: { field: 'preset', message: `unknown preset ${shown(json.preset)}; presets: ${RULE_PRESET_NAMES.join(', ')}` } };
    // fromEntries defines own properties: a "__proto__" key stays a key (refused below), never a prototype.
    object = Object.fromEntries([...Object.entries(preset), ...Object.entries(json).filter(([key]) => key !== 'preset')]);
  }
  const problems: Problems = [];
  const value = parseObject(problems, object);
  const first = problems[0];
  return first ? { ok: false, error: first } : { ok: true, value };
}
