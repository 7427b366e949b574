import type { Receivable } from '../../shared/import/types.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { OverdueStageId } from '../../shared/stages/stage-policy.ts';
import type { UserTemplate } from '../../shared/templates/render-reminder.ts';
import type { BankProfile, CompanyProfile, SenderProfile } from '../../shared/templates/reminder-model.ts';
import type { Tone } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';

/** The imported receivables list (storage item `local:receivables`, version 2). */
export interface StoredReceivables {
  readonly receivables: readonly Receivable[];
  /** File name the list came from. */
  readonly file: string;
  /** Detected export format (`kingdee`, `report-json`, …). */
  readonly format: string;
  /** When it was imported (ISO timestamp, for display only). */
  readonly importedAt: string;
  /** The as-of date of a report file, when the list came from one. */
  readonly reportAsOf?: string;
}

/** Who sends the reminders (storage item `local:profile`). */
export interface StoredProfile {
  readonly company: CompanyProfile;
  readonly sender: SenderProfile;
  readonly bank: BankProfile;
  readonly paymentLink: string;
}

/** Defaults for new reminders (storage item `local:defaults`). */
export interface StoredDefaults {
  /** `auto` follows the browser's UI language. */
  readonly lang: TemplateLang | 'auto';
  readonly tone: Tone;
  /** Key of RULE_PRESETS used for penalty figures, or `none`. */
  readonly rulePreset: string;
  /** First day overdue on which each stage is suggested (overrides the core's DEFAULT_STAGE_POLICY). */
  readonly thresholds: Readonly<Partial<Record<OverdueStageId, number>>>;
}

/** Key of a template override: stage and language. */
export type TemplateKey = `${StageId}:${TemplateLang}`;

/** User templates replacing the built-in ones (storage item `local:templates`). */
export type StoredTemplates = Readonly<Partial<Record<TemplateKey, UserTemplate>>>;
