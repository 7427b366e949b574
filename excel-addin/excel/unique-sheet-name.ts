/** Characters Excel refuses in sheet names. */
const BAD = /[[\]:*?/\\]/g;

/** `base`, or `base (2)`, `base (3)`… so it does not clash with an existing sheet (Excel compares ignoring case). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(BAD, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

