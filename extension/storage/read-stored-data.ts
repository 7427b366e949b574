import { isJurisdiction } from '../../shared/limitation/jurisdiction.ts';
import { RULE_PRESETS } from '../../shared/penalty/rule-presets.ts';
import { isStageId } from '../../shared/stage-id.ts';
import { DEFAULT_STAGE_POLICY } from '../../shared/stages/stage-policy.ts';
import { isTone } from '../../shared/templates/stage-tones.ts';
import { isTemplateLang } from '../../shared/templates/template-locale.ts';
import { DEFAULT_DEFAULTS, DEFAULT_PROFILE, EMPTY_RECEIVABLES, EMPTY_REFERENCE_DATA, type StoredItems, type StoredNotice } from './define-stored-items.ts';
import type { StoredDefaults, StoredProfile, StoredReceivables, StoredReferenceData, StoredTemplates } from './stored-types.ts';
import { isCurrencyCode } from '../../shared/currency.ts';
import { isStoredReceivable } from './validate-receivable.ts';

/** Everything stored, checked, with the notices the user has not dismissed yet. */
export interface StoredData {
  readonly receivables: StoredReceivables;
  readonly profile: StoredProfile;
  readonly defaults: StoredDefaults;
  readonly templates: StoredTemplates;
  readonly notices: readonly StoredNotice[];
  /** The user's newer rates and holidays (read into the core's tables by `userReferenceData`). */
  readonly referenceData: StoredReferenceData;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkProfile(v: unknown): StoredProfile | undefined {
  if (!isObject(v) || !isObject(v.company) || !isObject(v.sender) || !isObject(v.bank) || typeof v.paymentLink !== 'string') return undefined;
  return v as unknown as StoredProfile;
}

function checkDefaults(v: unknown): StoredDefaults | undefined {
  if (!isObject(v) || !isObject(v.thresholds) || typeof v.rulePreset !== 'string') return undefined;
  // A preset this version does not know would silently drop the penalty from every reminder.
  if (!Object.hasOwn(RULE_PRESETS, v.rulePreset)) return undefined;
  if (!(v.lang === 'auto' || (typeof v.lang === 'string' && isTemplateLang(v.lang)))) return undefined;
  if (typeof v.tone !== 'string' || !isTone(v.tone)) return undefined;
  if (!(v.jurisdiction === 'auto' || v.jurisdiction === 'none' || (typeof v.jurisdiction === 'string' && isJurisdiction(v.jurisdiction)))) return undefined;
  if (!Number.isInteger(v.minGapDays) || (v.minGapDays as number) < 0 || (v.minGapDays as number) > 365) return undefined;
  if (v.currencyRules !== undefined) {
    if (!isObject(v.currencyRules)) return undefined;
    // Own properties only: a currency key comes from the user, and so does its preset name.
    for (const [currency, preset] of Object.entries(v.currencyRules)) {
      if (!isCurrencyCode(currency) || typeof preset !== 'string' || !Object.hasOwn(RULE_PRESETS, preset)) return undefined;
    }
  }
  for (const [stage, day] of Object.entries(v.thresholds)) {
    if (!(stage in DEFAULT_STAGE_POLICY.thresholds) || !Number.isInteger(day)) return undefined;
  }
  return v as unknown as StoredDefaults;
}

/** The stored reference data when it is in the version 1 layout (the picker and the options page read it alike). */
export function checkReferenceData(v: unknown): StoredReferenceData | undefined {
  if (!isObject(v) || !Array.isArray(v.entries)) return undefined;
  for (const e of v.entries) {
    if (!isObject(e) || typeof e.id !== 'string' || (e.kind !== 'rates' && e.kind !== 'calendar') || typeof e.label !== 'string' || typeof e.addedAt !== 'string' || !('json' in e)) return undefined;
  }
  return v as unknown as StoredReferenceData;
}

function checkTemplates(v: unknown): StoredTemplates | undefined {
  if (!isObject(v)) return undefined;
  for (const [key, template] of Object.entries(v)) {
    const [stage, lang] = key.split(':');
    if (!stage || !lang || !isStageId(stage) || !isTemplateLang(lang)) return undefined;
    if (!isObject(template) || typeof template.body !== 'string') return undefined;
  }
  return v as StoredTemplates;
}

/**
 * Reads every stored item and checks it. An item a migration converted leaves a notice.
 * Anything unusable (corrupt, or an older layout whose migration failed) is reset to its
 * default and leaves a notice for the user: the picker always gets data it can work with, and
 * the user knows what was lost. A receivables list with a few bad entries keeps the good ones.
 */
export async function readStoredData(items: StoredItems): Promise<StoredData> {
  const notices: StoredNotice[] = [...(await items.notices.getValue().catch(() => []))].filter(isObject) as StoredNotice[];
  const fresh: StoredNotice[] = [];

  async function checked<T>(item: { getValue(): Promise<unknown>; setValue(v: T): Promise<void> }, name: string, check: (v: unknown) => T | undefined, fallback: T): Promise<T> {
    const raw = await item.getValue().catch(() => undefined);
    const value = check(raw);
    if (value !== undefined) return value;
    await item.setValue(fallback);
    fresh.push({ key: 'reset', item: name });
    return fallback;
  }

  const receivables = await checked(items.receivables, 'receivables', (v) => {
    if (!isObject(v) || !Array.isArray(v.receivables)) return undefined;
    const good = v.receivables.filter(isStoredReceivable);
    if (good.length < v.receivables.length) fresh.push({ key: 'reset', item: 'receivables', count: v.receivables.length - good.length });
    return { ...(v as unknown as StoredReceivables), receivables: good };
  }, EMPTY_RECEIVABLES);
  if (fresh.some((n) => n.item === 'receivables' && n.count !== undefined)) await items.receivables.setValue(receivables);
  // Migrations ran when the items were defined (getValue above waited for them).
  fresh.push(...items.migrated.splice(0));

  const profile = await checked(items.profile, 'profile', checkProfile, DEFAULT_PROFILE);
  const defaults = await checked(items.defaults, 'defaults', checkDefaults, DEFAULT_DEFAULTS);
  const templates = await checked(items.templates, 'templates', checkTemplates, {});
  const referenceData = await checked(items.referenceData, 'referenceData', checkReferenceData, EMPTY_REFERENCE_DATA);
  if (fresh.length > 0) await items.notices.setValue([...notices, ...fresh]);
  return { receivables, profile, defaults, templates, notices: [...notices, ...fresh], referenceData };
}
