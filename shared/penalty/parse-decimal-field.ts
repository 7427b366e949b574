import { isDecimalString } from '../ratio.ts';

/** A field error as `parseRule` / `parsePenaltyCase` report it. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A JSON value as a decimal string: accepts `"0.0005"` and plain numbers like `0.0005` (never exponent forms). */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === 'string') return isDecimalString(value) ? value.trim() : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const text = String(value);
    return isDecimalString(text) ? text : undefined;
  }
  return undefined;
}

/** Shows a received value in an error message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
