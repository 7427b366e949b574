import type { FieldName } from './types.ts';

/** Every field a column can map to, in the order a bookkeeper reads a row. */
export const FIELD_NAMES: readonly FieldName[] = [
  'customer', 'invoice', 'email', 'phone', 'currency', 'amount', 'paid', 'outstanding',
  'issueDate', 'dueDate', 'terms', 'contact', 'salesperson', 'penalty',
];

const FIELDS: ReadonlySet<string> = new Set(FIELD_NAMES);

/** Whether a user's string names a field (own entries only: `constructor` or `__proto__` never do). */
export function isFieldName(name: string): name is FieldName {
  return FIELDS.has(name);
}
