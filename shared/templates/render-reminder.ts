import type { StageId } from '../stage-id.ts';
import { tableToHtml, tableToText, type BlockTable } from './block-table.ts';
import { checkHistory } from './check-history.ts';
import { findContactClaims } from './check-contact-claims.ts';
import { checkTone } from './check-tone.ts';
import { citedContacts } from './cited-contacts.ts';
import { invoiceTable } from './invoice-table.ts';
import { parseTemplate, type TemplateNode } from './parse-template.ts';
import { penaltyWorking } from './penalty-working.ts';
import { planTable } from './plan-table.ts';
import { reminderContext } from './reminder-context.ts';
import type { ReminderModel } from './reminder-model.ts';
import { REMINDER_PARTIALS, REMINDER_SCHEMA } from './reminder-schema.ts';
import { checkNodes, renderNodes, type RenderedPart } from './render-template.ts';
import { STAGE_TONES, type Tone } from './stage-tones.ts';
import type { ContextObject } from './template-scope.ts';
import { isShortChannel, libraryTemplate, SHORT_MESSAGE_LIMIT, type Channel } from './template-library.ts';
import type { TemplateError } from './template-error.ts';
import { localeFor, type TemplateLang, type TemplateLocale } from './template-locale.ts';
import { overdueOnly } from './overdue-only.ts';
import { DEMAND_STAGES } from './message-invoices.ts';
import { textToHtml } from './text-to-html.ts';

/** A template a user wrote (or edited from the library). */
export interface UserTemplate {
  readonly subject?: string;
  readonly body: string;
}

export interface RenderReminderInput {
  readonly stage: StageId;
  readonly channel: Channel;
  readonly lang: TemplateLang;
  /** Defaults to the stage's first allowed tone (STAGE_TONES). */
  readonly tone?: Tone;
  readonly model: ReminderModel;
  /** Replaces the library template for this stage, channel and language. */
  readonly template?: UserTemplate;
  /** Date and money style; English defaults to en-GB. */
  readonly locale?: TemplateLocale;
}

export interface RenderedReminder {
  /** Email subject (email and letter; absent for phone scripts and short messages). */
  readonly subject?: string;
  readonly text: string;
  /** An HTML fragment (no <html> wrapper): every value escaped, invoices as a table. */
  readonly html: string;
  readonly warnings: string[];
}

export type RenderReminderError =
  | { readonly code: 'invalid-template'; readonly message: string; readonly errors: readonly TemplateError[] }
  | { readonly code: 'missing-value'; readonly message: string; readonly errors: readonly TemplateError[] }
  | { readonly code: 'no-open-invoices'; readonly message: string }
  /** The model's history has a field that is not what it says (a date that is no date, an unknown channel). */
  | { readonly code: 'invalid-history'; readonly message: string; readonly field: string; readonly value: string }
  | { readonly code: 'nothing-overdue'; readonly message: string };

export const PENALTY_STAGES: readonly StageId[] = ['formal-notice', 'final-notice', 'legal'];

/**
 * Renders one reminder (email, call script, letter, SMS or WeChat message) in plain text and
 * HTML from a model. Fails, instead of producing a message with a gap, when the template is
 * invalid or names a value this customer does not have; the penalty column and working appear
 * only from `formal-notice` on. From `deadline` on, only overdue invoices are listed and totalled
 * (the others are named in a warning); with none overdue it fails with `nothing-overdue`. User
 * templates for early stages are tone-checked (warnings).
 *
 * With `model.history`, messages from `statement` on cite the earlier contacts by date and
 * channel; without it none claims earlier contacts (a user template that does gets a warning).
 * `sms` and `wechat` give plain text of at most {@link SHORT_MESSAGE_LIMIT} characters: the
 * library drops detail (every contact date, the invoice numbers, bank details) until it fits.
 *
 * @example
 * const sms = renderReminder({ stage: 'deadline', channel: 'sms', lang: 'zh-CN', model });
 * if (sms.ok) copyToClipboard(sms.value.text); // ≤ 300 characters
 */
export function renderReminder(
  input: RenderReminderInput,
): { ok: true; value: RenderedReminder } | { ok: false; error: RenderReminderError } {
  const { stage, channel, lang } = input;
  const locale = localeFor(lang, input.locale);
  const warnings: string[] = [];
  if (input.model.invoices.length === 0 && stage !== 'thank-you') {
    return { ok: false, error: { code: 'no-open-invoices', message: `${input.model.customer.name} has no open invoices to remind about` } };
  }
  let model = input.model;
  if (model.history !== undefined) {
    const history = checkHistory(model.history);
    if (!history.ok) return { ok: false, error: history.error };
    for (const c of citedContacts(history.value, model.asOf).later) {
      warnings.push(`the contact of ${c.date} (${c.channel}) is dated after ${model.asOf}: not cited`);
    }
  }
  if (DEMAND_STAGES.includes(stage)) {
    const narrowed = overdueOnly(model);
    if (narrowed.model.invoices.length === 0) {
      return { ok: false, error: { code: 'nothing-overdue', message: `${model.customer.name} has no overdue invoice: a ${stage} message is for overdue debts only` } };
    }
    model = narrowed.model;
    if (narrowed.notYetDue.length > 0) {
      warnings.push(`${narrowed.notYetDue.map((i) => i.invoice).join(', ')} not yet due as of ${model.asOf}: left out of the ${stage} message`);
    }
  }
  const allowed = STAGE_TONES[stage];
  let tone: Tone = allowed[0] ?? 'neutral';
  if (input.tone !== undefined) {
    if (allowed.includes(input.tone)) tone = input.tone;
    else warnings.push(`tone "${input.tone}" is not used for ${stage}; wrote it as "${tone}"`);
  }
  const library = input.template === undefined ? libraryTemplate(stage, channel, lang) : undefined;
  const source = input.template ?? (library as UserTemplate);
  if (input.template !== undefined) {
    for (const w of checkTone(`${source.subject ?? ''}\n${source.body}`, stage, lang)) warnings.push(w.message);
  }
  const short = isShortChannel(channel);
  const subject = short || channel === 'phone' ? undefined : source.subject;
  const context = reminderContext(model, stage, tone, locale);
  // A short message tries the library's less detailed bodies until one fits the limit.
  let rendered = renderOne(subject, source.body, context, model, stage, lang, locale);
  for (const body of library?.shorter ?? []) {
    if (!rendered.ok || !short || rendered.value.text.length <= SHORT_MESSAGE_LIMIT) break;
    rendered = renderOne(subject, body, context, model, stage, lang, locale);
  }
  if (!rendered.ok) return rendered;
  const value = short ? { ...rendered.value, text: rendered.value.text.trimEnd() } : rendered.value;
  if (short && value.text.length > SHORT_MESSAGE_LIMIT) {
    warnings.push(`the ${channel} message is ${value.text.length} characters, more than the ${SHORT_MESSAGE_LIMIT} a short message should have`);
  }
  if (input.template !== undefined && citedContacts(model.history, model.asOf).cited.length === 0) {
    for (const claim of findContactClaims(`${value.subject ?? ''}\n${value.text}`)) {
      warnings.push(`"${claim.phrase}" tells the customer of earlier contacts, but the history records none: cite {{history.contactList}} inside {{#if history.contacts}}…{{/if}} or leave it out`);
    }
  }
  return { ok: true, value: { ...value, warnings } };
}

// One template rendered against the context: subject and body, the body's partials as tables.
function renderOne(
  subjectSource: string | undefined, bodySource: string,
  context: ContextObject, model: ReminderModel, stage: StageId, lang: TemplateLang, locale: TemplateLocale,
): { ok: true; value: Omit<RenderedReminder, 'warnings'> } | { ok: false; error: RenderReminderError } {
  const subjectNodes = subjectSource === undefined ? undefined : parsePart(subjectSource, 'subject', []);
  const bodyNodes = parsePart(bodySource, 'body', REMINDER_PARTIALS);
  const templateErrors = [...(subjectNodes?.ok === false ? subjectNodes.errors : []), ...(bodyNodes.ok ? [] : bodyNodes.errors)];
  if (templateErrors.length > 0) {
    return { ok: false, error: { code: 'invalid-template', message: describe(templateErrors), errors: templateErrors } };
  }
  const body = bodyNodes.ok ? renderNodes(bodyNodes.nodes, context, REMINDER_SCHEMA, locale) : undefined;
  const subject = subjectNodes?.ok === true ? renderNodes(subjectNodes.nodes, context, REMINDER_SCHEMA, locale) : undefined;
  const missing = [
    ...(subject?.ok === false ? subject.errors.map((e) => ({ ...e, part: 'subject' as const })) : []),
    ...(body?.ok === false ? body.errors.map((e) => ({ ...e, part: 'body' as const })) : []),
  ];
  if (missing.length > 0 || body === undefined || !body.ok) {
    return { ok: false, error: { code: 'missing-value', message: describe(missing), errors: missing } };
  }
  const showPenalty = PENALTY_STAGES.includes(stage) && model.penalty !== undefined;
  const blocks: Record<string, BlockTable | undefined> = {
    invoices: model.invoices.length > 0 ? invoiceTable(model, lang, locale, showPenalty) : undefined,
    plan: model.plan !== undefined && model.plan.instalments.length > 0 ? planTable(model, lang, locale) : undefined,
    penalty: showPenalty ? penaltyWorking(model, lang, locale) : undefined,
  };
  const unusable = body.parts.filter((p) => p.kind === 'partial' && blocks[p.name] === undefined);
  if (unusable.length > 0) {
    const errors = unusable.map((p): TemplateError => ({
      code: 'missing-value', name: p.kind === 'partial' ? p.name : '', line: 0, column: 0, part: 'body',
      message: `{{> ${p.kind === 'partial' ? p.name : ''}}} has nothing to show for this customer at this stage; wrap it in {{#if …}}`,
    }));
    return { ok: false, error: { code: 'missing-value', message: describe(errors), errors } };
  }
  const subjectText = subject?.ok === true ? joinText(subject.parts).replace(/\s+/g, ' ').trim() : undefined;
  const text = tidy(body.parts.map((p) => (p.kind === 'text' ? p.text : `\n${tableToText(blocks[p.name] as BlockTable)}\n`)).join(''));
  const html = toHtml(body.parts, blocks);
  return { ok: true, value: { ...(subjectText === undefined ? {} : { subject: subjectText }), text, html } };
}

function parsePart(source: string, part: 'subject' | 'body', partials: readonly string[]):
  { ok: true; nodes: TemplateNode[] } | { ok: false; errors: TemplateError[] } {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ ...e, part })) };
  const errors = checkNodes(parsed.nodes, REMINDER_SCHEMA, partials).map((e) => ({ ...e, part }));
  return errors.length > 0 ? { ok: false, errors } : parsed;
}

function describe(errors: readonly TemplateError[]): string {
  return errors.map((e) => `${e.part ?? 'body'} ${e.line}:${e.column} ${e.message}`).join('; ');
}

function joinText(parts: readonly RenderedPart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

// Collapses the blank lines that optional sections leave behind, and trailing spaces.
function tidy(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function toHtml(parts: readonly RenderedPart[], blocks: Readonly<Record<string, BlockTable | undefined>>): string {
  const out = parts.map((p) => (p.kind === 'text' ? textToHtml(p.text) : tableToHtml(blocks[p.name] as BlockTable)));
  return `<div style="font-family:Arial,'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;line-height:1.5">\n${out.filter((s) => s !== '').join('\n')}\n</div>`;
}
