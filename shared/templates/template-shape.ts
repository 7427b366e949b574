/**
 * The shape of the values a template may name: the renderer formats by shape (a `date` prints
 * as `22 November 2026`, `money` as `£12,000.00`), and validation rejects paths that do not exist.
 */
export type Shape =
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'money' }
  | { readonly kind: 'number' }
  | { readonly kind: 'flag' }
  /** `item` is the name each element is bound to inside `{{#each}}` (invoices → invoice). */
  | { readonly kind: 'list'; readonly of: Shape; readonly item: string }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>> };

export const TEXT: Shape = { kind: 'text' };
export const DATE: Shape = { kind: 'date' };
export const MONEY: Shape = { kind: 'money' };
export const NUMBER: Shape = { kind: 'number' };
export const FLAG: Shape = { kind: 'flag' };

/** A list shape. */
export function listOf(of: Shape, item: string): Shape {
  return { kind: 'list', of, item };
}

/** An object shape. */
export function objectOf(fields: Readonly<Record<string, Shape>>): Shape {
  return { kind: 'object', fields };
}

/**
 * The shape a dotted path names, looking the first segment up from the innermost scope out.
 * A field of a list maps over it (`totals.outstanding` is a list of money). `undefined` when unknown.
 */
export function resolveShape(path: string, scopes: readonly Readonly<Record<string, Shape>>[]): Shape | undefined {
  const [head = '', ...rest] = path.split('.');
  let shape: Shape | undefined;
  for (let i = scopes.length - 1; i >= 0 && shape === undefined; i--) {
    const scope = scopes[i];
    if (scope !== undefined && Object.hasOwn(scope, head)) shape = scope[head];
  }
  for (const segment of rest) {
    if (shape === undefined) return undefined;
    shape = fieldShape(shape, segment);
  }
  return shape;
}

function fieldShape(shape: Shape, field: string): Shape | undefined {
  if (shape.kind === 'object') return Object.hasOwn(shape.fields, field) ? shape.fields[field] : undefined;
  if (shape.kind === 'list') {
    const inner = fieldShape(shape.of, field);
    return inner === undefined ? undefined : { kind: 'list', of: inner, item: field };
  }
  return undefined;
}
