/// <reference types="office-js" />
import { columnsMissingFor, type NewLogEntry } from '../../shared/log/index.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { sheetAddress } from './column-letters.ts';
import { ensureLogTable } from './ensure-log-table.ts';
import { logRowValues } from './log-row-values.ts';
import type { LogSheetResult } from './log-sheet-error.ts';
import { LOG_TABLE_NAME } from './log-table-name.ts';
import { DEFAULT_PAYLOAD_BUDGET, type Progress } from './read-table.ts';
import { jsonBytes } from './utf8-size.ts';
import { planBlocks } from './write-in-blocks.ts';

export interface AppendLogOptions {
  /** The language a new log sheet is named in. */
  readonly lang: PaneLanguage;
  /** Largest request per sync (default 4,000,000 bytes, under Excel on the web's 5 MB). */
  readonly maxPayloadBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

/** What an append did. */
export interface AppendedLogRows {
  readonly sheet: string;
  /** Rows added. */
  readonly rows: number;
  /** True when this append created the log sheet. */
  readonly created: boolean;
}

/** What the envelope of one block's request (ids, method names, the format call) may weigh. */
const ENVELOPE_BYTES = 1_000;

/**
 * Appends entries to the `DunningLog` table (created on first use) with `table.rows.add`:
 * Excel puts them after the last row at the moment each block arrives, so two people recording
 * at once in a shared workbook never write over each other, and no existing row is rewritten,
 * moved or sorted. Each block's rows are then given their date and amount formats. Blocks stay
 * under the payload budget. An entry that fills a column the user has deleted from the table
 * stops the append before anything is written.
 */
export async function appendLogRows(
  context: Excel.RequestContext, entries: readonly NewLogEntry[], options: AppendLogOptions,
): Promise<LogSheetResult<AppendedLogRows>> {
  const ensured = await ensureLogTable(context, options.lang);
  if (!ensured.ok) return ensured;
  const location = ensured.value;
  const { columns } = location;
  for (const entry of entries) {
    const missing = columnsMissingFor(entry, columns);
    if (missing.length > 0) {
      return {
        ok: false,
        error: {
          code: 'log-columns-missing', column: missing[0] as string,
          message: `the log table has no ${missing.join(', ')} column for this row`,
          address: sheetAddress(location.sheet, location.headerRow, location.firstColumn, 1, columns.length),
        },
      };
    }
  }
  const rows = entries.map((e) => logRowValues(e, columns));
  const budget = (options.maxPayloadBytes ?? DEFAULT_PAYLOAD_BUDGET) - ENVELOPE_BYTES;
  const table = context.workbook.tables.getItem(LOG_TABLE_NAME);
  for (const b of planBlocks(rows.map((r) => jsonBytes(r.values) + jsonBytes(r.formats) + 2), budget)) {
    const block = rows.slice(b.start, b.end);
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const added = table.rows.add(undefined, block.map((r) => r.values) as (string | number | boolean)[][]);
    added.getRange().getResizedRange(block.length - 1, 0).numberFormat = block.map((r) => r.formats) as string[][];
    await context.sync();
    options.onProgress?.({ phase: 'write', done: b.end, total: rows.length });
  }
  return { ok: true, value: { sheet: location.sheet, rows: entries.length, created: location.created } };
}
