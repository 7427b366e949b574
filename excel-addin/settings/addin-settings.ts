import { makeBuckets, DEFAULT_BUCKET_BOUNDS, type AgingBucket } from '../../shared/aging.ts';
import type { DateOrder, FieldName } from '../../shared/import/types.ts';
import { parseRule, RULE_PRESETS, type PenaltyRule } from '../../shared/penalty/index.ts';
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
  /** A key of RULE_PRESETS, or empty for the rule suggested for each invoice's currency (`suggestedRulePreset`). */
  rulePreset: string;
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
 * Defaults: today, the rule suggested for each invoice's currency, the core's buckets and ladder,
 * the currency of sheets that name none decided from their headers, dates read as the column shows.
 */
export function defaultSettings(): AddinSettings {
  return {
    asOf: '', rulePreset: '', graceDays: 0, capPercent: '', dueDateRoll: 'none', paymentDay: '', allocation: '',
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

/** Settings turned into what the core takes, or the first problem (field and message). */
export type ResolvedSettings =
  | {
    ok: true; asOf: PlainDate;
    /** The rule for invoices in a currency: the chosen preset, or the one suggested for the currency. */
    ruleFor: RuleForCurrency;
    /** The preset behind `ruleFor` for a currency. */
    presetFor: (currency: CurrencyCode) => string;
    buckets: readonly AgingBucket[]; policy: StagePolicy;
  }
  | { ok: false; field: string; message: string };

/** Resolves settings against today (the pane's clock). */
export function resolveSettings(s: AddinSettings, today: PlainDate): ResolvedSettings {
  const asOf = s.asOf === '' ? today : parsePlainDate(s.asOf);
  if (!asOf) return { ok: false, field: 'asOf', message: `not a date: ${s.asOf}` };
  if (s.rulePreset !== '' && !Object.hasOwn(RULE_PRESETS, s.rulePreset)) return { ok: false, field: 'rule', message: `unknown rule ${s.rulePreset}` };
  if (s.currency !== '' && !/^[A-Z]{3}$/.test(s.currency)) return { ok: false, field: 'currency', message: `not a currency code: ${s.currency}` };
  const presetFor = (currency: CurrencyCode): string => (s.rulePreset !== '' ? s.rulePreset : suggestedRulePreset(currency));
  // The options (grace days, cap…) apply to whichever preset an invoice gets: each is checked now.
  const rules = new Map<string, PenaltyRule>();
  const presets = s.rulePreset !== '' ? [s.rulePreset] : [...new Set([...Object.values(SUGGESTED_RULE_PRESETS), 'none'])];
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
  const buckets = makeBuckets(s.bucketBounds);
  if (!buckets.ok) return { ok: false, field: 'buckets', message: buckets.error.message };
  const policy = parseStagePolicy({ thresholds: s.thresholds });
  if (!policy.ok) return { ok: false, field: policy.error.field, message: policy.error.message };
  return { ok: true, asOf, ruleFor, presetFor, buckets: buckets.value, policy: policy.value };
}
