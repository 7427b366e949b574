/// <reference types="office-js" />

/** Names of the workbook's sheets and tables (one sync). */
export async function loadNames(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
}
