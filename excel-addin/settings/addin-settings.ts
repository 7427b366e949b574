import { makeBuckets, DEFAULT_BUCKET_BOUNDS, type AgingBucket } from '../../shared/aging.ts';
import type { DateOrder, FieldName } from '../../shared/import/types.ts';
import { parseRule, RULE_PRESETS, type PenaltyRule, type RuleChoice, type RuleSelection } from '../../shared/penalty/index.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import { BUILT_IN_REFERENCE_DATA, type ReferenceData } from '../../shared/reference-data/index.ts';
import { parsePlainDate, type PlainDate } from '../../shared/plain-date.ts';
import { DEFAULT_STAGE_POLICY, parseStagePolicy, type OverdueStageId, type StagePolicy } from '../../shared/stages/index.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import type { RuleForCurrency } from '../report/row-builder-by-currency.ts';
import { SUGGESTED_RULE_PRESETS, suggestedRulePreset } from './suggested-rule-presets.ts';

/** What the pane saves in the workbook (Office document settings): plain JSON. */
export interface AddinSettings {
  /** `YYYY-MM-DD`, or empty for "today". */
  asOf: string;
  /**
   * The rule for currencies not in `currencyRules`: a key of RULE_PRESETS, or empty for the rule
   * suggested for each invoice's currency (`suggestedRulePreset`).
   */
  rulePreset: string;
  /** The user's rule per currency (ISO code → key of RULE_PRESETS, `none` included); wins over `rulePreset`. */
  currencyRules: Record<string, string>;
  graceDays: number;
  /** Cap as a percent of principal, empty for none (`"30"`). */
  capPercent: string;
  dueDateRoll: 'none' | 'weekend' | 'cn-holidays';
  /** Whether a payment's own day still accrues on the old balance; empty: as the preset says. */
  paymentDay: '' | 'accrues' | 'excluded';
  /** Whether payments settle principal or accrued penalty first; empty: as the preset says. */
  allocation: '' | 'principal-first' | 'statutory';
  /** Upper bounds of the aging buckets (`[30, 60, 90, 180]`). */
  bucketBounds: number[];
  /** First overdue day of each stage. */
  thresholds: Record<OverdueStageId, number>;
  /** Currency when the sheet names none; empty to decide it from the headers' language, as the importer does. */
  currency: string;
  /** How text dates with the year last (`10/08/2026`) are read; `auto` decides from the column. */
  dateOrder: 'auto' | DateOrder;
  /** Column overrides: field → header text. */
  map: Partial<Record<FieldName, string>>;
  /** Pane and sheet language; empty: follow Office's display language. */
  lang: '' | PaneLanguage;
}

/** The key of the pane's settings in the workbook's document settings. */
export const SETTINGS_KEY = 'dunningDesk.settings';

/**
 * Written with the settings: 2 added `currencyRules`. Older saves (no version) read the same way:
 * every field is optional and checked ({@link settingsFromSaved}).
 */
export const SETTINGS_VERSION = 2;

/**
 * Defaults: today, the rule suggested for each invoice's currency, the core's buckets and ladder,
 * the currency of sheets that name none decided from their headers, dates read as the column shows.
 */
export function defaultSettings(): AddinSettings {
  return {
    asOf: '', rulePreset: '', currencyRules: {}, graceDays: 0, capPercent: '', dueDateRoll: 'none', paymentDay: '', allocation: '',
    bucketBounds: [...DEFAULT_BUCKET_BOUNDS], thresholds: { ...DEFAULT_STAGE_POLICY.thresholds },
    currency: '', dateOrder: 'auto', map: {}, lang: '',
  };
}

/** Saved settings merged over the defaults; unknown or ill-typed fields are dropped (a file from another version). */
export function settingsFromSaved(saved: unknown): AddinSettings {
  const d = defaultSettings();
  if (typeof saved !== 'object' || saved === null) return d;
  const s = saved as Record<string, unknown>;
  const str = (k: keyof AddinSettings, fallback: string): string => (typeof s[k] === 'string' ? s[k] as string : fallback);
  return {
    asOf: str('asOf', d.asOf),
    rulePreset: typeof s.rulePreset === 'string' && Object.hasOwn(RULE_PRESETS, s.rulePreset) ? s.rulePreset : d.rulePreset,
    currencyRules: currencyRulesFromSaved(s.currencyRules),
    graceDays: Number.isInteger(s.graceDays) && (s.graceDays as number) >= 0 ? s.graceDays as number : d.graceDays,
    capPercent: str('capPercent', d.capPercent),
    dueDateRoll: s.dueDateRoll === 'weekend' || s.dueDateRoll === 'cn-holidays' ? s.dueDateRoll : 'none',
    paymentDay: s.paymentDay === 'accrues' || s.paymentDay === 'excluded' ? s.paymentDay : '',
    allocation: s.allocation === 'principal-first' || s.allocation === 'statutory' ? s.allocation : '',
    bucketBounds: Array.isArray(s.bucketBounds) && s.bucketBounds.every((n) => Number.isInteger(n)) ? s.bucketBounds as number[] : d.bucketBounds,
    thresholds: typeof s.thresholds === 'object' && s.thresholds !== null ? { ...d.thresholds, ...(s.thresholds as Record<OverdueStageId, number>) } : d.thresholds,
    currency: /^[A-Z]{3}$/.test(str('currency', '')) ? str('currency', d.currency) : d.currency,
    dateOrder: s.dateOrder === 'ymd' || s.dateOrder === 'dmy' || s.dateOrder === 'mdy' ? s.dateOrder : 'auto',
    map: typeof s.map === 'object' && s.map !== null ? s.map as AddinSettings['map'] : {},
    lang: s.lang === 'en' || s.lang === 'zh-CN' ? s.lang : '',
  };
}

/** Saved per-currency rules, keeping only ISO codes mapped to known presets (own properties only). */
function currencyRulesFromSaved(v: unknown): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([c, p]) => /^[A-Z]{3}$/.test(c) && typeof p === 'string' && Object.hasOwn(RULE_PRESETS, p)));
}

/** The preset for invoices in a currency: the user's choice for it, else the default, else the one suggested for it. */
export function presetForCurrency(s: Pick<AddinSettings, 'rulePreset' | 'currencyRules'>, currency: CurrencyCode): string {
  if (Object.hasOwn(s.currencyRules, currency)) return s.currencyRules[currency] as string;
  return s.rulePreset !== '' ? s.rulePreset : suggestedRulePreset(currency);
}

/** Settings turned into what the core takes, or the first problem (field and message). */
export type ResolvedSettings =
  | {
    ok: true; asOf: PlainDate;
    /** The rule for invoices in a currency: the chosen preset, or the one suggested for the currency. */
    ruleFor: RuleForCurrency;
    /** The preset behind `ruleFor` for a currency. */
    presetFor: (currency: CurrencyCode) => string;
    /**
     * The same choice as the core's rule selection (a default and a rule per currency), so a
     * sheet's penalty column still wins for its invoice (`selectRule`) and every figure carries
     * the name of its rule.
     */
    rules: RuleSelection;
    /** The rates and holidays every figure rests on (built in, with the user's additions). */
    reference: ReferenceData;
    /** `reference` as the penalty engine takes it. */
    penaltyOptions: PenaltyOptions;
    buckets: readonly AgingBucket[]; policy: StagePolicy;
  }
  | { ok: false; field: string; message: string };

/** Resolves settings against today (the pane's clock), with the rates and holidays to compute with. */
export function resolveSettings(s: AddinSettings, today: PlainDate, reference: ReferenceData = BUILT_IN_REFERENCE_DATA): ResolvedSettings {
  const asOf = s.asOf === '' ? today : parsePlainDate(s.asOf);
  if (!asOf) return { ok: false, field: 'asOf', message: `not a date: ${s.asOf}` };
  if (s.rulePreset !== '' && !Object.hasOwn(RULE_PRESETS, s.rulePreset)) return { ok: false, field: 'rule', message: `unknown rule ${s.rulePreset}` };
  if (s.currency !== '' && !/^[A-Z]{3}$/.test(s.currency)) return { ok: false, field: 'currency', message: `not a currency code: ${s.currency}` };
  for (const [currency, preset] of Object.entries(s.currencyRules)) {
    if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, field: 'rule', message: `not a currency code: ${currency}` };
    if (!Object.hasOwn(RULE_PRESETS, preset)) return { ok: false, field: 'rule', message: `unknown rule ${preset}` };
  }
  const presetFor = (currency: CurrencyCode): string => presetForCurrency(s, currency);
  // The options (grace days, cap…) apply to whichever preset an invoice gets: each is checked now.
  const rules = new Map<string, PenaltyRule>();
  const presets = [...new Set([
    ...(s.rulePreset !== '' ? [s.rulePreset] : [...Object.values(SUGGESTED_RULE_PRESETS), 'none']),
    ...Object.values(s.currencyRules),
  ])];
  for (const name of presets) {
    const rule = parseRule({
      ...(RULE_PRESETS[name] as PenaltyRule),
      ...(s.graceDays > 0 ? { graceDays: s.graceDays } : {}),
      ...(s.capPercent.trim() !== '' ? { cap: { percentOfPrincipal: s.capPercent.trim() } } : {}),
      ...(s.dueDateRoll !== 'none' ? { dueDateRoll: s.dueDateRoll } : {}),
      ...(s.paymentDay !== '' ? { paymentDay: s.paymentDay } : {}),
      ...(s.allocation !== '' ? { allocation: s.allocation } : {}),
    });
    if (!rule.ok) return { ok: false, field: rule.error.field, message: rule.error.message };
    rules.set(name, rule.value);
  }
  const ruleFor = (currency: CurrencyCode): PenaltyRule => rules.get(presetFor(currency)) as PenaltyRule;
  // One choice per preset, labelled with the preset's name (the pane and the sheet say it in words).
  const choices = new Map<string, RuleChoice>([...rules].map(([name, rule]) => [name, { rule, label: name }]));
  const choice = (name: string): RuleChoice => choices.get(name) as RuleChoice;
  const byCurrency = new Map<string, RuleChoice>();
  if (s.rulePreset === '') for (const [currency, name] of Object.entries(SUGGESTED_RULE_PRESETS)) byCurrency.set(currency, choice(name));
  for (const [currency, name] of Object.entries(s.currencyRules)) byCurrency.set(currency, choice(name));
  const selection: RuleSelection = { default: choice(s.rulePreset !== '' ? s.rulePreset : 'none'), byCurrency, byCustomer: new Map() };
  const buckets = makeBuckets(s.bucketBounds);
  if (!buckets.ok) return { ok: false, field: 'buckets', message: buckets.error.message };
  const policy = parseStagePolicy({ thresholds: s.thresholds });
  if (!policy.ok) return { ok: false, field: policy.error.field, message: policy.error.message };
  return {
    ok: true, asOf, ruleFor, presetFor, rules: selection, reference,
    penaltyOptions: { rates: reference.rates, calendar: reference.calendar },
    buckets: buckets.value, policy: policy.value,
  };
}
