import type { TemplateError } from './template-error.ts';

/** Where a tag starts (1-based line and column). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A parsed template: literal text, placeholders, blocks and partials. */
export type TemplateNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'value'; readonly path: string; readonly formatters: readonly string[]; readonly pos: SourcePosition }
  | { readonly type: 'each'; readonly path: string; readonly body: readonly TemplateNode[]; readonly pos: SourcePosition }
  | {
      readonly type: 'if';
      readonly path: string;
      readonly negate: boolean;
      readonly then: readonly TemplateNode[];
      readonly otherwise: readonly TemplateNode[];
      readonly pos: SourcePosition;
    }
  | { readonly type: 'partial'; readonly name: string; readonly pos: SourcePosition };

type Token =
  | { readonly kind: 'text'; value: string }
  | { readonly kind: 'tag'; readonly content: string; readonly pos: SourcePosition; readonly standaloneable: boolean };

const PATH = /^@?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Parses the template syntax: `{{path | formatter}}`, `{{#each list}}…{{/each}}`,
 * `{{#if path}}…{{else}}…{{/if}}`, `{{#unless path}}…{{/unless}}`, `{{> partial}}`, `{{! comment}}`.
 * A block tag alone on its line takes the line with it (so conditionals leave no blank lines).
 * Hand-written rather than Handlebars/Mustache: we need positions for every error, no HTML
 * escaping inside the engine (text and HTML are produced from one render), and no helpers that run code.
 */
export function parseTemplate(source: string): { ok: true; nodes: TemplateNode[] } | { ok: false; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const tokens = tokenize(source, errors);
  trimStandalone(tokens);

  interface Frame { kind: 'root' | 'each' | 'if' | 'unless'; path: string; pos: SourcePosition; nodes: TemplateNode[]; otherwise?: TemplateNode[]; inElse: boolean }
  const stack: Frame[] = [{ kind: 'root', path: '', pos: { line: 1, column: 1 }, nodes: [], inElse: false }];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  const push = (node: TemplateNode): void => {
    const frame = top();
    (frame.inElse ? (frame.otherwise ??= []) : frame.nodes).push(node);
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (token.value !== '') push({ type: 'text', value: token.value });
      continue;
    }
    const { content, pos } = token;
    const err = (code: TemplateError['code'], name: string, message: string): void => {
      errors.push({ code, name, line: pos.line, column: pos.column, message });
    };
    if (content.startsWith('!')) continue;
    const open = /^#(each|if|unless)\s+(.+)$/.exec(content);
    if (open) {
      const path = (open[2] ?? '').trim();
      if (!PATH.test(path)) err('bad-tag', `#${open[1]} ${path}`, `"{{${content}}}" needs a field name such as invoices`);
      stack.push({ kind: open[1] as Frame['kind'], path, pos, nodes: [], inElse: false });
      continue;
    }
    if (content === 'else') {
      const frame = top();
      if ((frame.kind === 'if' || frame.kind === 'unless') && !frame.inElse) frame.inElse = true;
      else err('unexpected-else', 'else', '{{else}} outside an {{#if}} block');
      continue;
    }
    const close = /^\/(each|if|unless)$/.exec(content);
    if (close) {
      const frame = top();
      if (frame.kind !== close[1]) {
        err('unexpected-close', `/${close[1]}`, frame.kind === 'root'
          ? `{{/${close[1]}}} closes nothing`
          : `{{/${close[1]}}} found where {{/${frame.kind}}} was expected (block opened at line ${frame.pos.line}, column ${frame.pos.column})`);
        continue;
      }
      stack.pop();
      if (frame.kind === 'each') push({ type: 'each', path: frame.path, body: frame.nodes, pos: frame.pos });
      else push({ type: 'if', path: frame.path, negate: frame.kind === 'unless', then: frame.nodes, otherwise: frame.otherwise ?? [], pos: frame.pos });
      continue;
    }
    const partial = /^>\s*([A-Za-z][\w-]*)$/.exec(content);
    if (partial) {
      push({ type: 'partial', name: partial[1] ?? '', pos });
      continue;
    }
    const parts = content.split('|').map((p) => p.trim());
    const path = parts[0] ?? '';
    const formatters = parts.slice(1);
    if (!PATH.test(path) || formatters.some((f) => !/^[A-Za-z]+$/.test(f))) {
      err('bad-tag', content, `"{{${content}}}" is not a placeholder: write {{customer.name}} or {{invoice.dueDate | date}}`);
      continue;
    }
    push({ type: 'value', path, formatters, pos });
  }
  while (stack.length > 1) {
    const frame = stack.pop() as Frame;
    errors.push({
      code: 'unclosed-block', name: `#${frame.kind} ${frame.path}`, line: frame.pos.line, column: frame.pos.column,
      message: `{{#${frame.kind} ${frame.path}}} is never closed with {{/${frame.kind}}}`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, nodes: stack[0]?.nodes ?? [] };
}

function tokenize(source: string, errors: TemplateError[]): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const position = (index: number): SourcePosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (lineStarts[lo] ?? 0) + 1 };
  };
  let at = 0;
  while (at < source.length) {
    const start = source.indexOf('{{', at);
    if (start < 0) {
      tokens.push({ kind: 'text', value: source.slice(at) });
      break;
    }
    tokens.push({ kind: 'text', value: source.slice(at, start) });
    const end = source.indexOf('}}', start + 2);
    const nextOpen = source.indexOf('{{', start + 2);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end) || source.slice(start + 2, end).includes('\n')) {
      const pos = position(start);
      const shown = source.slice(start, Math.min(source.length, start + 30)).split('\n')[0] ?? '';
      errors.push({ code: 'unclosed-tag', name: shown, line: pos.line, column: pos.column, message: `"${shown}" opens a placeholder that is never closed with }}` });
      at = start + 2;
      continue;
    }
    const content = source.slice(start + 2, end).trim();
    const standaloneable = /^[#/!>]|^else$/.test(content);
    tokens.push({ kind: 'tag', content, pos: position(start), standaloneable });
    at = end + 2;
  }
  return tokens;
}

// A block tag alone on its line (only blanks around it) removes that whole line. Decided on the
// untrimmed text first, so two block tags on consecutive lines both count as standalone.
function trimStandalone(tokens: Token[]): void {
  const standalone = tokens.map((token, i) => {
    if (token.kind !== 'tag' || !token.standaloneable) return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const beforeOk = before === undefined
      || (before.kind === 'text' && (/\n[ \t]*$/.test(before.value) || (i === 1 && /^[ \t]*$/.test(before.value))));
    const afterOk = after === undefined || (after.kind === 'text' && /^[ \t]*(\r?\n|$)/.test(after.value));
    return beforeOk && afterOk;
  });
  standalone.forEach((isStandalone, i) => {
    if (!isStandalone) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.kind === 'text') before.value = before.value.replace(/[ \t]*$/, '');
    if (after?.kind === 'text') after.value = after.value.replace(/^[ \t]*(\r?\n)?/, '');
  });
}
