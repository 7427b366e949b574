const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON: what it weighs in an Office.js request or response. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
