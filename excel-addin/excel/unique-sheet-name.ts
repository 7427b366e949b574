/// <reference types="office-js" />

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

/** Names of the workbook's sheets and tables (one sync). */
export async function loadNames(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
}
