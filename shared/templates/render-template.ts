import type { PlainDate } from '../plain-date.ts';
import { formatDate } from './format-date.ts';
import { formatMoney } from './format-money.ts';
import { joinList } from './join-list.ts';
import type { TemplateNode, SourcePosition } from './parse-template.ts';
import type { TemplateError } from './template-error.ts';
import type { TemplateLocale } from './template-locale.ts';
import { isMoney, isTruthy, resolveValue, type ContextObject, type ContextValue } from './template-scope.ts';
import { resolveShape, type Shape } from './template-shape.ts';

/** Rendered output before it becomes text or HTML: literal text, and block partials (tables). */
export type RenderedPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'partial'; readonly name: string };

// `date` and `short` (22 Nov 2026) and `iso` (2026-11-22) apply to dates.
const FORMATTERS = ['money', 'date', 'short', 'iso', 'number'] as const;
type ShapeScope = Readonly<Record<string, Shape>>;

/**
 * Checks parsed nodes against a schema: every path exists, formatters fit the value, loops run
 * over lists, partials are known. Errors carry name and position.
 */
export function checkNodes(nodes: readonly TemplateNode[], schema: ShapeScope, partials: readonly string[]): TemplateError[] {
  const errors: TemplateError[] = [];
  walkShapes(nodes, [schema], partials, errors);
  return errors;
}

function walkShapes(nodes: readonly TemplateNode[], scopes: ShapeScope[], partials: readonly string[], errors: TemplateError[]): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    const at = (code: TemplateError['code'], name: string, message: string): void => {
      errors.push({ code, name, line: node.pos.line, column: node.pos.column, message });
    };
    if (node.type === 'partial') {
      if (!partials.includes(node.name)) at('unknown-partial', node.name, `{{> ${node.name}}} is not a known block; use one of: ${partials.join(', ')}`);
      continue;
    }
    const shape = resolveShape(node.path, scopes);
    if (shape === undefined) {
      at('unknown-placeholder', node.path, `{{${node.path}}} is not a known placeholder`);
      if (node.type === 'if') {
        walkShapes(node.then, scopes, partials, errors);
        walkShapes(node.otherwise, scopes, partials, errors);
      }
      continue;
    }
    if (node.type === 'each') {
      if (shape.kind !== 'list') {
        at('not-a-list', node.path, `{{#each ${node.path}}} needs a list such as invoices`);
        continue;
      }
      walkShapes(node.body, [...scopes, { [shape.item]: shape.of, '@number': { kind: 'number' } }], partials, errors);
      continue;
    }
    if (node.type === 'if') {
      walkShapes(node.then, scopes, partials, errors);
      walkShapes(node.otherwise, scopes, partials, errors);
      continue;
    }
    const leaf = leafKind(shape);
    if (leaf === 'flag' || leaf === 'object') {
      at('not-printable', node.path, `{{${node.path}}} is a ${leaf === 'flag' ? 'yes/no flag for {{#if}}' : 'group of fields'}, not something to print`);
      continue;
    }
    for (const formatter of node.formatters) {
      if (!(FORMATTERS as readonly string[]).includes(formatter)) {
        at('unknown-formatter', formatter, `"${formatter}" is not a formatter; use one of: ${FORMATTERS.join(', ')}`);
      } else if (!fits(formatter, leaf)) {
        at('wrong-formatter', formatter, `"| ${formatter}" does not apply to {{${node.path}}}, which is a ${leaf}`);
      }
    }
  }
}

function leafKind(shape: Shape): Exclude<Shape['kind'], 'list'> {
  return shape.kind === 'list' ? leafKind(shape.of) : shape.kind;
}

function fits(formatter: string, leaf: Shape['kind']): boolean {
  if (formatter === 'money') return leaf === 'money';
  if (formatter === 'date' || formatter === 'short' || formatter === 'iso') return leaf === 'date';
  return leaf === 'number';
}

/**
 * Renders checked nodes against a context. A placeholder with no value outside an `{{#if}}` that
 * guards it is a `missing-value` error: a message is never produced with a gap or an empty amount.
 */
export function renderNodes(
  nodes: readonly TemplateNode[],
  context: ContextObject,
  schema: ShapeScope,
  locale: TemplateLocale,
): { ok: true; parts: RenderedPart[] } | { ok: false; errors: TemplateError[] } {
  const parts: RenderedPart[] = [];
  const errors: TemplateError[] = [];
  const emit = (text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') parts[parts.length - 1] = { kind: 'text', text: last.text + text };
    else parts.push({ kind: 'text', text });
  };
  const walk = (list: readonly TemplateNode[], scopes: ContextObject[], shapes: ShapeScope[]): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          emit(node.value);
          break;
        case 'partial':
          parts.push({ kind: 'partial', name: node.name });
          break;
        case 'if': {
          const truthy = isTruthy(resolveValue(node.path, scopes));
          walk(truthy !== node.negate ? node.then : node.otherwise, scopes, shapes);
          break;
        }
        case 'each': {
          const value = resolveValue(node.path, scopes);
          const shape = resolveShape(node.path, shapes);
          if (!Array.isArray(value) || shape?.kind !== 'list') break;
          (value as readonly ContextValue[]).forEach((item, index) => {
            walk(node.body, [...scopes, { [shape.item]: item, '@number': index + 1 }], [...shapes, { [shape.item]: shape.of, '@number': { kind: 'number' } }]);
          });
          break;
        }
        case 'value': {
          const shape = resolveShape(node.path, shapes);
          const text = shape === undefined ? undefined : formatValue(resolveValue(node.path, scopes), shape, node.formatters, locale);
          if (text === undefined || text.trim() === '') errors.push(missing(node.path, node.pos));
          else emit(text);
          break;
        }
      }
    }
  };
  walk(nodes, [context], [schema]);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, parts };
}

function missing(path: string, pos: SourcePosition): TemplateError {
  return { code: 'missing-value', name: path, line: pos.line, column: pos.column, message: `{{${path}}} has no value for this customer; wrap it in {{#if ${path}}}…{{/if}} or supply it` };
}

function formatValue(value: ContextValue, shape: Shape, formatters: readonly string[], locale: TemplateLocale): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (shape.kind === 'list') {
    if (!Array.isArray(value)) return undefined;
    const items = (value as readonly ContextValue[])
      .map((v) => formatValue(v, shape.of, formatters, locale))
      .filter((s): s is string => s !== undefined && s !== '');
    return items.length === 0 ? undefined : joinList(items, locale);
  }
  switch (shape.kind) {
    case 'money':
      return isMoney(value) ? formatMoney(value, locale) : undefined;
    case 'date':
      if (typeof value !== 'string') return undefined;
      return formatters.includes('iso') ? value : formatDate(value as PlainDate, locale, formatters.includes('short') ? 'short' : 'long');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
    case 'text':
      return typeof value === 'string' ? value : undefined;
    default:
      return undefined;
  }
}
