/**
 * Reading cells on the importer's hot path: trimming and emptiness checks that skip the
 * `trim()` call (and its allocation) for the common cell that starts and ends with a visible
 * ASCII character.
 */

/** The trimmed text of a cell, '' when the column is absent (`index` < 0) or the row is short. */
export function cell(fields: readonly string[], index: number): string {
  if (index < 0) return '';
  const s = fields[index];
  return s === undefined ? '' : trimmed(s);
}

/** `s.trim()`, without the call when both ends are visible ASCII (nearly every cell). */
export function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(n - 1);
  return a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f ? s : s.trim();
}

/** Whether a UTF-16 unit is a blank a cell may start with (space, tab, no-break and ideographic spaces, a quoted line break). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x0a;
}

/** Whether the cell at `index` has text (not only blanks). */
export function isFilled(fields: readonly string[], index: number): boolean {
  if (index < 0) return false;
  const s = fields[index];
  if (s === undefined || s.length === 0) return false;
  return !isSpaceCode(s.charCodeAt(0)) || s.trim().length !== 0;
}

/** Whether every cell of a record is blank. */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim().length !== 0) return false;
  return true;
}

/**
 * A copy of `s` that does not pin the file chunk it was cut from. V8 keeps substrings of 13+
 * characters as views into their parent string; holding them (duplicate check, callers that
 * keep receivables) would keep every chunk of a 100 MB file alive.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
