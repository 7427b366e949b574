import type { Money } from '../money.ts';

/** A value in a render context: what a model becomes once prepared for a template. */
export type ContextValue = string | number | boolean | Money | undefined | null | readonly ContextValue[] | ContextObject;
export interface ContextObject {
  readonly [key: string]: ContextValue;
}

/** Whether a context value is a Money. */
export function isMoney(value: ContextValue): value is Money {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as ContextObject)['minor'] === 'number' && typeof (value as ContextObject)['currency'] === 'string';
}

/**
 * The value a dotted path names, looking the first segment up from the innermost scope out;
 * a field of a list maps over the list (`totals.outstanding` → one amount per currency).
 */
export function resolveValue(path: string, scopes: readonly ContextObject[]): ContextValue {
  const [head = '', ...rest] = path.split('.');
  let value: ContextValue;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope !== undefined && Object.hasOwn(scope, head)) {
      value = scope[head];
      break;
    }
  }
  for (const segment of rest) value = field(value, segment);
  return value;
}

function field(value: ContextValue, name: string): ContextValue {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return (value as readonly ContextValue[]).map((v) => field(v, name));
  if (typeof value === 'object' && !isMoney(value)) return Object.hasOwn(value, name) ? (value as ContextObject)[name] : undefined;
  return undefined;
}

/** Truthiness for `{{#if}}`: empty text, zero, zero money, false, nothing and lists of only those are false. */
export function isTruthy(value: ContextValue): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return false;
  if (Array.isArray(value)) return (value as readonly ContextValue[]).some(isTruthy);
  if (isMoney(value)) return value.minor !== 0;
  return true;
}
