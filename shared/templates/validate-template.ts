import { parseTemplate } from './parse-template.ts';
import { reminderContext } from './reminder-context.ts';
import type { ReminderModel } from './reminder-model.ts';
import { REMINDER_PARTIALS, REMINDER_SCHEMA } from './reminder-schema.ts';
import { checkNodes, renderNodes } from './render-template.ts';
import type { StageId } from '../stage-id.ts';
import type { TemplateError } from './template-error.ts';
import { localeFor, type TemplateLang } from './template-locale.ts';

/**
 * Validates a user template before use: syntax (unclosed tags and blocks), unknown placeholders,
 * formatters and partials; with a `model`, also the values this customer lacks (`missing-value`).
 * Every error names the placeholder and its 1-based line and column.
 */
export function validateTemplate(
  source: string,
  options: { readonly stage?: StageId; readonly model?: ReminderModel; readonly lang?: TemplateLang } = {},
): { ok: true } | { ok: false; errors: TemplateError[] } {
  if (source.trim() === '') return { ok: false, errors: [{ code: 'empty-template', name: '', line: 1, column: 1, message: 'the template is empty' }] };
  const parsed = parseTemplate(source);
  if (!parsed.ok) return parsed;
  const errors = checkNodes(parsed.nodes, REMINDER_SCHEMA, REMINDER_PARTIALS);
  if (errors.length > 0) return { ok: false, errors };
  if (options.model !== undefined) {
    const lang = options.lang ?? 'en';
    const context = reminderContext(options.model, options.stage ?? 'friendly', 'neutral');
    const rendered = renderNodes(parsed.nodes, context, REMINDER_SCHEMA, localeFor(lang));
    if (!rendered.ok) return rendered;
  }
  return { ok: true };
}
