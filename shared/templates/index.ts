export { renderReminder, type RenderReminderInput, type RenderedReminder, type RenderReminderError, type UserTemplate } from './render-reminder.ts';
export { customerKey } from '../customer-key.ts';
export { buildReminderModel, currencyTotals, customersWithOpenInvoices, proposePlan, type BuildReminderOptions } from './build-reminder-model.ts';
export { reminderDeadline, planDates, workingCalendarFor } from './reminder-dates.ts';
export type {
  ReminderModel, ReminderInvoice, CurrencyTotal, Instalment, CompanyProfile, SenderProfile, BankProfile, ReminderProfile,
} from './reminder-model.ts';
export type { ReminderHistory, ReminderContact, ReminderPromise, ReminderPlanInstalment } from './reminder-history.ts';
export { checkHistory, type HistoryError } from './check-history.ts';
export { contactList, channelWord } from './contact-list.ts';
export { citedContacts } from './cited-contacts.ts';
export { findContactClaims, type ContactClaim } from './check-contact-claims.ts';
export { validateTemplate } from './validate-template.ts';
export type { TemplateError, TemplateErrorCode } from './template-error.ts';
export { checkTone, COURTEOUS_STAGES, type ToneWarning } from './check-tone.ts';
export {
  TEMPLATE_LIBRARY, libraryTemplate, CHANNELS, SHORT_CHANNELS, REMINDER_CHANNELS, SHORT_MESSAGE_LIMIT, isChannel, isShortChannel,
  type Channel, type LibraryTemplate,
} from './template-library.ts';
export { STAGE_TONES, isTone, type Tone } from './stage-tones.ts';
export { REMINDER_SCHEMA, REMINDER_PARTIALS } from './reminder-schema.ts';
export { formatMoney } from './format-money.ts';
export { formatDate } from './format-date.ts';
export { formatPercent } from './format-percent.ts';
export { escapeHtml } from './escape-html.ts';
export { localeFor, isTemplateLang, isTemplateLocale, type TemplateLang, type TemplateLocale } from './template-locale.ts';
export { buildEml, base64, type EmlDraft, type EmlAddress, type EmlAttachment } from './build-eml.ts';
export { statementCsv } from './statement-csv.ts';
export { renderClause } from './render-clause.ts';
export { parseProfile, type ProfileFile } from './parse-profile.ts';
export { clauseForPreset } from './clause-for-preset.ts';
export { DEMAND_STAGES, messageInvoices } from './message-invoices.ts';
