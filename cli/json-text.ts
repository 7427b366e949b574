// Characters JSON may carry raw but a terminal or editor would act on: DEL and the C1 controls,
// bidi embeddings, overrides, isolates and marks, and the line/paragraph separators. Written as
// \uXXXX escapes the text is the same JSON value, so nothing is lost and nothing is acted on.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * A value as the CLI prints JSON: two-space indented, one trailing newline, and the characters
 * above escaped (JSON.stringify already escapes C0 controls such as ESC as \u001b).
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
