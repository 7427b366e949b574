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
  if (!parsed.ok) return { ok: false, errors: inReadingOrder(parsed.errors) };
  const errors = checkNodes(parsed.nodes, REMINDER_SCHEMA, REMINDER_PARTIALS);
  if (options.model !== undefined) {
    const locale = localeFor(options.lang ?? 'en');
    const context = reminderContext(options.model, options.stage ?? 'friendly', 'neutral', locale);
    const rendered = renderNodes(parsed.nodes, context, REMINDER_SCHEMA, locale);
    // Missing values are reported with the schema errors, so one pass shows every problem;
    // a placeholder already reported (unknown, wrong formatter) is not reported twice.
    const seen = new Set(errors.map((e) => `${e.line}:${e.column}`));
    if (!rendered.ok) errors.push(...rendered.errors.filter((e) => !seen.has(`${e.line}:${e.column}`)));
  }
  return errors.length > 0 ? { ok: false, errors: inReadingOrder(errors) } : { ok: true };
}

// Errors listed as an author reads the template, top to bottom, left to right.
function inReadingOrder(errors: readonly TemplateError[]): TemplateError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
