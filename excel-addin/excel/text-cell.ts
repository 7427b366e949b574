/**
 * A text value as written into a cell through `range.values`. Excel treats written strings as
 * typed input: `=…`, `+1-2`, `-x`, `@SUM(…)` become formulas, `00123` a number, `1-30` and
 * `2026-03-31` dates. A leading apostrophe (Excel's quote prefix) keeps any text as text and
 * is not part of the value, so every non-empty text cell gets one.
 */
export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}
