import { isCurrencyCode } from '../currency.ts';
import { customerKey } from '../customer-key.ts';
import { isRecord, shown } from './parse-decimal-field.ts';
import { parsePenaltyText } from './parse-penalty-text.ts';
import { parseRule } from './parse-rule.ts';
import { RULE_PRESET_NAMES, rulePreset } from './rule-presets.ts';
import type { PenaltyRule } from './types.ts';

/** A rule with the short name every figure it produces is labelled with (`cn-lpr-1.5x`, `daily-rate 0.0005`). */
export interface RuleChoice {
  readonly rule: PenaltyRule;
  readonly label: string;
}

/**
 * Which rule applies to which invoice: the contract's own penalty (an export column) first,
 * then the customer's rule, then the currency's, then the default. A plain value, built by
 * {@link parseRuleSelection} (a rules file) and {@link ruleSelectionFromFlags} (`--rule`), so
 * the CLI, the add-in's settings and the extension's defaults choose rules the same way.
 */
export interface RuleSelection {
  readonly default?: RuleChoice;
  /** Keyed by ISO currency code. */
  readonly byCurrency: ReadonlyMap<string, RuleChoice>;
  /** Keyed by `customerKey(name)`. */
  readonly byCustomer: ReadonlyMap<string, RuleChoice>;
}

/** Why a rule selection was refused: a stable code, where (`currencies.GBP`, `--rule`), the value and the reason. */
export interface RuleSelectionError {
  readonly code: 'rule-unknown' | 'rule-invalid' | 'rule-currency' | 'rule-shape' | 'rule-duplicate';
  readonly field: string;
  readonly value: string;
  readonly message: string;
}

type Result = { ok: true; value: RuleSelection } | { ok: false; error: RuleSelectionError };

export const EMPTY_RULE_SELECTION: RuleSelection = { byCurrency: new Map(), byCustomer: new Map() };

function sameRule(a: PenaltyRule, b: PenaltyRule): boolean {
  const entries = (r: PenaltyRule): string => JSON.stringify(Object.entries(r).sort(([x], [y]) => (x < y ? -1 : 1)));
  return entries(a) === entries(b);
}

/**
 * The short name of a rule for a report column: its preset name when it is one
 * (`uk-late-payment`), else its kind and figures (`daily-rate 0.0005`, `cn-lpr ×1.5 period`).
 */
export function ruleLabel(rule: PenaltyRule): string {
  for (const name of RULE_PRESET_NAMES) {
    const p = rulePreset(name);
    if (p && sameRule(p, rule)) return name;
  }
  switch (rule.kind) {
    case 'none': return 'none';
    case 'fixed':
    case 'per-day-amount': return `${rule.kind} ${rule.amount}`;
    case 'daily-rate':
    case 'monthly-rate':
    case 'annual-rate': return `${rule.kind} ${rule.rate}`;
    case 'cn-lpr': return `cn-lpr ×${rule.multiplier}${rule.rateAt === 'period' ? ' period' : ''}${rule.term === '5y' ? ' 5y' : ''}`;
    case 'uk-late-payment': return rule.rateReset === 'half-yearly' ? 'uk-late-payment half-yearly' : 'uk-late-payment';
    case 'eu-late-payment': return `eu-late-payment ${rule.country ?? 'EU'}${rule.consumer ? ' consumer' : ''}`;
  }
}

/** A rule from a preset name or a rule object (what `--rule` and a rules file hold). */
function choice(json: unknown, field: string): { ok: true; value: RuleChoice } | { ok: false; error: RuleSelectionError } {
  const parsed = parseRule(json);
  if (!parsed.ok) {
    if (typeof json === 'string') {
      return { ok: false, error: { code: 'rule-unknown', field, value: shown(json), message: `unknown rule preset "${json}"; presets: ${RULE_PRESET_NAMES.join(', ')}` } };
    }
    // The rule's own field (`rate`), under where the rule sits (`customers.ACME.rate`; a whole file: just `rate`).
    const inner = parsed.error.field;
    return { ok: false, error: { code: 'rule-invalid', field: field === 'rules' ? inner : `${field}.${inner}`, value: shown(json), message: parsed.error.message } };
  }
  // A label says where the rule came from: the preset, or the rule itself.
  return { ok: true, value: { rule: parsed.value, label: typeof json === 'string' ? json : ruleLabel(parsed.value) } };
}

/** The rule of a contract's penalty cell (`日万分之五`, `1.5%/month`), labelled with the text; `undefined` for an empty cell. */
export function ruleFromPenaltyText(text: string): { ok: true; value: RuleChoice | undefined } | { ok: false; error: RuleSelectionError } {
  const parsed = parsePenaltyText(text);
  if (!parsed.ok) return { ok: false, error: { code: 'rule-invalid', field: 'penalty', value: text, message: parsed.error.message } };
  if (parsed.value === undefined) return { ok: true, value: undefined };
  return { ok: true, value: { rule: parsed.value, label: `contract ${text.normalize('NFKC').trim()}` } };
}

/**
 * `--rule` values: a bare preset or rule is the default; `GBP=uk-late-payment` chooses the rule
 * for a currency. Repeating a currency (or the default) is an error, not a silent override.
 *
 * @example
 * ruleSelectionFromFlags(['GBP=uk-late-payment', 'EUR=de-b2b', 'cn-lpr-1.5x'])
 */
export function ruleSelectionFromFlags(flags: readonly string[], base: RuleSelection = EMPTY_RULE_SELECTION): Result {
  let fallback = base.default;
  const byCurrency = new Map(base.byCurrency);
  let defaultSet = false;
  const seen = new Set<string>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const currency = eq > 0 ? flag.slice(0, eq).trim().toUpperCase() : undefined;
    const name = eq > 0 ? flag.slice(eq + 1).trim() : flag.trim();
    if (currency !== undefined && !isCurrencyCode(currency)) {
      return { ok: false, error: { code: 'rule-currency', field: '--rule', value: flag, message: `"${flag.slice(0, eq)}" is not an ISO currency code; write --rule GBP=uk-late-payment` } };
    }
    const c = choice(name, currency ? `--rule ${currency}` : '--rule');
    if (!c.ok) return c;
    if (currency === undefined) {
      if (defaultSet) return { ok: false, error: { code: 'rule-duplicate', field: '--rule', value: flag, message: 'gives a second default rule; give one bare --rule and CUR=rule for the others' } };
      defaultSet = true;
      fallback = c.value;
    } else {
      if (seen.has(currency)) return { ok: false, error: { code: 'rule-duplicate', field: `--rule ${currency}`, value: flag, message: `gives a second rule for ${currency}` } };
      seen.add(currency);
      byCurrency.set(currency, c.value);
    }
  }
  return { ok: true, value: { ...(fallback ? { default: fallback } : {}), byCurrency, byCustomer: base.byCustomer } };
}

/**
 * A rules file: one rule (a preset name or rule object, as before), or
 * `{ "default": rule, "currencies": { "GBP": rule }, "customers": { "ACME Ltd": rule } }` where
 * each rule is a preset name, a rule object, or a contract's penalty text (`"日万分之五"`).
 * Customers are matched the way they are everywhere (`customerKey`).
 */
export function parseRuleSelection(json: unknown): Result {
  if (typeof json === 'string' || (isRecord(json) && (json.kind !== undefined || json.preset !== undefined))) {
    const c = choice(json, 'rules');
    return c.ok ? { ok: true, value: { default: c.value, byCurrency: new Map(), byCustomer: new Map() } } : c;
  }
  if (!isRecord(json)) return { ok: false, error: { code: 'rule-shape', field: 'rules', value: shown(json), message: 'must be a rule, or {"default": …, "currencies": {"GBP": …}, "customers": {"ACME Ltd": …}}' } };
  for (const key of Object.keys(json)) {
    if (key !== 'default' && key !== 'currencies' && key !== 'customers') {
      return { ok: false, error: { code: 'rule-shape', field: key, value: shown(json[key]), message: 'is not a part of a rules file (default, currencies, customers)' } };
    }
  }
  const one = (v: unknown, field: string): { ok: true; value: RuleChoice } | { ok: false; error: RuleSelectionError } => {
    // A text that is no preset but reads as a contract penalty ("日万分之五") is taken as one.
    if (typeof v === 'string' && rulePreset(v) === undefined) {
      const t = ruleFromPenaltyText(v);
      if (t.ok && t.value) return { ok: true, value: t.value };
    }
    return choice(v, field);
  };
  let fallback: RuleChoice | undefined;
  if (json.default !== undefined) {
    const c = one(json.default, 'default');
    if (!c.ok) return c;
    fallback = c.value;
  }
  const byCurrency = new Map<string, RuleChoice>();
  const byCustomer = new Map<string, RuleChoice>();
  for (const [part, target] of [['currencies', byCurrency], ['customers', byCustomer]] as const) {
    const map = json[part];
    if (map === undefined) continue;
    if (!isRecord(map)) return { ok: false, error: { code: 'rule-shape', field: part, value: shown(map), message: `must be an object keyed by ${part === 'currencies' ? 'currency code' : 'customer name'}` } };
    for (const [name, v] of Object.entries(map)) {
      const key = part === 'currencies' ? name.trim().toUpperCase() : customerKey(name);
      if (part === 'currencies' && !isCurrencyCode(key)) return { ok: false, error: { code: 'rule-currency', field: `currencies.${name}`, value: name, message: 'is not an ISO currency code' } };
      if (target.has(key)) return { ok: false, error: { code: 'rule-duplicate', field: `${part}.${name}`, value: name, message: 'is given twice (names are matched ignoring case, width and spacing)' } };
      const c = one(v, `${part}.${name}`);
      if (!c.ok) return c;
      target.set(key, c.value);
    }
  }
  return { ok: true, value: { ...(fallback ? { default: fallback } : {}), byCurrency, byCustomer } };
}

/** Whether a selection charges anything at all (a rule other than `none` somewhere). */
export function selectsAnyRule(selection: RuleSelection): boolean {
  const all = [selection.default, ...selection.byCurrency.values(), ...selection.byCustomer.values()];
  return all.some((c) => c !== undefined && c.rule.kind !== 'none');
}

/**
 * The rule for one invoice: its contract's penalty (`penaltyRule`, from an export column),
 * else its customer's, else its currency's, else the default; `undefined` when none applies.
 */
export function selectRule(selection: RuleSelection, invoice: { readonly currency: string; readonly customer: string; readonly penaltyRule?: RuleChoice | undefined }): RuleChoice | undefined {
  if (invoice.penaltyRule) return invoice.penaltyRule;
  if (selection.byCustomer.size > 0) {
    const c = selection.byCustomer.get(customerKey(invoice.customer));
    if (c) return c;
  }
  return selection.byCurrency.get(invoice.currency) ?? selection.default;
}
