import type { ReferenceTableId } from '../../shared/penalty/penalty-warning.ts';
import { deriveCollection, invoiceCollectionToJson, type CollectionState, type InvoiceCollection, type InvoiceJurisdiction } from '../../shared/collection/index.ts';
import type { Jurisdiction } from '../../shared/limitation/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { REPORT_CSV_COLUMNS, reportRowToJson, type ReportRow } from '../../shared/report/index.ts';
import { csvRecord, csvTextCell, csvValueCell } from '../../shared/csv-cell.ts';
import type { CliIo } from '../io.ts';
import { readLogFile } from '../log-file.ts';

/** The columns `--log` adds to the report's CSV, after the report's own (DESIGN.md: status, last contact, next action, next stage, limitation expires). */
export const COLLECTION_CSV_COLUMNS = ['status', 'lastContact', 'nextAction', 'nextStage', 'limitationExpires'] as const;

/** The same columns' headings in the table. */
export const COLLECTION_TABLE_HEADINGS = ['Status', 'Last contact', 'Next action', 'Next stage', 'Limitation'] as const;

/** An invoice's collection cells, in the order of the columns above. */
export function collectionCells(c: InvoiceCollection | undefined): string[] {
  if (c === undefined) return ['', '', '', '', ''];
  const last = c.lastContact;
  return [c.status, last ? `${last.date} ${last.stage ?? last.action}${last.channel ? ` (${last.channel})` : ''}` : '', c.nextAction ?? '', c.nextStage ?? '', c.limitation?.expires ?? ''];
}

/** Reads `--log` for the report and derives the state of its receivables; a message when the log cannot be used. */
export function reportCollection(
  logPath: string, rows: readonly ReportRow[], asOf: PlainDate, jurisdiction: Jurisdiction | InvoiceJurisdiction | undefined, io: CliIo,
): { ok: true; state: CollectionState } | { ok: false; message: string } {
  const found = readLogFile(logPath, io.readFile);
  if (!found.ok) return found;
  if (found.exists) for (const r of found.log.rejected) io.stderr(`note: ${logPath} row ${r.row} cannot be read (${r.column}: ${r.reason}); it is left out\n`);
  const entries = found.exists ? found.log.entries : [];
  if (!found.exists) io.stderr(`note: no log at ${logPath} yet: nothing is recorded\n`);
  const state = deriveCollection(rows.map((r) => r.receivable), entries, asOf, jurisdiction ? { jurisdiction } : {});
  return { ok: true, state };
}

/** The report CSV with the collection columns: the report's columns as in its JSON, then the log's (text quoted and guarded, numbers and dates bare, as every CSV the CLI writes). */
export function reportCsvWithCollection(rows: readonly ReportRow[], state: CollectionState, assumedText: (ids: readonly ReferenceTableId[]) => string = (ids) => ids.join('; ')): string {
  const TEXT = new Set(['customer', 'invoice', 'email', 'rule', 'assumed']);
  let out = csvRecord([...REPORT_CSV_COLUMNS, ...COLLECTION_CSV_COLUMNS].map(csvTextCell));
  rows.forEach((row, i) => {
    const json = reportRowToJson(row) as unknown as Record<string, unknown>;
    const base = REPORT_CSV_COLUMNS.map((c) => {
      const v = json[c];
      // The data a penalty assumed past its known-until date, worded as in the report without --log.
      const text = v === null || v === undefined ? '' : Array.isArray(v) ? assumedText(v as ReferenceTableId[]) : String(v);
      return TEXT.has(c) ? csvTextCell(text) : csvValueCell(text);
    });
    out += csvRecord([...base, ...collectionCells(state.invoices[i]).map(csvValueCell)]);
  });
  return out;
}

/** Adds `collection` to each receivable of the report JSON (in the same order as the rows). */
export function withCollection<T extends { receivables: object[] }>(report: T, state: CollectionState): T {
  return { ...report, receivables: report.receivables.map((r, i) => ({ ...r, collection: state.invoices[i] ? invoiceCollectionToJson(state.invoices[i]) : null })) };
}
