import type { OwnedColumnsRecord } from '../excel/place-owned-columns.ts';

/** The key, in the workbook's document settings, of where Flag overdue last wrote its columns on each sheet. */
export const OWNED_COLUMNS_KEY = 'dunningDesk.ownedColumns';

/** Sheet name → where the columns are. */
export type OwnedColumnsRecords = Readonly<Record<string, OwnedColumnsRecord>>;

function isRecord(v: unknown): v is OwnedColumnsRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.sheet === 'string' && Number.isInteger(r.headerRow) && Number.isInteger(r.column)
    && (r.headerRow as number) >= 0 && (r.column as number) >= 0;
}

/** Saved records, keeping only well-formed ones (a file from another version, or edited by hand). */
export function ownedColumnsRecordsFromSaved(saved: unknown): OwnedColumnsRecords {
  if (typeof saved !== 'object' || saved === null) return {};
  // fromEntries makes own properties whatever the sheet is called (`__proto__` included).
  return Object.fromEntries(Object.entries(saved)
    .filter((e): e is [string, OwnedColumnsRecord] => isRecord(e[1]) && e[1].sheet === e[0])
    .map(([sheet, v]) => [sheet, { sheet, headerRow: v.headerRow, column: v.column }]));
}

/** The record of a sheet (own properties only: a sheet may be called `constructor`). */
export function ownedColumnsRecordFor(records: OwnedColumnsRecords, sheet: string): OwnedColumnsRecord | undefined {
  return Object.hasOwn(records, sheet) ? records[sheet] : undefined;
}

/** The records with one sheet's entry replaced. */
export function withOwnedColumnsRecord(records: OwnedColumnsRecords, record: OwnedColumnsRecord): OwnedColumnsRecords {
  return Object.fromEntries([...Object.entries(records).filter(([k]) => k !== record.sheet),
    [record.sheet, { sheet: record.sheet, headerRow: record.headerRow, column: record.column }]]);
}
