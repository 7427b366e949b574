import type { ReminderProfile } from './reminder-model.ts';
import { isTemplateLocale, type TemplateLocale } from './template-locale.ts';

/** A profile file: the sender's details plus defaults for deadlines and plans. */
export interface ProfileFile extends ReminderProfile {
  /** Working days from the as-of date to the payment deadline (default 10). */
  readonly deadlineDays?: number;
  /** Instalments offered at `payment-plan` and confirmed at `plan-confirmation` (default 3). */
  readonly planInstalments?: number;
  /** Date and money style for English (`en-GB` default, or `en-US`). */
  readonly locale?: TemplateLocale;
}

const GROUPS = {
  company: ['name', 'address', 'phone', 'email', 'website', 'registration', 'vatNumber'],
  sender: ['name', 'title', 'phone', 'email'],
  bank: ['name', 'accountName', 'account', 'iban', 'bic', 'sortCode'],
} as const;

/**
 * Reads a profile (JSON already parsed). Schema, every field optional:
 * ```json
 * {
 *   "company": { "name": "", "address": "", "phone": "", "email": "", "website": "", "registration": "", "vatNumber": "" },
 *   "sender":  { "name": "", "title": "", "phone": "", "email": "" },
 *   "bank":    { "name": "", "accountName": "", "account": "", "iban": "", "bic": "", "sortCode": "" },
 *   "paymentLink": "https://…",
 *   "deadlineDays": 10,
 *   "planInstalments": 3,
 *   "locale": "en-GB" | "en-US" | "zh-CN"
 * }
 * ```
 * Unknown keys are errors (a typo would otherwise silently drop a bank detail). Values are text.
 */
export function parseProfile(json: unknown): { ok: true; value: ProfileFile } | { ok: false; error: { field: string; message: string } } {
  const fail = (field: string, message: string) => ({ ok: false as const, error: { field, message } });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('', 'a profile is a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key in GROUPS) {
      const allowed: readonly string[] = GROUPS[key as keyof typeof GROUPS];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(key, `"${key}" must be an object`);
      const group: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!allowed.includes(k)) return fail(`${key}.${k}`, `unknown field "${key}.${k}"; known: ${allowed.join(', ')}`);
        if (typeof v !== 'string') return fail(`${key}.${k}`, `"${key}.${k}" must be text`);
        group[k] = v;
      }
      out[key] = group;
    } else if (key === 'paymentLink') {
      if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value.trim())) return fail(key, '"paymentLink" must be an http(s) address');
      out[key] = value.trim();
    } else if (key === 'deadlineDays' || key === 'planInstalments') {
      const max = key === 'deadlineDays' ? 60 : 24;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) return fail(key, `"${key}" must be a whole number from 1 to ${max}`);
      out[key] = value;
    } else if (key === 'locale') {
      if (typeof value !== 'string' || !isTemplateLocale(value)) return fail(key, '"locale" must be en-GB, en-US or zh-CN');
      out[key] = value;
    } else {
      return fail(key, `unknown field "${key}"; known: company, sender, bank, paymentLink, deadlineDays, planInstalments, locale`);
    }
  }
  return { ok: true, value: out as ProfileFile };
}
